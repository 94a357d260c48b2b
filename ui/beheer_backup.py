"""Blocks of the Export page: tables to CSV/Excel, backup, restore, and starting empty."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from data_model.backup import (
    MAX_BACKUP_BYTES,
    Backup,
    BackupError,
    backup_file_name,
    clear_store,
    make_backup,
    read_backup,
    restore_backup,
)
from data_model.bulk import TABLE_ORDER, row_counts
from data_model.export import (
    EXPORT_NAMES,
    csv_bytes,
    csv_zip_bytes,
    export_frames,
    export_table,
    xlsx_bytes,
)
from i18n import t
from ui import state
from ui.beheer import after_write, mark_processed, processed
from ui.beheer_files import XLSX_MIME, checked_upload
from ui.filters import Filters


def choose_scope(filters: Filters | None) -> int | None:
    """The team to export, or None for the whole store."""
    if filters is None:
        return None
    scopes = {
        filters.team_id: t("export.scope.team", team=filters.team_name),
        0: t("export.scope.all"),
    }
    choice = st.radio(
        t("export.scope"),
        list(scopes),
        format_func=scopes.__getitem__,
        horizontal=True,
        key=state.BEHEER_EXPORT_SCOPE,
    )
    return choice or None


def table_downloads(engine: Engine, team_id: int | None) -> None:
    """One workbook, a zip of CSVs, or one table as CSV (built only when clicked)."""
    stamp = f"{dt.date.today():%Y%m%d}"
    cols = st.columns(2)
    cols[0].download_button(
        t("export.all_xlsx"),
        lambda: xlsx_bytes(export_frames(engine, team_id)),
        f"teamspiegel-{stamp}.xlsx",
        XLSX_MIME,
    )
    cols[1].download_button(
        t("export.all_csv"),
        lambda: csv_zip_bytes(export_frames(engine, team_id)),
        f"teamspiegel-csv-{stamp}.zip",
        "application/zip",
    )
    name = st.selectbox(t("export.one_table"), list(TABLE_ORDER), format_func=table_label)
    file = EXPORT_NAMES[name]  # file names are the same in every language
    st.download_button(
        f"{file}.csv",
        lambda: csv_bytes(export_table(engine, name, team_id)),
        f"{file}-{stamp}.csv",
        "text/csv",
    )
    st.caption(t("export.csv_caption"))


def table_label(name: str) -> str:
    """What a table (its name in the schema) is called on screen."""
    return t(f"export.table.{name}")


def store_contents(engine: Engine) -> None:
    """How many rows each table holds: what a backup contains and a restore replaces."""
    counts = row_counts(engine)
    st.dataframe(
        pd.DataFrame(
            {
                t("export.contents.table"): [table_label(n) for n in counts],
                t("export.contents.rows"): list(counts.values()),
            }
        ),
        hide_index=True,
    )


def backup_download(engine: Engine) -> None:
    st.download_button(
        t("backup.make"),
        lambda: make_backup(engine),
        backup_file_name(),
        "application/zip",
        type="primary",
        help=t("backup.make.help"),
    )


def _describe(backup: Backup) -> str:
    counts = backup.row_counts
    try:
        made = f"{dt.datetime.fromisoformat(backup.created_at):%d-%m-%Y %H:%M}"
    except ValueError:
        made = t("backup.unknown_date")
    return t(
        "backup.describe",
        made=made,
        teams=counts.get("team", 0),
        members=counts.get("member", 0),
        cases=counts.get("case", 0),
        figures=counts.get("population_education", 0),
    )


def restore_block(engine: Engine) -> None:
    upload = checked_upload(
        t("backup.upload"), ("zip",), MAX_BACKUP_BYTES, state.BEHEER_RESTORE_UPLOAD
    )
    if upload is None:
        return
    if processed(upload.file_id):
        st.success(t("backup.already_restored", file=upload.name))
        return
    try:
        backup = read_backup(upload.getvalue())
    except BackupError as error:
        st.error(error.message)
        return
    st.info(_describe(backup))
    sure = st.checkbox(
        t("backup.restore.confirm"),
        key=f"{state.BEHEER_CONFIRM_PREFIX}restore",
    )
    if st.button(t("backup.restore"), disabled=not sure, type="primary"):
        try:
            restore_backup(engine, backup)
        except BackupError as error:
            st.error(error.message)
            return
        mark_processed(upload.file_id)
        after_write(t("backup.restored"))


def empty_store_block(engine: Engine, holds_sample: bool) -> None:
    if holds_sample:
        st.write(t("backup.empty.sample"))
    else:
        st.warning(t("backup.empty.warning"))
    sure = st.checkbox(t("backup.empty.confirm"), key=f"{state.BEHEER_CONFIRM_PREFIX}empty")
    if st.button(t("backup.start_empty"), disabled=not sure):
        try:
            clear_store(engine)
        except BackupError as error:
            st.error(error.message)
            return
        after_write(t("backup.emptied"))
