"""The small-number rule: counts 1-4 become '<5' and shares built on them disappear."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.duos import TandemComparison
from analysis.privacy import (
    count_table_text,
    drop_small_rows,
    mask_comparison,
    mask_matrix,
    mask_representation,
    mask_small,
    share_text,
    show_count,
    tandem_texts,
)
from analysis.representation import compare


@pytest.mark.parametrize(
    "count,presentation,shown",
    [
        (0, True, "0"),
        (1, True, "<5"),
        (4, True, "<5"),
        (5, True, "5"),
        (3, False, "3"),
        (math.nan, True, "–"),
    ],
)
def test_show_count(count: float, presentation: bool, shown: str) -> None:
    assert show_count(count, presentation) == shown


def test_mask_small_blanks_dependent_columns_only_in_presentation() -> None:
    table = pd.DataFrame({"cases": [2, 9, 0], "share": [0.18, 0.82, 0.0], "label": list("abc")})
    masked = mask_small(table, True, "cases", ("cases", "share"))
    assert masked["share"].isna().tolist() == [True, False, False]
    assert masked["cases"].tolist()[1:] == [9, 0]
    assert mask_small(table, False, "cases", ("share",)) is table


def test_representation_hides_team_share_of_small_groups_but_keeps_population() -> None:
    table = pd.DataFrame(
        {
            "team_share": [0.1, 0.9],
            "wilson_low": [0.0, 0.6],
            "wilson_high": [0.4, 0.98],
            "ratio": [0.3, 1.3],
            "gap_pp": [-20.0, 20.0],
            "population_share": [0.3, 0.7],
        },
        index=["middelbaar", "hoog"],
    )
    headcount = pd.Series({"middelbaar": 1, "hoog": 9})
    masked = mask_representation(table, headcount, True)
    assert masked.loc["middelbaar", ["team_share", "gap_pp"]].isna().all()
    assert masked.loc["middelbaar", "population_share"] == 0.3
    assert masked.loc["hoog", "team_share"] == 0.9


def test_matrix_table_and_rows() -> None:
    matrix = pd.DataFrame([[0, 3], [3, 0]], index=["A", "B"], columns=["A", "B"])
    assert mask_matrix(matrix, True).isna().sum().sum() == 2
    assert count_table_text(matrix, True).to_dict() == {
        "A": {"A": "0", "B": "<5"},
        "B": {"A": "<5", "B": "0"},
    }
    links = pd.DataFrame({"source": ["x", "y"], "target": ["y", "z"], "value": [3, 12]})
    assert drop_small_rows(links, True, "value")["value"].tolist() == [12]


@pytest.mark.parametrize(
    "share,total,presentation,shown",
    [
        (0.4, 10, True, "<5 casussen"),  # 4 of 10: the part is small
        (0.4, 10, False, "40 %"),
        (0.0, 3, True, "<5 casussen"),  # 0 of 3: the total is small
        (0.0, 8, True, "0 %"),
        (0.5, 10, True, "50 %"),
        (1.0, 2, False, "100 %"),
        (math.nan, 3, True, "–"),
    ],
)
def test_share_text_hides_shares_of_or_on_1_to_4(
    share: float, total: int, presentation: bool, shown: str
) -> None:
    assert share_text(share, total, presentation) == shown


def test_share_text_can_count_another_part_and_say_what_is_hidden() -> None:
    # 65 % of the member-days, by 2 of 3 members; by 7 of 12.
    assert share_text(0.65, 3, True, part=2, hidden="<5 teamleden") == "<5 teamleden"
    assert share_text(0.65, 12, True, part=7, hidden="<5 teamleden") == "65 %"


def comparison(duos: int, tandems: int) -> TandemComparison:
    return TandemComparison(duos, tandems, tandems / duos, 0.5, 0.2, "De conclusie.")


def test_tandem_texts_show_everything_to_the_team() -> None:
    assert tandem_texts(comparison(7, 3), False) == ("43 %", "50 %", "De conclusie.")


@pytest.mark.parametrize("duos,tandems", [(7, 3), (2, 2), (4, 0)])
def test_tandem_texts_hide_share_expectation_and_sentence_on_1_to_4(
    duos: int, tandems: int
) -> None:
    assert tandem_texts(comparison(duos, tandems), True) == ("<5 casussen", "–", None)


@pytest.mark.parametrize("duos,tandems", [(7, 0), (8, 6)])
def test_tandem_texts_show_shares_resting_on_5_or_more(duos: int, tandems: int) -> None:
    shown = tandem_texts(comparison(duos, tandems), True)
    assert shown.sentence == "De conclusie."
    assert shown.expected == "50 %"


@pytest.mark.parametrize(
    ("people", "presentation", "hidden"), [(4, True, True), (5, True, False), (4, False, False)]
)
def test_indices_of_a_team_under_5_go_in_presentation_mode(
    people: int, presentation: bool, hidden: bool
) -> None:
    counts = pd.Series({"laag": 0.0, "middelbaar": people - 1.0, "hoog": 1.0})
    summary = compare(counts, pd.Series({"laag": 0.3, "middelbaar": 0.4, "hoog": 0.3}))
    shown = mask_comparison(summary, counts, presentation)
    assert math.isnan(shown.dissimilarity) is hidden
    assert math.isnan(shown.blau_team) is hidden
    assert (shown.biggest_gap_group is None) is hidden
    assert shown.blau_population == summary.blau_population  # not built on the team
    assert shown.table["population_share"].equals(summary.table["population_share"])
