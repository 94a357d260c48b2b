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
from ui import state
from ui.beheer import after_write, mark_processed, processed
from ui.beheer_files import XLSX_MIME, checked_upload
from ui.filters import Filters


def choose_scope(filters: Filters | None) -> int | None:
    """The team to export, or None for the whole store."""
    if filters is None:
        return None
    scopes = {filters.team_id: f"Alleen {filters.team_name}", 0: "Hele database (alle teams)"}
    choice = st.radio(
        "Wat exporteert u?",
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
        "Alle tabellen (Excel)",
        lambda: xlsx_bytes(export_frames(engine, team_id)),
        f"teamspiegel-{stamp}.xlsx",
        XLSX_MIME,
    )
    cols[1].download_button(
        "Alle tabellen (CSV in zip)",
        lambda: csv_zip_bytes(export_frames(engine, team_id)),
        f"teamspiegel-csv-{stamp}.zip",
        "application/zip",
    )
    names = {EXPORT_NAMES[name]: name for name in TABLE_ORDER}
    label = st.selectbox("Eén tabel als CSV", list(names))
    st.download_button(
        f"{label}.csv",
        lambda: csv_bytes(export_table(engine, names[label], team_id)),
        f"{label}-{stamp}.csv",
        "text/csv",
    )
    st.caption(
        "CSV voor Nederlandse Excel: gescheiden door ';', datums als dd-mm-jjjj. Cellen die met "
        "=, +, - of @ beginnen krijgen een ' ervoor, zodat een spreadsheet ze niet uitvoert."
    )


def store_contents(engine: Engine) -> None:
    """How many rows each table holds: what a backup contains and a restore replaces."""
    counts = row_counts(engine)
    st.dataframe(
        pd.DataFrame({"tabel": [EXPORT_NAMES[n] for n in counts], "rijen": list(counts.values())}),
        hide_index=True,
    )


def backup_download(engine: Engine) -> None:
    st.download_button(
        "Back-up maken (één bestand)",
        lambda: make_backup(engine),
        backup_file_name(),
        "application/zip",
        type="primary",
        help="Alle gegevens van alle teams, om later terug te zetten.",
    )


def _describe(backup: Backup) -> str:
    counts = backup.row_counts
    try:
        made = f"{dt.datetime.fromisoformat(backup.created_at):%d-%m-%Y %H:%M}"
    except ValueError:
        made = "onbekende datum"
    return (
        f"Back-up van {made}: {counts.get('team', 0)} teams, "
        f"{counts.get('member', 0)} teamleden, {counts.get('case', 0)} casussen, "
        f"{counts.get('population_education', 0)} rijen bevolkingscijfers."
    )


def restore_block(engine: Engine) -> None:
    upload = checked_upload(
        "Back-upbestand (.zip)", ("zip",), MAX_BACKUP_BYTES, state.BEHEER_RESTORE_UPLOAD
    )
    if upload is None:
        return
    if processed(upload.file_id):
        st.success(f"'{upload.name}' is teruggezet.")
        return
    try:
        backup = read_backup(upload.getvalue())
    except BackupError as error:
        st.error(error.message)
        return
    st.info(_describe(backup))
    sure = st.checkbox(
        "Ik begrijp dat alle huidige gegevens worden vervangen door die uit de back-up.",
        key=f"{state.BEHEER_CONFIRM_PREFIX}restore",
    )
    if st.button("Back-up terugzetten", disabled=not sure, type="primary"):
        try:
            restore_backup(engine, backup)
        except BackupError as error:
            st.error(error.message)
            return
        mark_processed(upload.file_id)
        after_write("De back-up is teruggezet.")


def empty_store_block(engine: Engine, holds_sample: bool) -> None:
    if holds_sample:
        st.write(
            "De database bevat nu **fictieve voorbeeldgegevens**. Begin met een lege database om "
            "uw eigen team en casussen in te voeren of te importeren."
        )
    else:
        st.warning("Dit verwijdert **alle** gegevens van alle teams. Maak eerst een back-up.")
    sure = st.checkbox("Ja, verwijder alle gegevens", key=f"{state.BEHEER_CONFIRM_PREFIX}empty")
    if st.button("Begin met een lege database", disabled=not sure):
        try:
            clear_store(engine)
        except BackupError as error:
            st.error(error.message)
            return
        after_write("De database is leeg. Maak een gemeente en team aan via Gegevens.")
