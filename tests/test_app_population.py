"""The Samenstelling and Bevolking pages render and show the hand-worked figures."""

from __future__ import annotations

import pytest

from tests.apptest import metric_values, run_page

PAGE = "pages/bevolking.py"


def test_bevolking_against_municipality_shows_hand_worked_dissimilarity(app_on_tiny: str) -> None:
    # Team (laag, middelbaar, hoog) = (1, 1, 2) vs Testdorp (0.3, 0.5, 0.2): D = 0.30.
    at = run_page(PAGE)
    assert not at.exception
    assert metric_values(at)["Dissimilariteit (D)"] == "30 %"
    assert "Te weinig teamleden" in " ".join(c.value for c in at.caption)


@pytest.mark.parametrize(
    "reference,view,expected",
    [
        # Buurt Noord (0.2, 0.6, 0.2): ½(0.05 + 0.35 + 0.30) = 0.35
        ("BU99910101", "all", "35 %"),
        # Professional view: team (1/3, 2/3) vs Testdorp (5/7, 2/7): D = 0.381
        ("GM9991", "professional", "38 %"),
        # Served: Noord 2 cases, Zuid 3 cases -> (0.32, 0.48, 0.20); D = ½(.07+.23+.30) = 0.30
        ("bediend", "all", "30 %"),
    ],
)
def test_switching_reference_and_view_changes_dissimilarity(
    app_on_tiny: str, reference: str, view: str, expected: str
) -> None:
    at = run_page(PAGE, reference_population=reference, composition_view=view)
    assert not at.exception
    assert metric_values(at)["Dissimilariteit (D)"] == expected


def test_what_if_adding_middelbaar_member_lowers_dissimilarity(app_on_tiny: str) -> None:
    # +1 middelbaar: (1, 2, 2)/5 = (0.2, 0.4, 0.4) vs (0.3, 0.5, 0.2): D = ½(.1+.1+.2) = 0.20
    at = run_page(PAGE, what_if_middelbaar=1)
    assert not at.exception
    assert metric_values(at)["D na wijziging"] == "20 %"


def test_population_source_and_fictief_marker_are_shown(app_on_tiny: str) -> None:
    at = run_page(PAGE)
    captions = " ".join(c.value for c in at.caption)
    assert "fictief/indicatief" in captions


def test_samenstelling_counts_members_on_the_reference_day(app_on_tiny: str) -> None:
    at = run_page("pages/samenstelling.py")
    assert not at.exception
    assert metric_values(at)["Teamleden op peildatum"] == "5"
    assert "Anna Jansen" in at.dataframe[0].value["display_name"].tolist()


def test_samenstelling_in_presentation_mode_shows_no_names(app_on_tiny: str) -> None:
    at = run_page("pages/samenstelling.py", presentation_mode=True)
    assert not at.exception
    assert len(at.dataframe) == 0


def test_bevolking_says_how_many_members_without_known_education_are_left_out(
    app_on_tiny: str,
) -> None:
    # Frank Bakker's education is `unknown`: DESIGN §4 leaves him out and counts him apart.
    at = run_page(PAGE)
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "1 teamlid zonder bekend opleidingsniveau telt niet mee" in captions


def test_bevolking_left_out_count_in_english(app_on_tiny: str) -> None:
    at = run_page(PAGE, language="en")
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "1 team member without a known education level is left out" in captions


def test_bevolking_left_out_count_follows_the_small_number_rule_in_presentation_mode(
    app_on_tiny: str,
) -> None:
    at = run_page(PAGE, presentation_mode=True)
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "<5 teamleden zonder bekend opleidingsniveau tellen niet mee" in captions
    assert "1 teamlid zonder" not in captions
