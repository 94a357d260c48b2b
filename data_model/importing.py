"""Importing members, cases, assignments and phase periods from CSV or Excel (.xlsx).

`prepare_import` reads the file, matches the columns (Dutch headers, field names or synonyms),
validates every row and resolves every reference, and reports each problem with row number,
column, value and reason. `commit_import` writes all rows in one transaction, or nothing: a file
with any bad row changes nothing. Row numbers are those of the spreadsheet (header = row 1).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import pandas as pd
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from data_model.columns import COLUMNS, IMPORTABLE, ROW_MODELS, HeaderMap, RecordKind, map_headers
from data_model.references import (
    TeamNotFound,
    load_reference_book,
    raw_keys,
    resolve_new_rows,
)
from data_model.validation import Problem, Row, RowInvalid, check_rows, is_blank
from data_model.writes import WriteError, database_message, insert_values, integrity_message
from i18n import number, t

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000
FILE_TYPES = ("csv", "xlsx")
XLSX_MAGIC = b"PK\x03\x04"
DATA_SHEET = "gegevens"


class ImportFileError(Exception):
    """The file cannot be read at all; `message` says why in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def upload_problem(file_name: str, size: int, allowed: Sequence[str], max_bytes: int) -> str | None:
    """A message when an upload is too big or of the wrong type, else None."""
    suffix = PurePath(file_name).suffix.lower().lstrip(".")
    if suffix not in allowed:
        kinds = f" {t('import.or')} ".join(f".{kind}" for kind in allowed)
        return t("import.upload.wrong_type", file=file_name, kinds=kinds)
    if size > max_bytes:
        megabytes = number(size / (1024 * 1024), 1)
        limit = number(max_bytes / (1024 * 1024), 0)
        return t("import.upload.too_big", file=file_name, size=megabytes, limit=limit)
    if size == 0:
        return t("import.upload.empty", file=file_name)
    return None


def _sniff_delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return max((";", ",", "\t"), key=first_line.count)


def read_csv(data: bytes) -> pd.DataFrame:
    """All cells as text; `;`, `,` or tab separated; UTF-8 (with BOM) or Windows-1252."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ImportFileError(t("import.file.not_text"))
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=_sniff_delimiter(text),
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error, ValueError) as error:
        raise ImportFileError(t("import.file.csv_unreadable", error=error)) from error


def read_xlsx(data: bytes) -> pd.DataFrame:
    """The sheet 'gegevens' (or else the first sheet) of an Excel file, cells as typed."""
    if not data.startswith(XLSX_MAGIC):
        raise ImportFileError(t("import.file.not_xlsx"))
    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=object, engine="openpyxl")
    except (ValueError, KeyError, OSError, zipfile.BadZipFile, InvalidFileException) as error:
        raise ImportFileError(t("import.file.xlsx_unreadable", error=error)) from error
    if not sheets:
        raise ImportFileError(t("import.file.no_sheets"))
    return sheets.get(DATA_SHEET, next(iter(sheets.values())))


def read_table(file_name: str, data: bytes) -> pd.DataFrame:
    suffix = PurePath(file_name).suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx(data)
    if suffix == ".csv":
        return read_csv(data)
    raise ImportFileError(t("import.file.choose_type"))


def _drop_empty_rows(table: pd.DataFrame) -> pd.DataFrame:
    blank = table.apply(lambda row: all(is_blank(value) for value in row), axis=1)
    return table[~blank] if len(table) else table


def _records(table: pd.DataFrame, kind: RecordKind, headers: HeaderMap) -> list[dict[str, Any]]:
    """One dict per row with every field of the kind; absent columns and empty cells → None."""
    empty = {column.field: None for column in COLUMNS[kind]}
    records = []
    for _, raw in table.iterrows():
        cells = {field: raw[header] for field, header in headers.fields.items()}
        records.append(empty | {f: None if is_blank(v) else v for f, v in cells.items()})
    return records


@dataclass(frozen=True)
class ImportReport:
    """What a file would import: rows (by row number) and every problem found."""

    kind: RecordKind
    file_name: str
    preview: pd.DataFrame
    rows: Mapping[int, Row] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    ignored_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


def _row_number(table: pd.DataFrame) -> Any:
    """Spreadsheet row number of the i-th record: header is row 1."""
    positions = [int(label) + 2 for label in table.index]
    return lambda index: positions[index]


def check_file(
    engine: Engine, kind: RecordKind, *, team_id: int, file_name: str, data: bytes
) -> ImportReport:
    """Read, validate and resolve a file for the team; never writes."""
    if kind not in IMPORTABLE:
        raise ValueError(f"{kind} cannot be imported")
    table = _drop_empty_rows(read_table(file_name, data))
    headers = map_headers(kind, [str(column) for column in table.columns])
    base = ImportReport(kind, file_name, table, ignored_columns=headers.ignored)
    if headers.problems:
        return _with(base, problems=headers.problems)
    if table.empty:
        return _with(base, problems=(Problem(None, "", "", t("import.file.no_rows")),))
    if len(table) > MAX_IMPORT_ROWS:
        reason = t("import.file.too_many_rows", max=MAX_IMPORT_ROWS)
        return _with(base, problems=(Problem(None, "", str(len(table)), reason),))
    rows, problems = _validate(engine, kind, team_id, table, headers)
    return _with(base, rows=rows, problems=tuple(problems))


def _validate(
    engine: Engine, kind: RecordKind, team_id: int, table: pd.DataFrame, headers: HeaderMap
) -> tuple[dict[int, Row], list[Problem]]:
    """Field checks on every row, then references and duplicates, all in one report."""
    number, label = _row_number(table), _column_label(kind, headers)
    records = _records(table, kind, headers)
    checked = check_rows(ROW_MODELS[kind], records, row_number=number, column_label=label)
    try:
        with engine.connect() as conn:
            book = load_reference_book(conn, team_id)
    except TeamNotFound:
        raise ImportFileError(t("writes.team_gone")) from None
    failed_keys = {i: raw_keys(kind, records[i], fields) for i, fields in checked.failed.items()}
    _, unresolved = resolve_new_rows(
        kind, checked.rows, book, row_number=number, column_label=label, failed_keys=failed_keys
    )
    return checked.rows, sorted([*checked.problems, *unresolved], key=lambda p: p.row or 0)


def _with(report: ImportReport, **changes: Any) -> ImportReport:
    return ImportReport(**{**report.__dict__, **changes})


def _column_label(kind: RecordKind, headers: HeaderMap) -> Any:
    """The column name as written in the user's file (the Dutch file header when absent)."""
    defaults = {column.field: column.header for column in COLUMNS[kind]}
    return lambda name: headers.fields.get(name, defaults.get(name, name))


def commit_import(engine: Engine, report: ImportReport, *, team_id: int) -> int:
    """Write every row of a clean report in one transaction; return the number of rows.

    References are resolved again inside the transaction, so a change made by someone else
    since the check refuses the whole import instead of writing half of it.
    """
    if not report.ok:
        raise WriteError(t("import.still_problems"))
    label = _column_label(report.kind, map_headers(report.kind, list(report.preview.columns)))
    number = _row_number(report.preview)
    try:
        with engine.begin() as conn:
            book = load_reference_book(conn, team_id)
            values, problems = resolve_new_rows(
                report.kind, report.rows, book, row_number=number, column_label=label
            )
            if problems:
                raise RowInvalid(problems)
            insert_values(conn, report.kind, values)
    except TeamNotFound:
        raise WriteError(t("import.team_gone")) from None
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error
    return len(values)


def template_frame(kind: RecordKind) -> pd.DataFrame:
    """An empty table with the Dutch headers of the kind (the file format, in any language)."""
    return pd.DataFrame({column.header: pd.Series(dtype=str) for column in COLUMNS[kind]})


def template_csv(kind: RecordKind) -> bytes:
    """Header row only, `;`-separated, UTF-8 with BOM so Excel opens it well."""
    return template_frame(kind).to_csv(sep=";", index=False).encode("utf-8-sig")


def explanation_frame(kind: RecordKind) -> pd.DataFrame:
    """What each column of the kind's file holds, in the user's language (headers stay Dutch)."""
    yes, no = t("common.yes"), t("import.explanation.no")
    return pd.DataFrame(
        {
            t("import.problems.column"): [c.header for c in COLUMNS[kind]],
            t("import.explanation.required"): [yes if c.required else no for c in COLUMNS[kind]],
            t("import.explanation.help"): [c.help_text() for c in COLUMNS[kind]],
            t("import.explanation.aliases"): [
                ", ".join((c.field, *c.aliases)) for c in COLUMNS[kind]
            ],
        }
    )


def template_xlsx(kind: RecordKind) -> bytes:
    """Sheet 'gegevens' with the headers, sheet 'toelichting' (in English 'explanation') with
    what each column holds."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        template_frame(kind).to_excel(writer, sheet_name=DATA_SHEET, index=False)
        sheet = t("import.explanation.sheet")
        explanation_frame(kind).to_excel(writer, sheet_name=sheet, index=False)
    return buffer.getvalue()


def problems_frame(problems: Sequence[Problem]) -> pd.DataFrame:
    """A problem report as a table: row, column, value and reason."""
    return pd.DataFrame(
        {
            t("import.problems.row"): ["–" if p.row is None else str(p.row) for p in problems],
            t("import.problems.column"): [p.column for p in problems],
            t("import.problems.value"): [p.value for p in problems],
            t("import.problems.reason"): [p.reason for p in problems],
        }
    )
