"""Figure builders for the work pages: values reach the traces; empty data says so."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis.duos import DUO_TYPES
from analysis.phases import PHASES
from charts.palette import DUO_COLOURS, EDUCATION_COLOURS, PHASE_COLOURS
from charts.work import (
    caseload_bar,
    co_assignment_heatmap,
    duo_breakdown_bar,
    duo_mix_bar,
    duo_over_time,
    lead_share_bar,
    member_days_bar,
    phase_duration_box_or_bar,
    phase_sankey,
    phase_stack_over_time,
)

T = pd.Timestamp
NO_DATA = "Geen gegevens"


def says_no_data(fig: go.Figure) -> bool:
    return len(fig.data) == 0 and any(note.text == NO_DATA for note in fig.layout.annotations)


def mix() -> pd.DataFrame:
    cases = [2, 1, 3, 1, 1, 1, 1]  # 10 cases in DUO_TYPES order
    return pd.DataFrame(
        {"duo_type": list(DUO_TYPES), "cases": cases, "share": [c / 10 for c in cases]}
    )


def test_duo_mix_bar_shows_percentages_counts_and_colours() -> None:
    fig = duo_mix_bar(mix())
    bar = fig.data[0]
    assert list(bar.x) == list(DUO_TYPES)
    assert list(bar.y) == [20.0, 10.0, 30.0, 10.0, 10.0, 10.0, 10.0]
    assert list(bar.text) == ["2", "1", "3", "1", "1", "1", "1"]
    assert list(bar.marker.color) == [DUO_COLOURS[kind] for kind in DUO_TYPES]


def test_duo_mix_bar_scales_random_pairing_to_the_two_person_cases() -> None:
    expectation = pd.Series({"mbo-mbo": 0.1, "mbo-hbo": 0.5, "hbo-hbo": 0.3, "duo met overig": 0.1})
    fig = duo_mix_bar(mix(), expectation)
    markers = fig.data[1]
    # Two-person cases: mbo-mbo 1 + mbo-hbo 3 + hbo-hbo 1 + met overig 1 = 6 of 10 = 60 %;
    # expected mbo-hbo 0.5 · 60 % = 30 %.
    assert list(markers.x) == ["mbo-mbo", "mbo-hbo", "hbo-hbo", "duo met overig"]
    assert list(markers.y) == pytest.approx([6.0, 30.0, 18.0, 6.0])
    assert markers.name == "Bij willekeurige koppeling"


def test_duo_over_time_stacks_one_trace_per_type() -> None:
    months = [T("2024-01-01"), T("2024-02-01")]
    long_df = pd.DataFrame(
        {
            "month": months * 2,
            "duo_type": ["solo", "solo", "mbo-hbo", "mbo-hbo"],
            "cases": [1, 3, 1, 1],
            "share": [0.5, 0.75, 0.5, 0.25],
        }
    )
    fig = duo_over_time(long_df)
    assert [trace.name for trace in fig.data] == ["solo", "mbo-hbo"]
    assert list(fig.data[0].y) == [50.0, 75.0]
    assert list(fig.data[1].customdata) == ["1", "1"]
    assert fig.layout.barmode == "stack"


def test_duo_breakdown_bar_is_horizontal_per_group() -> None:
    df = pd.DataFrame(
        {
            "group": ["jeugd", "jeugd", "gezin", "gezin"],
            "duo_type": ["mbo-hbo", "solo", "mbo-hbo", "solo"],
            "cases": [1, 1, 0, 2],
            "share": [0.5, 0.5, 0.0, 1.0],
        }
    )
    fig = duo_breakdown_bar(df)
    assert [trace.name for trace in fig.data] == ["solo", "mbo-hbo"]  # palette order
    tandem = fig.data[1]
    assert tandem.orientation == "h"
    assert list(tandem.y) == ["jeugd", "gezin"]
    assert list(tandem.x) == [50.0, 0.0]


def test_co_assignment_heatmap_keeps_labels_and_counts() -> None:
    matrix = pd.DataFrame([[0, 2], [2, 0]], index=["Aster", "Berk"], columns=["Aster", "Berk"])
    heatmap = co_assignment_heatmap(matrix).data[0]
    assert list(heatmap.x) == ["Aster", "Berk"]
    assert [list(row) for row in heatmap.z] == [[0, 2], [2, 0]]


def test_phase_stack_over_time_counts_cases() -> None:
    long_df = pd.DataFrame(
        {
            "month": [T("2024-01-01")] * 4,
            "phase": list(PHASES),
            "cases": [2, 1, 0, 0],
        }
    )
    fig = phase_stack_over_time(long_df)
    assert [trace.name for trace in fig.data] == list(PHASES)
    assert [list(trace.y) for trace in fig.data] == [[2], [1], [0], [0]]
    assert fig.data[0].marker.color == PHASE_COLOURS["toeleiding"]


def test_member_days_bar_stacks_education_shares_per_phase() -> None:
    summary = pd.DataFrame(
        {
            "education_group": ["mbo", "mbo", "hbo", "hbo"],
            "phase": ["toeleiding", "begeleiding"] * 2,
            "days": [10, 21, 6, 5],
            "share": [10 / 16, 21 / 26, 6 / 16, 5 / 26],
        }
    )
    fig = member_days_bar(summary)
    mbo = fig.data[0]
    assert mbo.name == "mbo"
    assert mbo.marker.color == EDUCATION_COLOURS["mbo"]
    assert list(mbo.y) == [62.5, 80.8]  # 10/16 = 62.5 %, 21/26 = 80.77 % → 80.8
    assert list(mbo.customdata) == [10, 21]


def test_phase_duration_bars_have_quartile_whiskers() -> None:
    durations = pd.DataFrame(
        {
            "phase": ["toeleiding", "begeleiding"],
            "group": ["jeugd", "jeugd"],
            "count": [3, 1],
            "p25": [15.0, 30.0],
            "median": [20.0, 30.0],
            "p75": [25.5, 30.0],
        }
    )
    bar = phase_duration_box_or_bar(durations).data[0]
    assert list(bar.y) == [20.0, 30.0]
    assert list(bar.error_y.array) == [5.5, 0.0]
    assert list(bar.error_y.arrayminus) == [5.0, 0.0]


def test_phase_sankey_links_nodes_by_position() -> None:
    transitions = pd.DataFrame(
        {
            "source": ["toeleiding", "begeleiding", "toeleiding"],
            "target": ["begeleiding", "uitkomst: zelfredzaam", "uitkomst: lopend"],
            "value": [2, 1, 1],
        }
    )
    sankey = phase_sankey(transitions).data[0]
    labels = list(sankey.node.label)
    assert labels == ["toeleiding", "begeleiding", "uitkomst: lopend", "uitkomst: zelfredzaam"]
    assert list(sankey.link.source) == [0, 1, 0]
    assert list(sankey.link.target) == [1, 3, 2]
    assert list(sankey.link.value) == [2, 1, 1]


def test_caseload_bar_skips_groups_without_fte() -> None:
    df = pd.DataFrame(
        {
            "education_group": ["mbo", "hbo", "overig"],
            "members": [2, 2, 0],
            "fte": [1.0, 1.25, 0.0],
            "member_cases": [3, 5, 0],
            "cases_per_fte": [3.0, 4.0, np.nan],
        }
    )
    bar = caseload_bar(df).data[0]
    assert list(bar.x) == ["mbo", "hbo"]
    assert list(bar.y) == [3.0, 4.0]
    assert list(bar.text) == ["3,0", "4,0"]


def test_lead_share_bar_compares_regie_with_all_assignments() -> None:
    df = pd.DataFrame(
        {
            "education_group": ["mbo", "hbo", "overig"],
            "lead_assignments": [2, 3, 0],
            "lead_share": [0.4, 0.6, 0.0],
            "all_assignments": [5, 5, 0],
            "all_share": [0.5, 0.5, 0.0],
            "ratio": [0.8, 1.2, np.nan],
        }
    )
    fig = lead_share_bar(df)
    assert [trace.name for trace in fig.data] == ["Aandeel regierol", "Aandeel alle toewijzingen"]
    assert list(fig.data[0].y) == [40.0, 60.0, 0.0]
    assert list(fig.data[1].y) == [50.0, 50.0, 0.0]


@pytest.mark.parametrize(
    ("builder", "columns"),
    [
        (duo_mix_bar, ["duo_type", "cases", "share"]),
        (duo_over_time, ["month", "duo_type", "cases", "share"]),
        (duo_breakdown_bar, ["group", "duo_type", "cases", "share"]),
        (co_assignment_heatmap, []),
        (phase_stack_over_time, ["month", "phase", "cases"]),
        (member_days_bar, ["education_group", "phase", "days", "share"]),
        (phase_duration_box_or_bar, ["phase", "group", "count", "p25", "median", "p75"]),
        (phase_sankey, ["source", "target", "value"]),
        (caseload_bar, ["education_group", "members", "fte", "member_cases", "cases_per_fte"]),
        (
            lead_share_bar,
            [
                "education_group",
                "lead_assignments",
                "lead_share",
                "all_assignments",
                "all_share",
                "ratio",
            ],
        ),
    ],
)
def test_empty_input_gives_a_no_data_figure(
    builder: Callable[[pd.DataFrame], go.Figure], columns: list[str]
) -> None:
    assert says_no_data(builder(pd.DataFrame(columns=columns)))


def test_all_zero_mix_counts_as_empty() -> None:
    zero = mix().assign(cases=0, share=0.0)
    assert says_no_data(duo_mix_bar(zero))


def test_masked_small_counts_are_labelled_below_five() -> None:
    mix = pd.DataFrame(
        {
            "duo_type": list(DUO_TYPES),
            "cases": [12.0, None, 7.0, 0, 0, 0, 0],
            "share": [0.63, None, 0.37, 0, 0, 0, 0],
        }
    )
    fig = duo_mix_bar(mix)
    assert list(fig.data[0].text)[:3] == ["12", "<5", "7"]
