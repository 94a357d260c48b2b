"""With login configured: the login screen, "no access", the identity shown, and how a user's
e-mail, a claim or the configured admins map to a role."""

from __future__ import annotations

import pytest

from data_model.access_codes import AccessRole
from data_model.config import ADMINS_ENV, ROLE_CLAIM_ENV
from data_model.store import make_engine
from tests.access_helpers import (
    PAGES,
    READ_PAGES,
    VIEWER_1,
    error_texts,
    grant,
    grant_fixture_roles,
    leaked,
    logged_in_app,
    nav_pages,
    run_as,
)
from tests.fixture_data import CASE_CODES, MEMBER_NAMES

EVERYTHING_SECRET = (*MEMBER_NAMES, *CASE_CODES)


def test_not_logged_in_shows_the_login_screen_and_nothing_else(app_on_tiny: str) -> None:
    at = run_as(None)
    assert not at.exception
    assert at.title[0].value == "Teamspiegel — inloggen"
    assert [button.label for button in at.button] == ["Inloggen"]
    assert not at.metric
    assert len(at._registered_pages) == 1  # no page of the app is declared
    assert not at.sidebar.toggle  # no selection either
    assert leaked(at, EVERYTHING_SECRET) == []


def test_the_login_screen_speaks_english_too(app_on_tiny: str) -> None:
    at = run_as(None, language="en")
    assert at.title[0].value == "Teamspiegel — log in"
    assert [button.label for button in at.button] == ["Log in"]


def test_a_user_without_a_role_gets_no_access_and_a_way_out(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as("onbekend@elders.nl")
    assert not at.exception
    assert any("onbekend@elders.nl" in e and "geen rol" in e for e in error_texts(at))
    assert [button.label for button in at.button] == ["Uitloggen"]
    assert leaked(at, EVERYTHING_SECRET) == []
    assert len(at._registered_pages) == 1


def test_logging_out_from_the_no_access_screen_leads_to_the_login_screen(
    app_on_tiny: str,
) -> None:
    at = run_as("onbekend@elders.nl")
    at.button(key="access_logout").click().run()
    assert not at.exception
    assert at.user == {"is_logged_in": False}
    assert at.run().title[0].value == "Teamspiegel — inloggen"


def test_the_e_mail_address_matches_whatever_its_case(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(VIEWER_1.upper())
    assert nav_pages(at) == sorted(READ_PAGES)


def test_a_configured_admin_is_beheerder_without_a_row(
    app_on_tiny: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ADMINS_ENV, "eerste@testdorp.nl, tweede@testdorp.nl")
    at = run_as("Eerste@Testdorp.nl")
    assert not at.exception
    assert nav_pages(at) == PAGES


def test_a_role_can_be_given_to_a_claim_value_such_as_a_group(
    app_on_tiny: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ROLE_CLAIM_ENV, "groups")
    engine = make_engine(app_on_tiny)
    grant(engine, "wijkteam-testdorp", AccessRole.TEAMLEIDER, 1)
    engine.dispose()
    at = logged_in_app("iemand@testdorp.nl")
    at.user["groups"] = ["medewerkers", "Wijkteam-Testdorp"]
    at.run()
    assert not at.exception
    assert at.session_state["access_principal"].team_ids == frozenset({1})
    assert at.sidebar.selectbox(key="filter_team").options == ["Testteam"]


def test_the_sidebar_says_who_is_logged_in_with_which_role(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(VIEWER_1)
    assert f"Ingelogd als {VIEWER_1} (kijker)" in [c.value for c in at.sidebar.caption]
    assert at.sidebar.button(key="access_logout").label == "Uitloggen"


def test_without_login_the_local_single_user_is_beheerder_and_told_so(app_on_tiny: str) -> None:
    from tests.apptest import run_page

    at = run_page()
    assert not at.exception
    captions = [c.value for c in at.sidebar.caption]
    assert any("Lokaal, één gebruiker" in c for c in captions)
    assert at.session_state["access_principal"].local
