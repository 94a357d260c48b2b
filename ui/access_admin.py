"""Blocks of the Toegang page: the role table with add/change/remove forms, the audit trail."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from data_model.access import (
    AccessError,
    Principal,
    add_role,
    change_role,
    load_role_assignments,
    remove_role,
)
from data_model.access_codes import AccessRole
from data_model.audit import count_audit, load_audit
from data_model.export import csv_bytes
from i18n import t
from ui import state
from ui.data import clear_cached_reads

ALL_TEAMS = 0  # the team choice "all teams" (team ids start at 1)
AUDIT_ROWS_SHOWN = 200
KEY = state.ACCESS_FORM_PREFIX


def flash(message: str) -> None:
    st.session_state[state.ACCESS_FLASH] = message
    clear_cached_reads()
    st.rerun()


def show_flash() -> None:
    message = st.session_state.pop(state.ACCESS_FLASH, None)
    if message:
        st.success(message)


def role_name(role: object) -> str:
    return t(f"access.role.{role}")


def team_names(teams: pd.DataFrame) -> dict[int, str]:
    """Team choices: all teams first, then 'Gemeente — Team'."""
    names = {ALL_TEAMS: t("access.all_teams")}
    for row in teams.itertuples():
        names[int(row.team_id)] = f"{row.municipality_name} — {row.team_name}"
    return names


def _team_text(row: pd.Series) -> str:
    if pd.isna(row["team_id"]):
        return t("access.all_teams")
    return f"{row['municipality_name']} — {row['team_name']}"


def role_table(roles: pd.DataFrame) -> None:
    if roles.empty:
        st.info(t("access.roles.none"))
        return
    shown = pd.DataFrame(
        {
            "subject": roles["subject"],
            "role": roles["role"].map(role_name),
            "team": roles.apply(_team_text, axis=1),
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        column_config={
            "subject": t("access.column.subject"),
            "role": t("access.column.role"),
            "team": t("access.column.team"),
        },
    )


def _role_and_team(prefix: str, teams: dict[int, str]) -> tuple[AccessRole, int | None]:
    cols = st.columns(2)
    role = cols[0].selectbox(
        t("access.column.role"),
        list(AccessRole),
        format_func=role_name,
        key=f"{prefix}role",
        help=t("access.role.help"),
    )
    team = cols[1].selectbox(
        t("access.column.team"), list(teams), format_func=teams.__getitem__, key=f"{prefix}team"
    )
    assert role is not None and team is not None  # a selectbox with options always has a value
    return AccessRole(role), (None if team == ALL_TEAMS else int(team))


def add_form(engine: Engine, teams: dict[int, str]) -> None:
    prefix = f"{KEY}add_"
    with st.form(f"{prefix}form"):
        subject = st.text_input(
            t("access.column.subject"), key=f"{prefix}subject", help=t("access.subject.help")
        )
        role, team_id = _role_and_team(prefix, teams)
        submitted = st.form_submit_button(t("access.add"), key=f"{prefix}go")
    if submitted:
        try:
            add_role(engine, subject=subject, role=role, team_id=team_id)
        except AccessError as error:
            st.error(error.message)
        else:
            flash(t("access.added", subject=subject.strip().lower(), role=role_name(role)))


def _assignment_labels(roles: pd.DataFrame) -> dict[int, str]:
    return {
        int(row["id"]): f"{row['subject']} · {role_name(row['role'])} · {_team_text(row)}"
        for _, row in roles.iterrows()
    }


def change_form(
    engine: Engine, roles: pd.DataFrame, teams: dict[int, str], principal: Principal
) -> None:
    prefix = f"{KEY}change_"
    labels = _assignment_labels(roles)
    with st.form(f"{prefix}form"):
        chosen = st.selectbox(
            t("access.assignment"), list(labels), format_func=labels.__getitem__, key=f"{prefix}id"
        )
        role, team_id = _role_and_team(prefix, teams)
        submitted = st.form_submit_button(t("access.change"), key=f"{prefix}go")
    if submitted:
        try:
            change_role(
                engine,
                assignment_id=int(chosen),
                role=role,
                team_id=team_id,
                protect=principal.subjects,
            )
        except AccessError as error:
            st.error(error.message)
        else:
            flash(t("access.changed"))


def remove_form(engine: Engine, roles: pd.DataFrame, principal: Principal) -> None:
    prefix = f"{KEY}remove_"
    labels = _assignment_labels(roles)
    with st.form(f"{prefix}form"):
        chosen = st.selectbox(
            t("access.assignment"), list(labels), format_func=labels.__getitem__, key=f"{prefix}id"
        )
        sure = st.checkbox(t("access.remove.sure"), key=f"{prefix}sure")
        submitted = st.form_submit_button(t("access.remove"), key=f"{prefix}go")
    if submitted and not sure:
        st.warning(t("access.remove.tick"))
    elif submitted:
        try:
            remove_role(engine, assignment_id=int(chosen), protect=principal.subjects)
        except AccessError as error:
            st.error(error.message)
        else:
            flash(t("access.removed"))


def roles_section(engine: Engine, teams: pd.DataFrame, principal: Principal) -> None:
    roles = load_role_assignments(engine)
    role_table(roles)
    choices = team_names(teams)
    with st.expander(t("access.add.header"), expanded=roles.empty):
        add_form(engine, choices)
    if roles.empty:
        return
    with st.expander(t("access.change.header")):
        change_form(engine, roles, choices, principal)
    with st.expander(t("access.remove.header")):
        remove_form(engine, roles, principal)


def audit_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The audit rows as shown and exported: time as text (UTC), action as a word."""
    at = pd.to_datetime(frame["at"], utc=True)
    return frame.assign(
        at=at.dt.strftime("%Y-%m-%d %H:%M:%S"),
        action=frame["action"].map(lambda code: t(f"access.action.{code}")),
    )


AUDIT_COLUMNS = {
    "at": "access.audit.at",
    "actor": "access.audit.actor",
    "action": "access.audit.action",
    "table_name": "access.audit.table",
    "record_id": "access.audit.record",
    "old_values": "access.audit.old",
    "new_values": "access.audit.new",
}


def _audit_csv(engine: Engine) -> bytes:
    frame = audit_table(load_audit(engine))
    return csv_bytes(frame.rename(columns={c: t(k) for c, k in AUDIT_COLUMNS.items()}))


def audit_section(engine: Engine) -> None:
    """Read only: the newest rows on screen, all rows as CSV. Nothing here changes a row."""
    total = count_audit(engine)
    st.metric(t("access.audit.count"), total)
    if total == 0:
        st.info(t("access.audit.empty"))
        return
    shown = audit_table(load_audit(engine, limit=AUDIT_ROWS_SHOWN))
    st.dataframe(
        shown[list(AUDIT_COLUMNS)],
        hide_index=True,
        column_config={column: t(key) for column, key in AUDIT_COLUMNS.items()},
    )
    if total > AUDIT_ROWS_SHOWN:
        st.caption(t("access.audit.newest", shown=AUDIT_ROWS_SHOWN, total=total))
    st.download_button(
        t("access.audit.download"),
        lambda: _audit_csv(engine),
        f"teamspiegel-audit-{dt.date.today():%Y%m%d}.csv",
        "text/csv",
        icon=":material/download:",
    )
