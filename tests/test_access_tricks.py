"""What a user types or plants cannot widen access: query parameters, remembered choices, a
page opened by its file, a forged selection in the session."""

from __future__ import annotations

from data_model.access import Principal
from data_model.access_codes import AccessRole
from tests.access_helpers import (
    TEAM_1_CODES,
    TEAM_1_NAMES,
    TEAM_2_CODES,
    TEAM_2_NAMES,
    TEAMLEIDER_2,
    VIEWER_1,
    error_texts,
    grant_fixture_roles,
    leaked,
    logged_in_app,
    nav_pages,
    run_as,
    run_page_file,
)
from tests.fixture_data import CASE_CODES, MEMBER_NAMES, PERIOD_END, PERIOD_START
from ui.filters import Filters

SAMENSTELLING = "pages/samenstelling.py"
GEGEVENS = "pages/beheer_gegevens.py"
EVERYTHING_SECRET = (*MEMBER_NAMES, *CASE_CODES)


TEAMS = {
    1: (1, "Testdorp", "GM9991", "Testteam"),
    2: (2, "Vergelijkstad", "GM9992", "Team Vergelijk"),
}


def forged_filters(url: str, team_id: int, presentation: bool = False) -> Filters:
    """A selection of a team, as a value planted in the session."""
    municipality_id, municipality, code, team = TEAMS[team_id]
    return Filters(
        url=url,
        municipality_id=municipality_id,
        municipality_name=municipality,
        municipality_code=code,
        team_id=team_id,
        team_name=team,
        start=PERIOD_START,
        end=PERIOD_END,
        presentation=presentation,
    )


def test_query_parameters_naming_another_team_do_not_select_it(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    params = {"team": "2", "team_id": "2", "filter_team": "2", "gemeente": "2"}
    at = logged_in_app(VIEWER_1, query_params=params, presentation_mode=False).run()
    assert at.sidebar.selectbox(key="filter_team").options == ["Testteam"]
    assert at.session_state["filters"].team_id == 1
    at.switch_page(SAMENSTELLING).run()
    assert not at.exception
    assert leaked(at, EVERYTHING_SECRET) == []


def test_a_planted_team_choice_in_the_session_is_dropped(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(VIEWER_1, filter_municipality=2, filter_team=2, presentation_mode=False)
    assert not at.exception
    assert at.sidebar.selectbox(key="filter_team").value == 1
    assert at.session_state["filters"].team_id == 1
    at.switch_page(SAMENSTELLING).run()
    assert leaked(at, EVERYTHING_SECRET) == []


def test_a_forged_selection_of_another_team_is_refused_by_the_page(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(VIEWER_1)
    at.session_state["filters"] = forged_filters(app_on_tiny, 2)
    at.switch_page(SAMENSTELLING).run()  # the page runs on its own, with the forged value
    assert not at.exception
    assert any("geen toegang tot dit team" in e for e in error_texts(at))
    assert leaked(at, EVERYTHING_SECRET) == []


def test_a_forged_selection_does_not_reach_another_teams_beheer_data(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(TEAMLEIDER_2)
    at.session_state["filters"] = forged_filters(app_on_tiny, 1)
    page = run_page_file(at, GEGEVENS)  # the page itself, with the forged value
    assert not page.exception
    assert leaked(page, (*TEAM_1_NAMES, *TEAM_1_CODES)) == []
    assert not page.get("data_editor")
    at.switch_page(GEGEVENS).run()  # through the app: the own team again
    assert leaked(at, (*TEAM_1_NAMES, *TEAM_1_CODES)) == []
    assert at.get("data_editor")
    assert leaked(at, TEAM_2_NAMES) == list(TEAM_2_NAMES)


def test_a_forged_selection_without_presentation_mode_is_presented_anyway(
    app_on_tiny: str,
) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(VIEWER_1)
    at.session_state["filters"] = forged_filters(app_on_tiny, 1, presentation=False)
    at.switch_page(SAMENSTELLING).run()
    assert not at.exception
    assert leaked(at, EVERYTHING_SECRET) == []


def test_the_hand_over_parameter_cannot_open_a_page_outside_the_role(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = logged_in_app(VIEWER_1, query_params={"pagina": GEGEVENS}).run()
    assert not at.exception
    assert GEGEVENS not in nav_pages(at)
    assert not at.get("data_editor")
    assert leaked(at, EVERYTHING_SECRET) == []


def test_a_page_file_run_without_a_principal_shows_nothing(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(TEAMLEIDER_2)
    del at.session_state["access_principal"]
    page = run_page_file(at, SAMENSTELLING)
    assert not page.exception
    assert "niet beschikbaar" in " ".join(error_texts(page))
    assert leaked(page, EVERYTHING_SECRET) == []


def test_a_principal_for_one_team_cannot_use_a_selection_of_another(app_on_tiny: str) -> None:
    at = run_as(None)  # the login screen; then a principal and a forged selection planted
    at.session_state["access_principal"] = Principal(
        "x@y.nl", AccessRole.TEAMLEIDER, frozenset({1}), subjects=("x@y.nl",)
    )
    at.session_state["filters"] = forged_filters(app_on_tiny, 2)
    page = run_page_file(at, SAMENSTELLING)
    assert not page.exception
    assert leaked(page, (*TEAM_2_NAMES, *TEAM_2_CODES)) == []


def test_not_logged_in_a_deep_link_shows_only_the_login_screen(app_on_tiny: str) -> None:
    at = logged_in_app(None, query_params={"pagina": SAMENSTELLING}).run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Inloggen"]
    assert leaked(at, EVERYTHING_SECRET) == []
    assert not at.metric
