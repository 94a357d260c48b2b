"""The Streamlit edge of access control: who this run serves, and the checks every page makes.

app.py settles the Principal at the start of every run (login screen, "no access", or the local
single user) and keeps it in the session; pages never trust what they are asked for but check
the Principal again on the server: `require_access` for whole pages, the Filters for teams.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import Literal, NoReturn

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from data_model import audit
from data_model.access import (
    Principal,
    identity_of,
    local_principal,
    resolve_principal,
    subjects_of,
)
from data_model.config import Settings
from i18n import t
from ui import state
from ui.entry import hand_over_to_entry_script
from ui.language import apply_language, language_selector

Need = Literal["read", "edit", "manage"]


def allows(principal: Principal, need: Need) -> bool:
    """read: every role; edit: the Beheer pages; manage: roles and the audit trail."""
    if need == "manage":
        return principal.may_manage_roles
    if need == "edit":
        return principal.may_edit
    return True


def _blank() -> None:
    """The only page while a screen (refusal, login, no access) is shown."""


def stop_with_screen(draw: Callable[[], None] | None = None) -> NoReturn:
    """Show `draw` (or what was drawn already) as the only page and end the run: no page of the
    app is declared, so none can be opened by URL."""
    language_selector()
    page = st.Page(draw or _blank, title="Teamspiegel", url_path="teamspiegel", default=True)
    st.navigation([page], position="hidden").run()
    st.stop()
    raise AssertionError("st.stop() returned")  # pragma: no cover


def refuse_unsafe_start(settings: Settings) -> None:
    """A shared store without login and without the single-user setting: refuse to start."""
    if settings.refuses_to_start:
        st.error(t("access.refuse_start"))
        st.markdown(t("access.refuse_start.how"))
        stop_with_screen()


def _login_screen() -> None:
    st.title(t("access.login.title"))
    st.markdown(t("access.login.intro"))
    if st.button(t("access.login.button"), type="primary", icon=":material/login:"):
        st.login()


def _logout_button(in_sidebar: bool = False) -> None:
    button = st.sidebar.button if in_sidebar else st.button
    if button(t("access.logout"), icon=":material/logout:", key=state.ACCESS_LOGOUT):
        st.session_state.pop(state.PRINCIPAL, None)
        st.logout()


def _no_access_screen(identity: str) -> Callable[[], None]:
    def draw() -> None:
        st.title(t("access.no_access.title"))
        st.error(t("access.no_access", identity=identity))
        _logout_button()

    return draw


def _logged_in_principal(settings: Settings, engine: Engine) -> Principal:
    user = st.user.to_dict()
    if not user.get("is_logged_in"):
        st.session_state.pop(state.PRINCIPAL, None)
        stop_with_screen(_login_screen)
    identity = identity_of(user)
    principal = resolve_principal(
        engine,
        identity=identity,
        subjects=subjects_of(user, settings.role_claim),
        admins=settings.admins,
    )
    if principal is None:
        st.session_state.pop(state.PRINCIPAL, None)
        stop_with_screen(_no_access_screen(identity))
    return principal


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "?"


def establish_principal(settings: Settings, engine: Engine) -> Principal:
    """Who this run serves, kept in the session for the pages; stops on the login screen or
    with "no access". Without login configured: the local single user (beheerder)."""
    if settings.login_configured:
        principal = _logged_in_principal(settings, engine)
    else:
        principal = local_principal(_os_user())
    st.session_state[state.PRINCIPAL] = principal
    audit.set_actor(principal.identity)
    return principal


def role_label(principal: Principal) -> str:
    return t(f"access.role.{principal.role.value}")


def show_identity(principal: Principal) -> None:
    """At the bottom of the sidebar: who is working, and a way out."""
    if principal.local:
        st.sidebar.caption(t("access.local_note"))
        return
    st.sidebar.caption(
        t("access.signed_in_as", identity=principal.identity, role=role_label(principal))
    )
    _logout_button(in_sidebar=True)


def permitted_teams(teams: pd.DataFrame, principal: Principal) -> pd.DataFrame:
    """The rows of `teams` (a team_id column) the principal may see."""
    if principal.team_ids is None or teams.empty:
        return teams
    return teams[teams["team_id"].astype(int).isin(principal.team_ids)]


def session_principal() -> Principal | None:
    value = st.session_state.get(state.PRINCIPAL)
    return value if isinstance(value, Principal) else None


def require_principal() -> Principal:
    """The principal app.py settled for this session; without one the page ends."""
    principal = session_principal()
    if principal is None:
        st.error(t("access.no_principal"))
        st.stop()
    audit.set_actor(principal.identity)
    return principal


def require_access(need: Need) -> Principal:
    """First line of a page that needs more than reading: the principal, or a refusal."""
    hand_over_to_entry_script(entry_has_run=state.PRINCIPAL in st.session_state)
    apply_language()
    principal = require_principal()
    if not allows(principal, need):
        st.error(t("access.page_refused", role=role_label(principal)))
        st.stop()
    return principal


def includes_other_teams(team_ids: list[int]) -> bool:
    """True when a selection holds teams outside the session's own teams: their figures are
    then shown under the small-number rule, whatever the presentation switch says."""
    principal = session_principal()
    if principal is None:
        return True
    return principal.team_ids is not None and not set(team_ids) <= principal.team_ids
