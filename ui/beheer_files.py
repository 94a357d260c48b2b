"""Import blocks: team files (CSV/Excel) with templates and a per-row report, and CBS figures.

An upload stays in its widget across reruns: each file is imported at most once (its file id is
remembered), and only after the user presses the import button on a clean report.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from data_model.cbs_import import (
    KNOWN_TABLES,
    CbsFile,
    CbsImportError,
    fetch_kwb_records,
    in_municipality,
    parse_kwb_records,
    parse_statline_csv,
    store_figures,
    table_in_name,
)
from data_model.columns import IMPORTABLE, RecordKind, kind_label
from data_model.enums import FigureStatus
from data_model.importing import (
    FILE_TYPES,
    MAX_IMPORT_BYTES,
    ImportFileError,
    ImportReport,
    check_file,
    commit_import,
    explanation_frame,
    template_csv,
    template_xlsx,
    upload_problem,
)
from data_model.validation import RowInvalid, show_value
from data_model.writes import WriteError
from i18n import t
from ui import state
from ui.beheer import (
    after_write,
    code_label,
    mark_processed,
    plural,
    processed,
    show_problems,
    show_write_error,
)
from ui.filters import Filters

MEGABYTE = 1024 * 1024
MAX_CBS_BYTES = 60 * MEGABYTE  # a whole-country Kerncijfers CSV is some 20–30 MB
SERVER_UPLOAD_LIMIT_MB = 20
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATUSES = [FigureStatus.FINAL.value, FigureStatus.PROVISIONAL.value]


def choose_import_kind() -> RecordKind:
    return st.radio(
        t("import.kind.choose"),
        list(IMPORTABLE),
        format_func=kind_label,
        horizontal=True,
        key=state.BEHEER_IMPORT_KIND,
        help=t("import.kind.choose.help"),
    )


def template_downloads(kind: RecordKind) -> None:
    cols = st.columns(2)
    cols[0].download_button(
        t("import.template.xlsx"), template_xlsx(kind), f"sjabloon_{kind}.xlsx", XLSX_MIME
    )
    cols[1].download_button(
        t("import.template.csv"), template_csv(kind), f"sjabloon_{kind}.csv", "text/csv"
    )
    with st.expander(t("import.template.columns")):
        st.dataframe(explanation_frame(kind), hide_index=True, width="stretch")


def checked_upload(label: str, types: tuple[str, ...], max_bytes: int, key: str) -> Any:
    """The uploaded file when it has the right type and size, else None (with a message).

    Type and size are checked here rather than by the widget, so the message is in the user's
    language; the widget only stops files over twice our limit (Streamlit's own, English,
    message).
    """
    widget_limit = max(SERVER_UPLOAD_LIMIT_MB, 2 * max_bytes // MEGABYTE)
    upload = st.file_uploader(label, key=key, max_upload_size=widget_limit)
    if upload is None:
        return None
    message = upload_problem(upload.name, upload.size, types, max_bytes)
    if message:
        st.error(message)
        return None
    return upload


def team_import(engine: Engine, filters: Filters, kind: RecordKind) -> None:
    upload = checked_upload(
        t("import.upload", kinds=kind_label(kind).lower()),
        FILE_TYPES,
        MAX_IMPORT_BYTES,
        f"{state.BEHEER_IMPORT_UPLOAD}_{kind}",
    )
    if upload is None:
        return
    if processed(upload.file_id):
        st.success(t("import.already_imported", file=upload.name))
        return
    try:
        report = check_file(
            engine, kind, team_id=filters.team_id, file_name=upload.name, data=upload.getvalue()
        )
    except ImportFileError as error:
        st.error(error.message)
        return
    show_report(report)
    if report.ok and st.button(plural("import.go", len(report.rows)), type="primary"):
        commit_report(engine, filters, report, upload.file_id)


def show_report(report: ImportReport) -> None:
    st.markdown(plural("import.preview", len(report.preview)))
    preview = report.preview.head(50).map(show_value)
    st.dataframe(preview, hide_index=True, width="stretch")
    if report.ignored_columns:
        st.warning(t("import.ignored_columns", columns=", ".join(report.ignored_columns)))
    if report.problems:
        show_problems(report.problems, t("import.fix_file"))
    elif report.ok:
        st.success(plural("import.all_fine", len(report.rows)))


def commit_report(engine: Engine, filters: Filters, report: ImportReport, file_id: str) -> None:
    try:
        count = commit_import(engine, report, team_id=filters.team_id)
    except RowInvalid as error:
        show_problems(error.problems, t("import.changed_meanwhile"))
    except WriteError as error:
        show_write_error(error)
    else:
        mark_processed(file_id)
        kinds = kind_label(report.kind).lower()
        after_write(t("import.done", count=count, kinds=kinds, file=report.file_name))


def _cbs_settings(file_name: str, filters: Filters | None, key: str) -> dict[str, Any]:
    """Table id, year, status, scope and area creation for a CBS import."""
    guessed = table_in_name(file_name) or ""
    cols = st.columns(3)
    table_id = cols[0].text_input(
        t("cbs.table"), guessed, key=f"{key}table", placeholder="85984NED"
    )
    year = cols[1].number_input(
        t("cbs.year"),
        1990,
        2100,
        KNOWN_TABLES.get(table_id.strip().upper(), 2024),
        key=f"{key}year",
    )
    status = cols[2].selectbox(
        t("cbs.status"), STATUSES, format_func=code_label, key=f"{key}status"
    )
    own_only = create = False
    if filters is not None:
        own_only = st.checkbox(
            t("cbs.own_only", municipality=filters.municipality_name),
            value=True,
            key=f"{key}own",
        )
        create = own_only and st.checkbox(t("cbs.create_areas"), value=True, key=f"{key}areas")
    return {
        "table_id": table_id,
        "year": int(year),
        "status": FigureStatus(status),
        "own_only": own_only,
        "create": create,
    }


def show_cbs_file(cbs: CbsFile) -> None:
    found = ", ".join(cbs.fields.get(group, "–") for group in ("low", "middle", "high"))
    st.caption(t("cbs.fields_found", fields=found))
    if cbs.suppressed:
        st.caption(plural("cbs.suppressed", cbs.suppressed))


def cbs_import(engine: Engine, filters: Filters | None) -> None:
    upload = checked_upload(
        t("cbs.upload"),
        ("csv",),
        MAX_CBS_BYTES,
        state.BEHEER_CBS_UPLOAD,
    )
    if upload is None:
        return
    if processed(upload.file_id):
        st.success(t("cbs.already_read", file=upload.name))
        return
    try:
        cbs = parse_statline_csv(upload.getvalue())
    except CbsImportError as error:
        st.error(error.message)
        return
    if cbs.problems:
        show_problems(cbs.problems, t("cbs.unreadable"))
        return
    show_cbs_file(cbs)
    settings = _cbs_settings(upload.name, filters, state.BEHEER_CBS_PREFIX)
    figures = _scoped(cbs, filters, settings)
    st.dataframe(_figures_frame(figures), hide_index=True, width="stretch")
    if st.button(plural("cbs.store", len(figures)), type="primary", disabled=not figures):
        _store(engine, figures, settings, filters, upload.file_id)


def _scoped(cbs: CbsFile, filters: Filters | None, settings: dict[str, Any]) -> tuple:
    if filters is not None and settings["own_only"]:
        return in_municipality(cbs.figures, filters.municipality_code)
    return cbs.figures


def _figures_frame(figures: tuple) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("cbs.column.region"): [f.region_code for f in figures],
            t("beheer.column.name"): [f.region_name or "" for f in figures],
            t("beheer.column.kind"): [code_label(f.region_kind.value) for f in figures],
            t("beheer.column.low"): [f.low for f in figures],
            t("beheer.column.middle"): [f.middle for f in figures],
            t("beheer.column.high"): [f.high for f in figures],
        }
    ).head(200)


def _store(
    engine: Engine,
    figures: tuple,
    settings: dict[str, Any],
    filters: Filters | None,
    file_id: str | None = None,
) -> None:
    try:
        summary = store_figures(
            engine,
            figures,
            year=settings["year"],
            table_id=settings["table_id"],
            status=settings["status"],
            create_areas_for=filters.municipality_code if filters and settings["create"] else None,
        )
    except CbsImportError as error:
        st.error(error.message)
        return
    if file_id is not None:
        mark_processed(file_id)
    after_write(
        t(
            "cbs.stored",
            inserted=summary.inserted,
            updated=summary.updated,
            areas=summary.areas_created,
        )
    )


def cbs_fetch(engine: Engine, filters: Filters | None) -> None:
    """Fetch the municipality's figures online (cbsodata) and store them in one go."""
    if filters is None:
        st.info(t("cbs.fetch.no_team"))
        return
    key = f"{state.BEHEER_CBS_PREFIX}online_"
    settings = _cbs_settings("", None, key) | {"own_only": True, "create": True}
    if not st.button(t("cbs.fetch.go", municipality=filters.municipality_name), key=f"{key}go"):
        return
    try:
        with st.spinner(t("cbs.fetch.busy")):
            cbs = parse_kwb_records(
                fetch_kwb_records(settings["table_id"], filters.municipality_code)
            )
    except CbsImportError as error:
        st.error(error.message)
        return
    if cbs.problems:
        show_problems(cbs.problems, t("cbs.fetch.unusable"))
        return
    _store(engine, in_municipality(cbs.figures, filters.municipality_code), settings, filters)
