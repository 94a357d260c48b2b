"""Figure builders for team-versus-population comparisons: they build, and carry the numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis.education import CBS_GROUPS
from analysis.representation import representation_table, what_if
from charts.palette import BENCHMARK_COLOUR, EDUCATION_COLOURS, POPULATION_COLOUR
from charts.representation import ratio_chart, representation_chart, what_if_chart

NO_DATA_TEXT = "Geen gegevens"
NO_TEAM_DATA_TEXT = "Geen gegevens over het team"
NOT_APPLICABLE_TEXT = "n.v.t."


def three_groups(laag: float, middelbaar: float, hoog: float) -> pd.Series:
    return pd.Series([laag, middelbaar, hoog], index=list(CBS_GROUPS), dtype=float)


POPULATION = three_groups(0.276, 0.415, 0.309)


@pytest.fixture
def table() -> pd.DataFrame:
    """Worked example, three groups: 0 laag, 3 middelbaar, 9 hoog (t = 0, 0.25, 0.75)."""
    return representation_table(three_groups(0, 3, 9), POPULATION)


@pytest.fixture
def empty_team_table() -> pd.DataFrame:
    return representation_table(three_groups(0, 0, 0), POPULATION)


def trace_named(fig: go.Figure, name: str) -> go.Scatter | go.Bar:
    return next(trace for trace in fig.data if trace.name == name)


def annotation_texts(fig: go.Figure) -> list[str]:
    return [annotation.text for annotation in fig.layout.annotations]


def all_nan_table() -> pd.DataFrame:
    return representation_table(three_groups(0, 0, 0), three_groups(np.nan, np.nan, np.nan))


NO_DATA_TABLES = [
    pytest.param(pd.DataFrame(), id="empty-frame"),
    pytest.param(pd.DataFrame(columns=["team_share", "population_share"]), id="no-rows"),
    pytest.param(all_nan_table(), id="all-nan"),
]


# --- representation chart -----------------------------------------------------------------


def test_representation_chart_shows_team_shares_in_percent(table: pd.DataFrame):
    team = trace_named(representation_chart(table), "Team (met 95%-interval)")
    assert list(team.y) == list(CBS_GROUPS)
    assert list(team.x) == pytest.approx([0.0, 25.0, 75.0])


def test_representation_chart_error_bars_span_the_wilson_interval(table: pd.DataFrame):
    team = trace_named(representation_chart(table), "Team (met 95%-interval)")
    middelbaar = 1
    assert team.x[middelbaar] - team.error_x.arrayminus[middelbaar] == pytest.approx(
        8.894, abs=1e-3
    )
    assert team.x[middelbaar] + team.error_x.array[middelbaar] == pytest.approx(53.231, abs=1e-3)


def test_representation_chart_marks_population_shares(table: pd.DataFrame):
    population = trace_named(representation_chart(table), "Bevolking")
    assert list(population.x) == pytest.approx([27.6, 41.5, 30.9])
    assert population.marker.color == POPULATION_COLOUR


def test_representation_chart_colours_team_dots_by_group(table: pd.DataFrame):
    team = trace_named(representation_chart(table), "Team (met 95%-interval)")
    assert list(team.marker.color) == [EDUCATION_COLOURS[group] for group in CBS_GROUPS]


def test_representation_chart_adds_nederland_benchmark_when_given(table: pd.DataFrame):
    fig = representation_chart(table, benchmark=three_groups(0.3, 0.4, 0.3))
    benchmark = trace_named(fig, "Nederland")
    assert list(benchmark.x) == pytest.approx([30.0, 40.0, 30.0])
    assert benchmark.marker.color == BENCHMARK_COLOUR


def test_representation_chart_has_no_benchmark_by_default(table: pd.DataFrame):
    assert "Nederland" not in [trace.name for trace in representation_chart(table).data]


def test_representation_chart_has_dutch_percent_axis(table: pd.DataFrame):
    fig = representation_chart(table, title="Team en bevolking")
    assert fig.layout.xaxis.title.text == "Aandeel (%)"
    assert fig.layout.xaxis.range[0] <= 0 and fig.layout.xaxis.range[1] >= 100
    assert fig.layout.separators == ",."
    assert fig.layout.title.text == "Team en bevolking"


def test_representation_chart_of_empty_team_still_shows_population(empty_team_table):
    fig = representation_chart(empty_team_table)
    assert list(trace_named(fig, "Bevolking").x) == pytest.approx([27.6, 41.5, 30.9])
    assert NO_TEAM_DATA_TEXT in annotation_texts(fig)


@pytest.mark.parametrize("no_data", NO_DATA_TABLES)
def test_representation_chart_without_data_says_geen_gegevens(no_data: pd.DataFrame):
    fig = representation_chart(no_data)
    assert annotation_texts(fig) == [NO_DATA_TEXT]
    assert len(fig.data) == 0


# --- ratio chart --------------------------------------------------------------------------


def test_ratio_chart_draws_one_bar_per_group(table: pd.DataFrame):
    bars = ratio_chart(table).data[0]
    assert list(bars.y) == list(CBS_GROUPS)
    assert list(bars.x) == pytest.approx([0.0, 0.25 / 0.415, 0.75 / 0.309])


def test_ratio_chart_labels_bars_with_dutch_decimal_commas(table: pd.DataFrame):
    assert list(ratio_chart(table).data[0].text) == ["0,00", "0,60", "2,43"]


def test_ratio_chart_has_reference_line_at_one_and_shaded_band(table: pd.DataFrame):
    shapes = ratio_chart(table).layout.shapes
    band = next(shape for shape in shapes if shape.type == "rect")
    line = next(shape for shape in shapes if shape.type == "line")
    assert (band.x0, band.x1) == (0.8, 1.25)
    assert line.x0 == line.x1 == 1


def test_ratio_chart_marks_zero_population_group_not_applicable():
    zero_laag = representation_table(three_groups(1, 3, 9), three_groups(0.0, 0.5, 0.5))
    fig = ratio_chart(zero_laag)
    assert fig.data[0].x[0] is None
    assert NOT_APPLICABLE_TEXT in annotation_texts(fig)


def test_ratio_chart_axis_reaches_beyond_the_largest_ratio(table: pd.DataFrame):
    assert ratio_chart(table).layout.xaxis.range[1] > 0.75 / 0.309


@pytest.mark.parametrize("no_data", [*NO_DATA_TABLES, pytest.param("empty team", id="empty-team")])
def test_ratio_chart_without_data_says_geen_gegevens(no_data, empty_team_table):
    data = empty_team_table if isinstance(no_data, str) else no_data
    assert annotation_texts(ratio_chart(data)) == [NO_DATA_TEXT]


# --- what-if chart ------------------------------------------------------------------------


@pytest.fixture
def after(table: pd.DataFrame) -> pd.DataFrame:
    """Two volunteers (laag) join: 2, 3, 9 of 14."""
    return representation_table(what_if(table["team_count"], {"laag": 2}), POPULATION)


def test_what_if_chart_shows_shares_before_and_after(table, after):
    fig = what_if_chart(table, after)
    assert list(trace_named(fig, "Team nu").x) == pytest.approx([0.0, 25.0, 75.0])
    assert list(trace_named(fig, "Team na wijziging").x) == pytest.approx(
        [200 / 14, 300 / 14, 900 / 14]
    )


def test_what_if_chart_compares_with_population(table, after):
    population = trace_named(what_if_chart(table, after), "Bevolking")
    assert list(population.x) == pytest.approx([27.6, 41.5, 30.9])


def test_what_if_chart_groups_bars_side_by_side(table, after):
    assert what_if_chart(table, after).layout.barmode == "group"


def test_what_if_chart_from_empty_team_shows_the_new_members(empty_team_table):
    after = representation_table(three_groups(1, 1, 0), POPULATION)
    fig = what_if_chart(empty_team_table, after)
    assert list(trace_named(fig, "Team na wijziging").x) == pytest.approx([50.0, 50.0, 0.0])


@pytest.mark.parametrize("no_data", NO_DATA_TABLES)
def test_what_if_chart_without_data_says_geen_gegevens(no_data: pd.DataFrame):
    assert annotation_texts(what_if_chart(no_data, no_data)) == [NO_DATA_TEXT]


# --- every builder ------------------------------------------------------------------------


@pytest.mark.parametrize("builder", ["representation", "ratio", "what_if"])
def test_figures_serialise_to_json(builder: str, table: pd.DataFrame):
    figures = {
        "representation": lambda: representation_chart(table, benchmark=POPULATION),
        "ratio": lambda: ratio_chart(table),
        "what_if": lambda: what_if_chart(table, table),
    }
    assert figures[builder]().to_json()
