"""The small-number rule: counts 1-4 become '<5' and shares built on them disappear."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.privacy import (
    count_table_text,
    drop_small_rows,
    mask_matrix,
    mask_representation,
    mask_small,
    show_count,
)


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
    assert count_table_text(matrix, True).loc["A", "B"] == "<5"
    links = pd.DataFrame({"source": ["x", "y"], "target": ["y", "z"], "value": [3, 12]})
    assert drop_small_rows(links, True, "value")["value"].tolist() == [12]
