"""Helpers for the access tests: faked logged-in users in AppTest, and what a page showed."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from data_model.access import add_role
from data_model.access_codes import AccessRole
from data_model.store import make_engine
from tests.apptest import APP, TIMEOUT
from tests.fixture_data import CASE_CODES, MEMBER_NAMES, PERIOD_END, PERIOD_START
from ui import state

PAGES = sorted(str(p.relative_to(APP.parent)) for p in (APP.parent / "pages").glob("*.py"))
BEHEER_PAGES = [page for page in PAGES if page.startswith("pages/beheer_")]
ACCESS_PAGE = "pages/toegang.py"
EDIT_PAGES = [*BEHEER_PAGES, ACCESS_PAGE]
READ_PAGES = [page for page in PAGES if page not in EDIT_PAGES]

# [auth] as st.login reads it: present means login is configured (nothing is contacted here).
AUTH_SECRETS: dict[str, Any] = {
    "auth": {
        "redirect_uri": "http://127.0.0.1:8599/oauth2callback",
        "cookie_secret": "test-cookie-secret",
        "client_id": "teamspiegel",
        "client_secret": "test-secret",
        "server_metadata_url": "http://127.0.0.1:8598/.well-known/openid-configuration",
    }
}

TEAMLEIDER_1 = "teamleider@testdorp.nl"  # team 1 (Testdorp): Anna … Frank, TD-001 … TD-006
TEAMLEIDER_2 = "teamleider@vergelijkstad.nl"  # team 2 (Vergelijkstad): Gert, Hanna, VS-101
VIEWER_1 = "beleid@testdorp.nl"  # viewer of team 1
VIEWER_ALL = "analist@vivenz.nl"  # viewer of all teams
BEHEERDER = "beheer@testdorp.nl"

TEAM_1_NAMES = MEMBER_NAMES[:6]
TEAM_2_NAMES = MEMBER_NAMES[6:]
TEAM_1_CODES = tuple(code for code in CASE_CODES if code.startswith("TD-"))
TEAM_2_CODES = tuple(code for code in CASE_CODES if code.startswith("VS-"))


def grant_fixture_roles(url: str) -> None:
    engine = make_engine(url)
    try:
        grant(engine, TEAMLEIDER_1, AccessRole.TEAMLEIDER, 1)
        grant(engine, TEAMLEIDER_2, AccessRole.TEAMLEIDER, 2)
        grant(engine, VIEWER_1, AccessRole.VIEWER, 1)
        grant(engine, VIEWER_ALL, AccessRole.VIEWER, None)
        grant(engine, BEHEERDER, AccessRole.BEHEERDER, None)
    finally:
        engine.dispose()


def grant(engine: Engine, subject: str, role: AccessRole, team_id: int | None) -> int:
    return add_role(engine, subject=subject, role=role, team_id=team_id)


def logged_in_app(
    email: str | None,
    *,
    query_params: dict[str, str] | None = None,
    **session: Any,
) -> AppTest:
    """app.py with login configured and `email` logged in (None: nobody logged in), not run."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets = dict(AUTH_SECRETS)
    at.user = {"is_logged_in": email is not None, **({"email": email} if email else {})}
    at.session_state["filter_period"] = (PERIOD_START, PERIOD_END)
    for key, value in session.items():
        at.session_state[key] = value
    for key, value in (query_params or {}).items():
        at.query_params[key] = value
    return at


def run_as(email: str | None, page: str | None = None, **session: Any) -> AppTest:
    """Log in as `email`, run app.py, then open `page` (a file in pages/): through the
    navigation when it offers the page, else by running the page file itself in the same
    session, as a request for its URL would without the navigation."""
    at = logged_in_app(email, **session).run()
    if page is None:
        return at
    if page in nav_pages(at):
        return at.switch_page(page).run()
    return run_page_file(at, page)


SESSION_CARRIED = (
    state.PRINCIPAL,
    state.FILTERS,
    state.PRESENTATION_MODE,
    state.PERIOD,
    state.LANGUAGE,
)


def run_page_file(at: AppTest, page: str) -> AppTest:
    """Run one page file directly with the session that `at` built (principal, filters)."""
    direct = AppTest.from_file(str(APP.parent / page), default_timeout=TIMEOUT)
    direct.secrets = dict(at.secrets)
    direct.user = dict(at.user)
    for key in SESSION_CARRIED:
        if key in at.session_state:
            direct.session_state[key] = at.session_state[key]
    return direct.run()


def shown_text(at: AppTest) -> str:
    """Everything the run put on screen (main area and sidebar): element protos, tables and
    chart specs, as one string."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    parts += [frame.value.to_csv() for frame in at.dataframe]
    parts += [table.value.to_csv() for table in at.table]
    parts += [chart.proto.spec for chart in at.get("plotly_chart")]
    parts += [json.dumps(str(box.proto)) for box in at.get("selectbox")]
    return "\n".join(parts)


def leaked(at: AppTest, secrets: tuple[str, ...]) -> list[str]:
    text = shown_text(at)
    return [secret for secret in secrets if secret in text]


def nav_pages(at: AppTest) -> list[str]:
    """Script paths of the pages the navigation declared for this user."""
    return sorted(
        str(info["script_path"]).removeprefix(str(APP.parent) + "/")
        for info in at._registered_pages.values()
    )


def error_texts(at: AppTest) -> list[str]:
    return [error.value for error in at.error]
