"""The what-if planner on the Bevolking page: honest removals, FTE-aware target plans.

Tiny team on 2026-06-30 (tests/fixture_data.py), groups (laag, middelbaar, hoog):
headcount (1, 1, 2), FTE (0.2, 1.0, 1.8) — hoog is Bram 0.8 + Carla 1.0, average 0.9.
Testdorp: p = (0.3, 0.5, 0.2); professional view p = (5/7, 2/7).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.education import CBS_GROUPS, PROFESSIONAL_GROUPS
from analysis.representation import (
    removal_fte,
    smallest_change_to_target,
    what_if,
    what_if_fte,
)
from tests.apptest import metric_values, run_page

PAGE = "pages/bevolking.py"


def professional(middelbaar: float, hoog: float) -> pd.Series:
    return pd.Series([middelbaar, hoog], index=list(PROFESSIONAL_GROUPS), dtype=float)


def three_groups(laag: float, middelbaar: float, hoog: float) -> pd.Series:
    return pd.Series([laag, middelbaar, hoog], index=list(CBS_GROUPS), dtype=float)


# --- removing more members than there are -------------------------------------------------


def test_what_if_refuses_to_remove_more_members_than_a_group_has() -> None:
    with pytest.raises(ValueError, match="hoog"):
        what_if(three_groups(1, 1, 2), {"hoog": -3})


def test_what_if_may_remove_every_member_of_a_group() -> None:
    assert what_if(three_groups(1, 1, 2), {"hoog": -2}).tolist() == [1, 1, 0]


def test_planner_input_cannot_go_below_the_members_there_are(app_on_tiny: str) -> None:
    at = run_page(PAGE)
    assert not at.exception
    assert at.number_input(key="what_if_hoog").min == -2
    assert at.number_input(key="what_if_laag").min == -1


def test_planner_says_so_when_a_removal_no_longer_fits_the_team(app_on_tiny: str) -> None:
    # −3 hoog asked, the team has 2: never silently clipped to (1, 1, 0) (that gave D = 20 %).
    at = run_page(PAGE, what_if_hoog=-3)
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "3 teamleden uit hoog weghalen" in warnings
    assert "heeft er 2" in warnings
    assert metric_values(at)["D na wijziging"] == "30 %"


# --- FTE of a removal ---------------------------------------------------------------------


def test_removal_takes_the_average_fte_of_the_group() -> None:
    fte, people = three_groups(0.2, 1.0, 1.8), three_groups(1, 1, 2)
    assert removal_fte(fte, people).tolist() == pytest.approx([0.2, 1.0, 0.9])


def test_removal_fte_of_an_empty_group_is_zero() -> None:
    assert removal_fte(professional(0.0, 1.8), professional(0, 2)).tolist() == [0.0, 0.9]


def test_what_if_fte_adds_the_chosen_fte_and_removes_the_group_average() -> None:
    # +1 middelbaar at 0.8 FTE: 1.0 + 0.8 = 1.8; −1 hoog: 1.8 − 0.9 = 0.9 (not 1.8 − 0.8).
    fte, people = three_groups(0.2, 1.0, 1.8), three_groups(1, 1, 2)
    after = what_if_fte(fte, people, {"middelbaar": 1, "hoog": -1}, fte_per_added=0.8)
    assert after.tolist() == pytest.approx([0.2, 1.8, 0.9])


def test_what_if_fte_removing_everyone_leaves_exactly_zero() -> None:
    fte, people = three_groups(0.3, 0.3, 0.3), three_groups(3, 3, 3)
    after = what_if_fte(fte, people, {"hoog": -3}, fte_per_added=1.0)
    assert after["hoog"] == 0.0


def test_what_if_fte_refuses_to_remove_more_people_than_there_are() -> None:
    with pytest.raises(ValueError, match="hoog"):
        what_if_fte(three_groups(0.2, 1.0, 1.8), three_groups(1, 1, 2), {"hoog": -3}, 0.8)


def test_fte_view_removal_takes_the_average_fte_of_the_group(app_on_tiny: str) -> None:
    # −1 hoog: FTE (0.2, 1.0, 0.9)/2.1 = (0.095, 0.476, 0.429) vs (0.3, 0.5, 0.2):
    # D = ½(0.205 + 0.024 + 0.229) = 0.229 → 23 %. Subtracting 0.8 FTE instead gave 25 %.
    at = run_page(PAGE, population_weighting="fte", what_if_hoog=-1)
    assert not at.exception
    assert metric_values(at)["D na wijziging"] == "23 %"


# --- smallest change to a target, in FTE --------------------------------------------------


def test_smallest_change_in_fte_counts_each_new_person_at_the_chosen_fte() -> None:
    # FTE (1.0, 1.8) from headcount (1, 2) vs p = (0.5, 0.5), target D ≤ 0.05, 0.4 FTE each:
    # +1: 1.4 / 3.2 = 0.4375 (D = 0.0625, no); +2: 1.8 / 3.6 = 0.5 (D = 0, yes).
    # In headcount one is enough: (2, 2) is a mirror.
    fte, people, population = professional(1.0, 1.8), professional(1, 2), professional(0.5, 0.5)
    assert smallest_change_to_target(people, population, 0.05) == {"middelbaar": 1}
    change = smallest_change_to_target(fte, population, 0.05, headcount=people, fte_per_added=0.4)
    assert change == {"middelbaar": 2}


def test_smallest_change_in_fte_removes_the_group_average() -> None:
    # Same team, removals allowed: −1 hoog takes 0.9 FTE → 1.0 / 1.9 = 0.526 (D = 0.026, yes).
    fte, people, population = professional(1.0, 1.8), professional(1, 2), professional(0.5, 0.5)
    change = smallest_change_to_target(
        fte, population, 0.05, allow_removals=True, headcount=people, fte_per_added=0.4
    )
    assert change == {"hoog": -1}


def test_smallest_change_in_fte_never_removes_more_people_than_there_are() -> None:
    # One middelbaar of 3.0 FTE vs hoog 1.0 FTE (2 people), p = (1, 0): only removing both hoog
    # people reaches D = 0; the one middelbaar cannot be removed twice.
    fte, people, population = professional(3.0, 1.0), professional(1, 2), professional(1.0, 0.0)
    change = smallest_change_to_target(
        fte, population, 0.0, max_changes=3, allow_removals=True, headcount=people
    )
    assert change == {"hoog": -2}


def test_target_plan_in_fte_view_follows_the_fte_weighting(app_on_tiny: str) -> None:
    # Professional view, FTE (1.0, 1.8) vs (5/7, 2/7), target 0.10 → t_mid ≥ 0.614.
    # 0.5 FTE per new member: +3 → 2.5 / 4.3 = 0.581 (no); +4 → 3.0 / 4.8 = 0.625 (D = 0.089).
    # Counting people (1, 2) would say +3 (4 / 6 = 0.667).
    at = run_page(
        PAGE,
        composition_view="professional",
        population_weighting="fte",
        what_if_fte=0.5,
        target_dissimilarity=0.10,
    )
    assert not at.exception
    infos = " ".join(i.value for i in at.info)
    assert "4 erbij in middelbaar (2,0 FTE)" in infos
    assert "FTE" in " ".join(c.value for c in at.caption)


def test_target_plan_in_headcount_view_counts_people(app_on_tiny: str) -> None:
    at = run_page(PAGE, composition_view="professional", target_dissimilarity=0.10)
    assert not at.exception
    assert "3 erbij in middelbaar." in " ".join(i.value for i in at.info)
