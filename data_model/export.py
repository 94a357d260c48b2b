"""Every table to CSV and Excel, safe to open in a spreadsheet.

Text cells that start with `=`, `+`, `-`, `@` (or a tab or carriage return) could run as a
formula in Excel or LibreOffice; they are prefixed with a single quote. CSV files are for Dutch
Excel: `;`-separated, decimal comma, dates dd-mm-jjjj, UTF-8 with BOM.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
from sqlalchemy import ColumnElement, Date, Engine, Select, Table, or_, select

from data_model.bulk import TABLE_ORDER
from data_model.models import Base, Case, Municipality, PopulationEducation, Team
from data_model.validation import municipality_number

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
EXCEL_DATE_FORMAT = "DD-MM-YYYY"

# Dutch file and sheet names per table: part of the export format, the same in every language.
# On screen a table is called by its label (translation key export.table.<name>).
EXPORT_NAMES: dict[str, str] = {
    "municipality": "gemeenten",
    "area": "wijken_buurten",
    "population_education": "bevolking_opleiding",
    "team": "teams",
    "member": "teamleden",
    "case": "casussen",
    "assignment": "toewijzingen",
    "phase_period": "fasen",
}


def neutralise(value: object) -> object:
    """A text that a spreadsheet would read as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return QUOTE + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise).astype(object)
    return safe


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _team_query(name: str, team_id: int) -> Select:
    """Rows of one table that belong to the team (its municipality for shared tables)."""
    table = _table(name)
    municipality = select(Team.municipality_id).where(Team.id == team_id).scalar_subquery()
    cases = select(Case.id).where(Case.team_id == team_id)
    conditions: dict[str, Callable[[], ColumnElement[bool]]] = {
        "municipality": lambda: table.c.id == municipality,
        "area": lambda: table.c.municipality_id == municipality,
        "team": lambda: table.c.id == team_id,
        "member": lambda: table.c.team_id == team_id,
        "case": lambda: table.c.team_id == team_id,
        "assignment": lambda: table.c.case_id.in_(cases),
        "phase_period": lambda: table.c.case_id.in_(cases),
    }
    return select(table).where(conditions[name]()).order_by(table.c.id)


def _population_query(engine: Engine, team_id: int) -> Select:
    """Population rows of the team's municipality, its wijken and buurten, and Nederland."""
    with engine.connect() as conn:
        code = conn.execute(
            select(Municipality.cbs_code)
            .join(Team, Team.municipality_id == Municipality.id)
            .where(Team.id == team_id)
        ).scalar()
    number = municipality_number(code or "")
    region = PopulationEducation.region_code
    own = [region.like(f"{prefix}{number}%") for prefix in ("GM", "WK", "BU")] if number else []
    return (
        select(PopulationEducation)
        .where(or_(region.like("NL%"), *own))
        .order_by(PopulationEducation.id)
    )


def _read(engine: Engine, query: Select) -> pd.DataFrame:
    with engine.connect() as conn:
        return pd.read_sql(query, conn)


def export_table(engine: Engine, name: str, team_id: int | None = None) -> pd.DataFrame:
    """One table's rows (`name` as in the schema); with `team_id` only the team's share."""
    if team_id is None:
        query = select(_table(name)).order_by(*_table(name).primary_key.columns)
    elif name == "population_education":
        query = _population_query(engine, team_id)
    else:
        query = _team_query(name, team_id)
    return _with_dates(_read(engine, query), _table(name))


def export_frames(engine: Engine, team_id: int | None = None) -> dict[str, pd.DataFrame]:
    """Every table (Dutch name → rows); with `team_id` only what belongs to that team."""
    return {EXPORT_NAMES[name]: export_table(engine, name, team_id) for name in TABLE_ORDER}


def _with_dates(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    for column in table.columns:
        if isinstance(column.type, Date) and column.name in frame:
            frame[column.name] = pd.to_datetime(frame[column.name]).dt.date.astype(object)
            frame[column.name] = frame[column.name].where(frame[column.name].notna(), None)
    return frame


def _dutch_dates(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        values = out[column].dropna()
        if len(values) and all(hasattr(v, "strftime") for v in values):
            out[column] = out[column].map(lambda v: v.strftime("%d-%m-%Y") if v else None)
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """One table as CSV for Dutch Excel, with formulas neutralised."""
    safe = neutralise_frame(_dutch_dates(frame))
    return safe.to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig")


def xlsx_bytes(frames: Mapping[str, pd.DataFrame]) -> bytes:
    """All tables in one workbook, one sheet each, dates as dd-mm-jjjj, formulas neutralised."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in frames.items():
            neutralise_frame(frame).to_excel(writer, sheet_name=name[:31], index=False)
            _dutch_date_cells(writer.sheets[name[:31]])
    return buffer.getvalue()


def _dutch_date_cells(sheet: Any) -> None:
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.is_date:
                cell.number_format = EXCEL_DATE_FORMAT


def csv_zip_bytes(frames: Mapping[str, pd.DataFrame]) -> bytes:
    """All tables as CSV files in one zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, frame in frames.items():
            archive.writestr(f"{name}.csv", csv_bytes(frame))
    return buffer.getvalue()
