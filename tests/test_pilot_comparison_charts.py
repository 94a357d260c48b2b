"""Figures of the Pilots and Vergelijken pages: what they draw, and "Geen gegevens" for nothing."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis.pilots import CASE_GROUPS, OUTCOMES, SUMMARY_COLUMNS
from charts import comparison as cc
from charts import pilots as cp
from charts.palette import DUO_COLOURS, EDUCATION_COLOURS, PHASE_COLOURS

GROUPS = ("verwarde_personen", "geen")


def annotation_texts(fig: go.Figure) -> list[str]:
    return [a.text for a in fig.layout.annotations]


def summary(**values: list[float]) -> pd.DataFrame:
    frame = pd.DataFrame(math.nan, index=list(CASE_GROUPS), columns=list(SUMMARY_COLUMNS))
    for column, column_values in values.items():
        frame[column] = column_values
    return frame


def outcome_frame(cases: dict[str, dict[str, int]]) -> pd.DataFrame:
    rows = []
    for group in CASE_GROUPS:
        total = sum(cases.get(group, {}).values())
        for outcome in OUTCOMES:
            n = cases.get(group, {}).get(outcome, 0)
            rows.append((group, outcome, n, n / total if total else 0.0))
    return pd.DataFrame(rows, columns=["group", "outcome", "cases", "share"])


def comparison_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "team_id": [1, 2],
            "label": ["Testdorp", "Vergelijkstad"],
            "team_laag": [0.25, 0.0],
            "team_middelbaar": [0.25, 0.5],
            "team_hoog": [0.5, 0.5],
            "pop_laag": [0.3, 0.25],
            "pop_middelbaar": [0.5, 0.25],
            "pop_hoog": [0.2, 0.5],
            "dissimilarity": [0.30, 0.25],
            "closed": [1, 0],
            "escalation_rate": [0.0, math.nan],
            "escalation_low": [0.0, math.nan],
            "escalation_high": [0.7935, math.nan],
            "caseload_per_fte": [2.61, 1.0],
        }
    )


# --- Pilots --------------------------------------------------------------------------------------


def test_outcome_bars_show_each_outcome_as_a_percentage_of_the_group() -> None:
    mix = outcome_frame(
        {"verwarde_personen": {"opgeschaald": 1, "lopend": 3}, "geen": {"zelfredzaam": 2}}
    )
    fig = cp.outcome_mix_chart(mix, GROUPS)
    escalated = next(t for t in fig.data if t.name == "opgeschaald (tweedelijns hulp)")
    assert list(escalated.x) == [25.0, 0.0]
    assert list(escalated.y) == ["verwarde personen", "regulier (geen pilot)"]
    assert escalated.marker.color == cp.OUTCOME_COLOURS["opgeschaald"]
    assert [t.name for t in fig.data][-1] == "lopend"


def test_outcome_bars_without_cases_say_geen_gegevens() -> None:
    assert annotation_texts(cp.outcome_mix_chart(outcome_frame({}), GROUPS)) == ["Geen gegevens"]


def test_hidden_shares_leave_a_gap_not_a_zero() -> None:
    mix = outcome_frame({"verwarde_personen": {"opgeschaald": 1, "lopend": 9}})
    mix.loc[(mix["group"] == "verwarde_personen") & (mix["outcome"] == "opgeschaald"), "share"] = (
        math.nan
    )
    escalated = next(
        t for t in cp.outcome_mix_chart(mix, GROUPS).data if t.name.startswith("opgeschaald")
    )
    assert escalated.x[0] is None


def test_escalation_dots_carry_the_wilson_interval_as_error_bars() -> None:
    table = summary(
        escalation_rate=[0.3, math.nan, 0.0],
        escalation_low=[0.108, math.nan, 0.0],
        escalation_high=[0.603, math.nan, 0.278],
    )
    trace = cp.escalation_chart(table, GROUPS).data[0]
    assert list(trace.x) == pytest.approx([30.0, 0.0])
    assert list(trace.error_x.array) == pytest.approx([30.3, 27.8])
    assert list(trace.error_x.arrayminus) == pytest.approx([19.2, 0.0])


def test_escalation_and_duration_without_closed_cases_say_geen_gegevens() -> None:
    empty = summary()
    assert annotation_texts(cp.escalation_chart(empty, GROUPS)) == ["Geen gegevens"]
    assert annotation_texts(cp.duration_chart(empty, GROUPS)) == ["Geen gegevens"]


def test_duration_dots_show_median_and_quartile_range_in_days() -> None:
    table = summary(median_days=[35.5, math.nan, 60.0], p25_days=[22.75, math.nan, 30.5])
    table["p75_days"] = [48.25, math.nan, 60.5]
    trace = cp.duration_chart(table, GROUPS).data[0]
    assert list(trace.x) == [35.5, 60.0]
    assert list(trace.error_x.arrayminus) == pytest.approx([12.75, 29.5])


def test_regie_bars_use_the_education_colours() -> None:
    regie = pd.DataFrame(
        {
            "group": ["verwarde_personen"] * 3 + ["geen"] * 3,
            "education_group": ["mbo", "hbo", "overig"] * 2,
            "assignments": [3, 1, 0, 1, 2, 0],
            "share": [0.75, 0.25, 0.0, 1 / 3, 2 / 3, 0.0],
        }
    )
    fig = cp.regie_chart(regie, GROUPS)
    mbo = fig.data[0]
    assert (mbo.name, mbo.marker.color) == ("mbo", EDUCATION_COLOURS["mbo"])
    assert list(mbo.x) == pytest.approx([75.0, 100 / 3])


def test_quarterly_chart_has_case_bars_above_and_rate_lines_below() -> None:
    quarters = pd.DataFrame(
        {
            "quarter": [pd.Timestamp("2026-01-01")] * 3 + [pd.Timestamp("2026-04-01")] * 3,
            "group": list(CASE_GROUPS) * 2,
            "cases": [3, 1, 2, 2, 1, 1],
            "closed": [2, 0, 2, 0, 0, 1],
            "escalated": [1, 0, 1, 0, 0, 0],
            "escalation_rate": [0.5, math.nan, 0.5, math.nan, math.nan, 0.0],
        }
    )
    fig = cp.quarterly_chart(quarters, GROUPS)
    bars = [t for t in fig.data if isinstance(t, go.Bar)]
    lines = [t for t in fig.data if isinstance(t, go.Scatter)]
    assert list(bars[0].x) == ["2026 K1", "2026 K2"]
    assert list(bars[0].y) == [3.0, 2.0]
    assert list(lines[0].y) == [50.0, None]
    assert lines[1].yaxis == "y2"


def test_quarterly_chart_without_cases_says_geen_gegevens() -> None:
    empty = pd.DataFrame(columns=["quarter", "group", "cases", "closed", "escalation_rate"])
    assert annotation_texts(cp.quarterly_chart(empty, GROUPS)) == ["Geen gegevens"]


# --- Vergelijken ---------------------------------------------------------------------------------


def test_small_multiples_draw_one_panel_per_team_with_population_and_nederland() -> None:
    nl = pd.Series({"laag": 0.276, "middelbaar": 0.415, "hoog": 0.309})
    fig = cc.education_small_multiples(comparison_rows(), nl)
    assert annotation_texts(fig) == ["Testdorp", "Vergelijkstad"]
    team_bars = [t for t in fig.data if t.name == "Team"]
    assert [list(b.x) for b in team_bars] == [[25.0, 25.0, 50.0], [0.0, 50.0, 50.0]]
    assert team_bars[1].xaxis == "x2"
    nederland = [t for t in fig.data if t.name == "Nederland"]
    assert list(nederland[0].x) == pytest.approx([27.6, 41.5, 30.9])
    assert [t.showlegend for t in nederland] == [True, False]


def test_small_multiples_stop_at_the_panel_limit() -> None:
    rows = pd.concat([comparison_rows()] * 3, ignore_index=True)
    rows["label"] = [f"Team {i}" for i in range(len(rows))]
    fig = cc.education_small_multiples(rows, None, max_panels=4)
    assert len(annotation_texts(fig)) == 4


def test_small_multiples_label_the_axes_only_at_the_grid_edges() -> None:
    rows = pd.concat([comparison_rows()] * 3, ignore_index=True).head(5)
    rows["label"] = [f"Team {i}" for i in range(len(rows))]
    layout = cc.education_small_multiples(rows, None).layout
    x_axes = [layout[f"xaxis{'' if i == 1 else i}"] for i in range(1, 6)]
    y_axes = [layout[f"yaxis{'' if i == 1 else i}"] for i in range(1, 6)]
    # 3 columns: panels 3, 4 and 5 have no panel below them; panels 1 and 4 start a row
    assert [axis.showticklabels for axis in x_axes] == [False, False, True, True, True]
    assert [axis.showticklabels for axis in y_axes] == [True, False, False, True, False]
    assert [axis.matches for axis in x_axes[1:]] == ["x"] * 4
    assert x_axes[0].domain[0] == 0 and x_axes[2].domain[1] == pytest.approx(1)
    assert y_axes[0].domain[1] == pytest.approx(1) and y_axes[3].domain[0] == 0


def test_comparison_figures_on_no_teams_say_geen_gegevens() -> None:
    empty = comparison_rows().iloc[0:0]
    for builder in (
        cc.education_small_multiples,
        cc.dissimilarity_chart,
        cc.escalation_chart,
        cc.caseload_chart,
    ):
        assert annotation_texts(builder(empty)) == ["Geen gegevens"]


def test_team_bars_keep_the_table_order_top_down() -> None:
    fig = cc.dissimilarity_chart(comparison_rows())
    assert list(fig.data[0].x) == pytest.approx([30.0, 25.0])
    assert list(fig.layout.yaxis.categoryarray) == ["Testdorp", "Vergelijkstad"]
    assert fig.layout.yaxis.autorange == "reversed"


def test_escalation_per_team_leaves_teams_without_closed_cases_empty() -> None:
    trace = cc.escalation_chart(comparison_rows()).data[0]
    assert list(trace.x) == [0.0, None]
    assert trace.error_x.array[0] == pytest.approx(79.35)


def test_duo_and_phase_mix_use_their_palettes() -> None:
    table = comparison_rows()
    duo = pd.DataFrame(
        {
            "team_id": [1, 1, 2],
            "duo_type": ["solo", "mbo-hbo", "mbo-hbo"],
            "cases": [3, 2, 1],
            "share": [0.6, 0.4, 1.0],
        }
    )
    fig = cc.duo_mix_chart(duo, table)
    tandem = next(t for t in fig.data if t.name == "mbo-hbo")
    assert tandem.marker.color == DUO_COLOURS["mbo-hbo"]
    assert list(tandem.x) == pytest.approx([40.0, 100.0])
    phase = pd.DataFrame(
        {"team_id": [1, 2], "phase": ["waakvlam", "toeleiding"], "cases": [1, 1], "share": [1, 1]}
    )
    waakvlam = next(t for t in cc.phase_mix_chart(phase, table).data if t.name == "waakvlam")
    assert waakvlam.marker.color == PHASE_COLOURS["waakvlam"]


def test_hidden_counts_show_as_below_five_in_the_hover_text() -> None:
    mix = outcome_frame({"verwarde_personen": {"opgeschaald": 1, "lopend": 9}})
    small = (mix["group"] == "verwarde_personen") & (mix["outcome"] == "opgeschaald")
    mix.loc[small, ["cases", "share"]] = math.nan
    fig = cp.outcome_mix_chart(mix, GROUPS)
    escalated = next(t for t in fig.data if t.name.startswith("opgeschaald"))
    lopend = next(t for t in fig.data if t.name == "lopend")
    assert escalated.customdata[0] == "<5"
    assert lopend.customdata[0] == "9"
