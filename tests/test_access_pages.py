"""Every page for every role, with login configured and faked users (AppTest).

The tiny fixture has two teams: team 1 (Testdorp: Anna … Frank, TD-001 … TD-006) and team 2
(Vergelijkstad: Gert, Hanna, VS-101). Roles: see tests/access_helpers.py.
"""

from __future__ import annotations

import pytest

from tests.access_helpers import (
    ACCESS_PAGE,
    BEHEER_PAGES,
    BEHEERDER,
    EDIT_PAGES,
    PAGES,
    READ_PAGES,
    TEAM_1_CODES,
    TEAM_1_NAMES,
    TEAM_2_CODES,
    TEAM_2_NAMES,
    TEAMLEIDER_1,
    TEAMLEIDER_2,
    VIEWER_1,
    VIEWER_ALL,
    error_texts,
    grant_fixture_roles,
    leaked,
    nav_pages,
    run_as,
)
from tests.fixture_data import CASE_CODES, MEMBER_NAMES

EVERYTHING_SECRET = (*MEMBER_NAMES, *CASE_CODES)


@pytest.fixture
def roles(app_on_tiny: str) -> str:
    grant_fixture_roles(app_on_tiny)
    return app_on_tiny


@pytest.mark.parametrize("viewer", [VIEWER_1, VIEWER_ALL])
@pytest.mark.parametrize("page", PAGES)
def test_a_viewer_sees_no_name_and_no_case_code_on_any_page(
    roles: str, page: str, viewer: str
) -> None:
    at = run_as(viewer, page, presentation_mode=False)
    assert not at.exception, at.exception
    assert leaked(at, EVERYTHING_SECRET) == []


@pytest.mark.parametrize("page", READ_PAGES)
def test_a_viewer_gets_the_figures_of_the_dashboard_pages(roles: str, page: str) -> None:
    at = run_as(VIEWER_1, page)
    assert not at.exception
    assert error_texts(at) == []
    assert len(at.title) == 1
    shown = at.metric, at.get("plotly_chart"), at.dataframe, at.get("download_button")
    assert sum(len(elements) for elements in shown) > 0


@pytest.mark.parametrize("page", EDIT_PAGES)
def test_a_viewer_is_refused_the_beheer_and_access_pages(roles: str, page: str) -> None:
    at = run_as(VIEWER_1, page)
    assert not at.exception
    assert any("niet beschikbaar voor uw rol (kijker)" in e for e in error_texts(at))
    assert not at.get("download_button")
    assert not at.get("file_uploader")
    assert not at.get("data_editor")


def test_a_viewer_has_only_the_dashboard_pages_in_the_navigation(roles: str) -> None:
    at = run_as(VIEWER_1)
    assert nav_pages(at) == sorted(READ_PAGES)


def test_a_viewer_always_works_in_presentation_mode(roles: str) -> None:
    at = run_as(VIEWER_1, presentation_mode=False)
    [toggle] = at.sidebar.toggle
    assert toggle.value is True
    assert toggle.proto.disabled
    assert at.metric[0].value in {"5", "<5"}  # Teamleden: 5, shown; small counts masked
    assert "Jeugdcasussen niet conform" in [m.label for m in at.metric]
    assert {m.label: m.value for m in at.metric}["Jeugdcasussen niet conform"] == "<5"


@pytest.mark.parametrize("page", PAGES)
def test_a_teamleider_never_sees_another_teams_names_or_codes(roles: str, page: str) -> None:
    at = run_as(TEAMLEIDER_2, page, presentation_mode=False)
    assert not at.exception, at.exception
    assert leaked(at, (*TEAM_1_NAMES, *TEAM_1_CODES)) == []


def test_a_teamleider_sees_the_names_of_the_own_team(roles: str) -> None:
    at = run_as(TEAMLEIDER_1, "pages/samenstelling.py", presentation_mode=False)
    assert not at.exception
    assert "Anna Jansen" in at.dataframe[-1].value["display_name"].tolist()
    assert leaked(at, TEAM_1_NAMES) != []  # the check that finds nothing for others works
    assert leaked(at, (*TEAM_2_NAMES, *TEAM_2_CODES)) == []


def test_a_teamleider_sees_the_case_codes_of_the_own_team(roles: str) -> None:
    at = run_as(TEAMLEIDER_2, "pages/bevoegdheden.py", presentation_mode=False)
    assert not at.exception
    assert leaked(at, TEAM_1_CODES) == []
    at = run_as(TEAMLEIDER_1, "pages/bevoegdheden.py", presentation_mode=False)
    assert "TD-003" in at.dataframe[0].value["code"].tolist()


def test_a_teamleider_is_offered_only_the_own_team(roles: str) -> None:
    at = run_as(TEAMLEIDER_2)
    team = at.sidebar.selectbox(key="filter_team")
    assert team.options == ["Team Vergelijk"]
    assert at.sidebar.selectbox(key="filter_municipality").options == ["Vergelijkstad"]


@pytest.mark.parametrize("page", BEHEER_PAGES)
def test_a_teamleider_keeps_the_own_teams_data_and_nothing_more(roles: str, page: str) -> None:
    at = run_as(TEAMLEIDER_1, page, presentation_mode=False)
    assert not at.exception, at.exception
    assert error_texts(at) == []
    assert leaked(at, (*TEAM_2_NAMES, *TEAM_2_CODES)) == []
    assert not [f for f in at.get("file_uploader") if "cbs" in str(f.proto.id)]
    forms = {str(form.proto.form.form_id) for form in at.get("form")}
    assert not forms & {f"beheer_form_{k}_team" for k in ("first", "new", "import")}
    radios = [radio for radio in at.radio if "beheer_export_scope" in str(radio.proto.id)]
    assert radios == []  # no "whole database" export for a teamleider
    labels = [button.proto.label for button in at.get("download_button")]
    assert not [label for label in labels if "Back-up" in label]


def test_a_teamleider_is_refused_the_access_page(roles: str) -> None:
    at = run_as(TEAMLEIDER_1, ACCESS_PAGE)
    assert not at.exception
    assert any("niet beschikbaar voor uw rol (teamleider)" in e for e in error_texts(at))
    assert ACCESS_PAGE not in nav_pages(run_as(TEAMLEIDER_1))
    assert set(BEHEER_PAGES) <= set(nav_pages(run_as(TEAMLEIDER_1)))


@pytest.mark.parametrize("page", PAGES)
def test_a_beheerder_opens_every_page_for_every_team(roles: str, page: str) -> None:
    at = run_as(BEHEERDER, page, filter_municipality=2, filter_team=2, presentation_mode=False)
    assert not at.exception, at.exception
    assert error_texts(at) == []
    assert len(at.title) == 1


def test_a_beheerder_has_every_page_and_every_team(roles: str) -> None:
    at = run_as(BEHEERDER)
    assert nav_pages(at) == PAGES
    assert at.sidebar.selectbox(key="filter_municipality").options == [
        "Testdorp",
        "Vergelijkstad",
    ]
    assert "Ingelogd als beheer@testdorp.nl (beheerder)" in [c.value for c in at.sidebar.caption]


def test_a_teamleider_comparing_with_other_teams_sees_their_small_counts_suppressed(
    roles: str,
) -> None:
    at = run_as(TEAMLEIDER_1, "pages/vergelijken.py")
    assert not at.exception
    composition = at.dataframe[0].value.astype(str)
    vergelijkstad = composition[composition.iloc[:, 0].str.contains("Vergelijkstad")]
    # Team Vergelijk has 2 members: outside the teamleider's own team that count shows as <5.
    assert "<5" in vergelijkstad.to_numpy().tolist()[0]
