"""The editing grid, the add form and the end/close forms of the Gegevens page.

The grid follows DESIGN.md §6: the source table comes from the store, the editor is keyed by a
version counter, and Save reads the edits from session state, validates them, writes them in one
transaction (refused when someone else changed a record), clears caches and bumps the version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from data_model.columns import COLUMNS, ROW_MODELS, RecordKind, column_label, kind_label
from data_model.enums import Outcome
from data_model.validation import RowInvalid, check_one
from data_model.writes import WriteError, add_record, close_case, end_member, save_edits
from i18n import t
from ui import beheer_data, state
from ui.beheer import (
    EARLIEST,
    LATEST,
    after_write,
    bump_editor_version,
    clear_record_form,
    code_label,
    editor_version,
    plural,
    record_form,
    show_problems,
    show_write_error,
)
from ui.data import clear_cached_reads
from ui.editor_changes import edits_from_editor
from ui.filters import Filters

# Columns that identify what a record belongs to: changed by ending and adding, not in place.
FIXED_COLUMNS = {
    RecordKind.ASSIGNMENT: ["case_code", "member_pseudonym"],
    RecordKind.PHASE: ["case_code"],
    RecordKind.AREA: ["cbs_code"],
    RecordKind.POPULATION: ["region_code"],
}


def choose_kind() -> RecordKind:
    return st.segmented_control(
        t("beheer.kind.choose"),
        list(RecordKind),
        format_func=kind_label,
        default=RecordKind.MEMBER,
        key=state.BEHEER_KIND,
        required=True,
    )


def _column_config(kind: RecordKind) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for column in COLUMNS[kind]:
        label, help_ = column_label(kind, column.field).replace("_", " "), column.help_text()
        if column.codes is not None:
            options = [member.value for member in column.codes]
            config[column.field] = st.column_config.SelectboxColumn(
                label,
                options=options,
                format_func=code_label,
                help=help_,
                required=column.required,
            )
        elif column.field.endswith(("_on", "_until")):
            config[column.field] = st.column_config.DateColumn(
                label, format="DD-MM-YYYY", min_value=EARLIEST, max_value=LATEST, help=help_
            )
        elif column.field == "fte":
            config[column.field] = st.column_config.NumberColumn(
                label, min_value=0.1, max_value=1.5, step=0.1, format="%.1f", help=help_
            )
        else:
            config[column.field] = st.column_config.Column(label, help=help_)
    return config


def record_table(engine: Engine, filters: Filters, kind: RecordKind) -> pd.DataFrame:
    """The editable grid with a Save button; returns the records shown."""
    frame = beheer_data.records(filters.url, kind, filters.team_id)
    if frame.empty:
        st.info(t("beheer.grid.empty", kinds=kind_label(kind).lower()))
        return frame
    key = f"{state.BEHEER_EDITOR_PREFIX}{kind}_{editor_version()}"
    st.data_editor(
        frame,
        key=key,
        hide_index=True,
        num_rows="fixed",
        column_order=[column.field for column in COLUMNS[kind]],
        column_config=_column_config(kind),
        disabled=FIXED_COLUMNS.get(kind, []),
    )
    st.caption(t("beheer.grid.caption"))
    if st.button(t("beheer.grid.save"), key=f"{key}_save", type="primary"):
        save_table_edits(engine, filters, kind, frame, st.session_state.get(key))
    return frame


def save_table_edits(
    engine: Engine, filters: Filters, kind: RecordKind, frame: pd.DataFrame, edited: Any
) -> None:
    edits, problems = edits_from_editor(frame, edited, kind)
    if problems:
        show_problems(problems, t("beheer.grid.fix_first"))
        return
    if not edits:
        st.info(t("beheer.grid.no_changes"))
        return
    try:
        saved = save_edits(engine, kind, team_id=filters.team_id, edits=edits)
    except RowInvalid as error:
        show_problems(error.problems, t("beheer.grid.not_saved"))
    except WriteError as error:
        show_write_error(error)
        clear_cached_reads()  # show the current data, so the user can redo the change
        bump_editor_version()
    else:
        after_write(plural("beheer.grid.saved", saved))


def _choices(frame_by_kind: dict[RecordKind, pd.DataFrame]) -> dict[str, list[str]]:
    def values(kind: RecordKind, column: str) -> list[str]:
        frame = frame_by_kind[kind]
        return sorted(frame[column].dropna().astype(str)) if len(frame) else []

    areas = frame_by_kind[RecordKind.AREA]
    wijken = (
        [c for c in values(RecordKind.AREA, "cbs_code") if c.startswith("WK")] if len(areas) else []
    )
    return {
        "case_code": values(RecordKind.CASE, "code"),
        "member_pseudonym": values(RecordKind.MEMBER, "pseudonym"),
        "area_code": values(RecordKind.AREA, "cbs_code"),
        "parent_code": wijken,
    }


def add_block(engine: Engine, filters: Filters, kind: RecordKind) -> None:
    """A form to add one record; references are chosen from the team's own records."""
    needed = (RecordKind.CASE, RecordKind.MEMBER, RecordKind.AREA)
    frames = {k: beheer_data.records(filters.url, k, filters.team_id) for k in needed}
    record = record_form(kind, _choices(frames), t("beheer.add"))
    if record is None:
        return
    try:
        row = check_one(ROW_MODELS[kind], record, lambda field: column_label(kind, field))
        add_record(engine, kind, team_id=filters.team_id, row=row)
    except RowInvalid as error:
        show_problems(error.problems, t("beheer.add.fix_first"))
    except WriteError as error:
        show_write_error(error)
    else:
        clear_record_form(kind)
        after_write(t("beheer.add.done", kind=kind_label(kind)))


def _label(row: pd.Series, *columns: str) -> str:
    return " · ".join(str(row[c]) for c in columns if row[c] is not None)


def end_member_block(engine: Engine, frame: pd.DataFrame) -> None:
    active = frame[frame["ended_on"].isna()] if len(frame) else frame
    if active.empty:
        return
    labels = {int(r["id"]): _label(r, "pseudonym", "display_name") for _, r in active.iterrows()}
    key = f"{state.BEHEER_FORM_PREFIX}end_member"
    with st.form(key):
        member_id = st.selectbox(
            t("beheer.end_member.member"),
            list(labels),
            format_func=labels.__getitem__,
            key=f"{key}_id",
        )
        day = st.date_input(
            t("beheer.end_member.day"),
            dt.date.today(),
            EARLIEST,
            LATEST,
            format="DD-MM-YYYY",
            key=f"{key}_day",
        )
        cascade = st.checkbox(t("beheer.end_member.cascade"), value=True, key=f"{key}_cascade")
        submitted = st.form_submit_button(t("beheer.end_member"), key=f"{key}_go")
    if submitted:
        version = int(active.set_index("id").loc[member_id, "version"])
        _run_end(
            lambda: end_member(
                engine,
                member_id=member_id,
                expected_version=version,
                ended_on=day,
                end_assignments=cascade,
            ),
            t("beheer.end_member.done"),
        )


def close_case_block(engine: Engine, frame: pd.DataFrame) -> None:
    open_cases = frame[frame["closed_on"].isna()] if len(frame) else frame
    if open_cases.empty:
        return
    labels = {int(r["id"]): str(r["code"]) for _, r in open_cases.iterrows()}
    outcomes = [o for o in Outcome if o != Outcome.ONGOING]
    key = f"{state.BEHEER_FORM_PREFIX}close_case"
    with st.form(key):
        case_id = st.selectbox(
            t("beheer.close_case.case"),
            list(labels),
            format_func=labels.__getitem__,
            key=f"{key}_id",
        )
        day = st.date_input(
            t("beheer.close_case.day"),
            dt.date.today(),
            EARLIEST,
            LATEST,
            format="DD-MM-YYYY",
            key=f"{key}_day",
        )
        outcome = st.selectbox(
            t("beheer.close_case.outcome"), outcomes, format_func=code_label, key=f"{key}_outcome"
        )
        cascade = st.checkbox(
            t("beheer.close_case.cascade"),
            value=True,
            key=f"{key}_cascade",
        )
        submitted = st.form_submit_button(t("beheer.close_case"), key=f"{key}_go")
    if submitted:
        version = int(open_cases.set_index("id").loc[case_id, "version"])
        _run_end(
            lambda: close_case(
                engine,
                case_id=case_id,
                expected_version=version,
                closed_on=day,
                outcome=Outcome(outcome),
                end_open_periods=cascade,
            ),
            t("beheer.close_case.done"),
        )


def _run_end(write: Callable[[], None], message: str) -> None:
    try:
        write()
    except WriteError as error:
        show_write_error(error)
        clear_cached_reads()
        bump_editor_version()
    else:
        after_write(message)
