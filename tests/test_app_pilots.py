"""The Pilots page shows the hand-worked pilot figures, and a selection changes them.

On top of the tiny fixture (period 2026-01-01 t/m 2026-06-30) Testteam gets, in this file only:
- 12 'verwarde personen' cases, case i (0-11) opened 5 Jan + i days and closed after
  10·(i+1) days (10, 20, …, 120 days: median 65); the first 6 opgeschaald, then 4 zelfredzaam
  and 2 afgeschaald; regie by Anna (mbo4).
- 12 regular cases opened 1 Feb, closed 2 Mar (30 days), the first 2 opgeschaald; regie by Carla
  (hbo).
Regular cases in the period: TD-001, TD-002, TD-003, TD-004 + 12 = 16; closed: TD-002 (120 days,
zelfredzaam) + 12 = 13, escalated 2 -> 15 %; median duration 30 days.
Pilot: 12 cases, 12 closed, 6 escalated -> 50 %. Fisher's exact test on [[6, 6], [2, 11]]:
p = 0.097. Waakvlam pilot: only TD-006 (open) -> 1 case, too small to compare.
Regie: pilot Anna 12 of 12 (mbo); regular: Anna on TD-001/003/004 (mbo) of 16 regie assignments.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from data_model.bulk import insert_dataset
from tests.apptest import metric_values, run_page

PAGE = "pages/pilots.py"
ANNA, CARLA = 1, 3
FIRST_PILOT_DAY = dt.date(2026, 1, 5)


def _case(id_: int, pilot: str, opened: dt.date, days: int, outcome: str) -> dict:
    return {
        "id": id_,
        "team_id": 1,
        "code": f"TP-{id_}",
        "target_group": "volwassene",
        "complexity": "meervoudig_complex",
        "pilot": pilot,
        "opened_on": opened,
        "closed_on": opened + dt.timedelta(days=days - 1),
        "outcome": outcome,
    }


def _regie(id_: int, case: dict, member: int) -> dict:
    return {
        "id": id_,
        "case_id": case["id"],
        "member_id": member,
        "role": "regie",
        "started_on": case["opened_on"],
        "ended_on": case["closed_on"],
    }


@pytest.fixture
def pilot_store(tiny_engine: Engine, app_on_tiny: str) -> str:
    pilot_outcomes = ["opgeschaald"] * 6 + ["zelfredzaam"] * 4 + ["afgeschaald"] * 2
    pilot = [
        _case(101 + i, "verwarde_personen", FIRST_PILOT_DAY + dt.timedelta(days=i), 10 * (i + 1), o)
        for i, o in enumerate(pilot_outcomes)
    ]
    regular_outcomes = ["opgeschaald"] * 2 + ["zelfredzaam"] * 10
    regular = [
        _case(121 + i, "geen", dt.date(2026, 2, 1), 30, outcome)
        for i, outcome in enumerate(regular_outcomes)
    ]
    assignments = [_regie(100 + c["id"], c, ANNA) for c in pilot]
    assignments += [_regie(100 + c["id"], c, CARLA) for c in regular]
    insert_dataset(tiny_engine, {"case": pilot + regular, "assignment": assignments})
    return app_on_tiny


def all_text(at) -> str:
    return " ".join(
        [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    )


def test_pilot_against_regular_cases_shows_hand_worked_figures(pilot_store: str) -> None:
    at = run_page(PAGE)
    assert not at.exception
    values = metric_values(at)
    assert values["Casussen pilot"] == "12"
    assert values["Casussen regulier"] == "16"
    assert values["Opgeschaald pilot"] == "50 %"
    assert values["Opgeschaald regulier"] == "15 %"
    assert values["Doorlooptijd pilot (mediaan)"] == "65 dagen"
    assert values["Doorlooptijd regulier (mediaan)"] == "30 dagen"


def test_pilots_page_says_how_sure_the_difference_is(pilot_store: str) -> None:
    text = all_text(run_page(PAGE))
    # Wilson 6/12: 25-75 %; 2/13: 4-42 %; Fisher p = 0.097
    assert "Van de 12 in deze periode afgesloten casussen in de pilot verwarde personen" in text
    assert "50 % (95%-interval 25 % – 75 %)" in text
    assert "15 % (95%-interval 4 % – 42 %)" in text
    assert "kan goed toeval zijn (Fisher's exacte toets, p = 0,097)" in text


def test_pilots_page_shows_that_an_mbo_er_held_the_regie_in_the_pilot(pilot_store: str) -> None:
    text = all_text(run_page(PAGE))
    # regular regie: Anna (mbo) on TD-001, TD-003, TD-004 = 3 of 16 -> 19 %
    assert (
        "In de pilot verwarde personen had een mbo'er de regie in 12 van de 12 "
        "regietoewijzingen (100 %); bij reguliere casussen in 3 van de 16 (19 %)."
    ) in text


def test_summary_table_lists_both_pilots_and_regular_cases(pilot_store: str) -> None:
    table = run_page(PAGE).dataframe[0].value
    assert table["Groep"].to_list() == ["verwarde personen", "waakvlam", "regulier (geen pilot)"]
    assert table["Afgesloten"].to_list() == ["12", "0", "13"]
    assert table["95%-interval"].to_list()[0] == "25 % – 75 %"
    # durations 10..120: quartiles 10 + 2.75·10 = 37.5 and 10 + 8.25·10 = 92.5
    assert table["Spreiding (25e–75e percentiel)"].to_list()[0] == "37,5 – 92,5 dagen"


def test_choosing_the_waakvlam_pilot_changes_the_figures(pilot_store: str) -> None:
    at = run_page(PAGE)
    at.selectbox(key="pilot_choice").set_value("waakvlam").run()
    assert not at.exception
    values = metric_values(at)
    assert values["Casussen pilot"] == "1"
    assert values["Opgeschaald pilot"] == "–"
    assert values["Casussen regulier"] == "16"


def test_too_small_numbers_are_stated_plainly(pilot_store: str) -> None:
    at = run_page(PAGE, pilot_choice="waakvlam")
    info = " ".join(i.value for i in at.info)
    assert "De aantallen zijn te klein om te vergelijken" in info
    assert "0 casussen in de pilot waakvlam en 13 reguliere casussen afgesloten" in info


def test_the_pilot_period_button_sets_the_shared_period(pilot_store: str) -> None:
    at = run_page(PAGE)
    assert "geopend van 05-01-2026 t/m 16-01-2026 (12 in totaal)" in all_text(at)
    at.button[0].click().run()
    assert not at.exception
    window = (dt.date(2026, 1, 5), dt.date(2026, 1, 16))
    assert at.session_state["filter_period"] == window


def test_the_pilot_window_as_period_changes_the_figures(pilot_store: str) -> None:
    values = metric_values(run_page(PAGE, period=(dt.date(2026, 1, 5), dt.date(2026, 1, 16))))
    # 5-16 January: of the pilot cases only the first (5-14 Jan, escalated) closed; regular cases
    # open then: TD-001 and TD-003 (opened 15 Jan).
    assert values["Casussen pilot"] == "12"
    assert values["Opgeschaald pilot"] == "100 %"
    assert values["Casussen regulier"] == "2"
    assert values["Doorlooptijd pilot (mediaan)"] == "10 dagen"


def test_presentation_mode_hides_small_counts_and_the_numbers_built_on_them(
    pilot_store: str,
) -> None:
    at = run_page(PAGE, presentation_mode=True)
    assert not at.exception
    values = metric_values(at)
    assert values["Opgeschaald pilot"] == "50 %"  # 6 of 12: no count below 5
    assert values["Opgeschaald regulier"] == "–"  # rests on 2 escalations
    text = all_text(at)
    assert "kan goed toeval zijn" in text
    assert "15 %" not in text
    assert "TP-1" not in text and "Anna" not in text
    at = run_page(PAGE, presentation_mode=True, pilot_choice="waakvlam")
    assert metric_values(at)["Casussen pilot"] == "<5"


def test_population_source_is_shown_with_its_fictief_marker(pilot_store: str) -> None:
    captions = " ".join(c.value for c in run_page(PAGE).caption)
    assert "Testdorp: laag 30 %, middelbaar 50 %, hoog 20 %" in captions
    assert "fictief/indicatief" in captions


def test_a_team_without_pilot_cases_gets_an_explanation_not_an_error(app_on_tiny: str) -> None:
    at = run_page(PAGE, pilot_choice="verwarde_personen")
    assert not at.exception
    assert "geen casussen in de pilot verwarde personen" in " ".join(i.value for i in at.info)
    assert metric_values(at)["Casussen pilot"] == "0"
