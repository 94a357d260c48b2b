"""Shared blocks of the Gegevensbeheer pages: messages, problem reports, team setup, forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st
from sqlalchemy import Engine

from data_model.columns import COLUMNS, Column, RecordKind
from data_model.importing import problems_frame
from data_model.validation import Problem
from data_model.writes import WriteError, create_team
from i18n import TABLE, t
from i18n import label as stored_code_label
from ui import state
from ui.data import clear_cached_reads

EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)
FLOAT_FIELDS = {"fte": (0.0, 1.5, 0.1)}
INT_FIELDS = {"years_experience", "year", "low", "middle", "high"}


def code_label(code: object) -> str:
    """How a stored code is shown in the Beheer pages (the code itself when it has no label)."""
    key = f"beheer.code.{code}"
    return t(key) if key in TABLE else stored_code_label(code)


def plural(key: str, count: int, **values: object) -> str:
    """The text `key`.one for a count of 1, else `key`.many, with {count} filled in."""
    return t(f"{key}.{'one' if count == 1 else 'many'}", count=count, **values)


def flash(message: str) -> None:
    """Show `message` at the top of the page after the rerun that shows the new data."""
    st.session_state[state.BEHEER_FLASH] = message
    st.rerun()


def show_flash() -> None:
    message = st.session_state.pop(state.BEHEER_FLASH, None)
    if message:
        st.success(message)


def after_write(message: str) -> None:
    """Every successful write ends here: fresh reads, a fresh grid, and the message."""
    clear_cached_reads()
    bump_editor_version()
    flash(message)


def bump_editor_version() -> None:
    st.session_state[state.BEHEER_EDITOR_VERSION] = editor_version() + 1


def editor_version() -> int:
    return int(st.session_state.get(state.BEHEER_EDITOR_VERSION, 0))


def show_problems(problems: Sequence[Problem], intro: str) -> None:
    """A clear summary plus the table of row, column, value and reason."""
    st.error(plural("beheer.problems", len(problems), intro=intro))
    st.dataframe(problems_frame(problems), hide_index=True, width="stretch")


def show_write_error(error: WriteError) -> None:
    st.error(error.message)
    if error.detail:
        with st.expander(t("app.technical_details")):
            st.code(error.detail)


def processed(file_id: str) -> bool:
    return file_id in st.session_state.get(state.BEHEER_PROCESSED_FILES, set())


def mark_processed(file_id: str) -> None:
    done = set(st.session_state.get(state.BEHEER_PROCESSED_FILES, set()))
    st.session_state[state.BEHEER_PROCESSED_FILES] = done | {file_id}


def team_setup_form(engine: Engine, *, key: str = "team") -> None:
    """Create a team, and its municipality when the CBS code is new."""
    key = f"{state.BEHEER_FORM_PREFIX}{key}"
    with st.form(key, clear_on_submit=False):
        cols = st.columns(2)
        code = cols[0].text_input(
            t("beheer.team.municipality_code"), placeholder="GM0523", key=f"{key}_gm"
        )
        name = cols[1].text_input(
            t("beheer.team.municipality_name"),
            placeholder="Hardinxveld-Giessendam",
            key=f"{key}_gm_name",
        )
        team = cols[0].text_input(
            t("beheer.team.name"), placeholder=t("beheer.team.name.example"), key=f"{key}_name"
        )
        founded = cols[1].date_input(
            t("beheer.form.optional", label=t("beheer.team.founded")),
            value=None,
            min_value=EARLIEST,
            max_value=LATEST,
            format="DD-MM-YYYY",
            key=f"{key}_founded",
        )
        submitted = st.form_submit_button(t("beheer.team.create"), key=f"{key}_submit")
    if submitted:
        try:
            create_team(
                engine,
                municipality_code=code,
                municipality_name=name,
                team_name=team,
                founded_on=founded,
            )
        except WriteError as error:
            show_write_error(error)
        else:
            after_write(t("beheer.team.created", team=team.strip()))


def _field_widget(kind: RecordKind, column: Column, options: Sequence[str] | None) -> Any:
    key = f"{state.BEHEER_FORM_PREFIX}{kind}_{column.field}"
    name = column.label().replace("_", " ")
    name = name[:1].upper() + name[1:]
    label = name if column.required else t("beheer.form.optional", label=name)
    help_ = column.help_text()
    shown: Callable[[Any], str] = str  # the team's own codes and pseudonyms, as they are
    if options is None and column.codes is not None:
        options, shown = [member.value for member in column.codes], code_label
    if options is not None:
        placeholder = t("beheer.form.choose" if column.required else "beheer.form.default")
        return st.selectbox(
            label,
            options,
            index=None,
            format_func=shown,
            placeholder=placeholder,
            help=help_,
            key=key,
        )
    if column.field.endswith(("_on", "_until")):
        return st.date_input(
            label,
            value=None,
            min_value=EARLIEST,
            max_value=LATEST,
            format="DD-MM-YYYY",
            help=help_,
            key=key,
        )
    if column.field in FLOAT_FIELDS:
        low, high, step = FLOAT_FIELDS[column.field]
        return st.number_input(label, low, high, value=None, step=step, help=help_, key=key)
    if column.field in INT_FIELDS:
        return st.number_input(label, min_value=0, value=None, step=1, help=help_, key=key)
    return st.text_input(label, help=help_, key=key)


def clear_record_form(kind: RecordKind) -> None:
    """Empty the add form after a record was added (its widgets are recreated blank)."""
    prefix = f"{state.BEHEER_FORM_PREFIX}{kind}_"
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def record_form(
    kind: RecordKind, choices: Mapping[str, Sequence[str]], submit_label: str
) -> dict[str, Any] | None:
    """A form with one widget per column; the entered record on submit, else None."""
    with st.form(f"{state.BEHEER_FORM_PREFIX}{kind}", clear_on_submit=False):
        cols = st.columns(3)
        record = {}
        for index, column in enumerate(COLUMNS[kind]):
            with cols[index % 3]:
                record[column.field] = _field_widget(kind, column, choices.get(column.field))
        submitted = st.form_submit_button(submit_label, key=f"{state.BEHEER_FORM_PREFIX}{kind}_go")
    return record if submitted else None
