"""Population education from CBS *Kerncijfers wijken en buurten* (StatLine CSV or cbsodata).

The raw StatLine CSV is `;`-separated with quoted fields, region codes right-padded to ten
characters, numbers possibly space-padded and `.` for a suppressed value. Field keys carry a
numeric suffix that changes per year (`OpleidingsniveauLaag_64` in 2019–2022,
`BasisonderwijsVmboMbo1_67` in 2024), so fields are found by their stem, never by the suffix.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from data_model.audit import record_figures_import
from data_model.enums import AreaKind, FigureStatus, RegionKind
from data_model.models import Area, Municipality, PopulationEducation
from data_model.validation import Problem, municipality_number, region_kind_of, wijk_of
from data_model.writes import WriteError, database_message, integrity_message, new_id
from i18n import t

# The code the app uses for Nederland (analysis.reference.NETHERLANDS_CODE); KWB tables say NL00.
NETHERLANDS_CODE = "NL01"
NETHERLANDS_NAME = "Nederland"

# Stems of the three education counts, newest naming last.
EDUCATION_STEMS: dict[str, tuple[str, ...]] = {
    "low": ("OpleidingsniveauLaag", "BasisonderwijsVmboMbo1"),
    "middle": ("OpleidingsniveauMiddelbaar", "HavoVwoMbo24"),
    "high": ("OpleidingsniveauHoog", "HboWo"),
}
REGION_KEY_STEM = "WijkenEnBuurten"
CODE_STEM = "Codering"
MUNICIPALITY_NAME_STEM = "Gemeentenaam"

# Kerncijfers wijken en buurten, one table per year (DESIGN.md §2).
KNOWN_TABLES: dict[str, int] = {
    "84583NED": 2019,
    "84799NED": 2020,
    "85039NED": 2021,
    "85318NED": 2022,
    "85618NED": 2023,
    "85984NED": 2024,
}
TABLE_ID = re.compile(r"\d{5}NED")
REGION_CODE = re.compile(r"NL\d{2}|GM\d{4}|WK\d{6}|BU\d{8}")


class CbsImportError(Exception):
    """The CBS figures could not be read or fetched; `message` says why in the user's
    language."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class Figure:
    """One region's education counts from the file (None = suppressed)."""

    row: int
    region_code: str
    region_kind: RegionKind
    region_name: str | None
    low: int | None
    middle: int | None
    high: int | None


@dataclass(frozen=True)
class CbsFile:
    figures: tuple[Figure, ...]
    problems: tuple[Problem, ...]
    fields: Mapping[str, str]  # low/middle/high → the field key found in the file
    suppressed: int  # regions with all three counts suppressed (left out)


@dataclass(frozen=True)
class CbsImportSummary:
    inserted: int
    updated: int
    areas_created: int


def field_stem(key: str) -> str:
    """`OpleidingsniveauLaag_64` → `OpleidingsniveauLaag`; `HavoVwoMbo24_68` → `HavoVwoMbo24`."""
    return re.sub(r"_\d+$", "", key.strip())


def find_fields(keys: Iterable[str]) -> dict[str, str]:
    """The actual key per wanted stem (education groups and the region columns)."""
    by_stem = {field_stem(key): key for key in keys}
    found = {
        group: next(by_stem[s] for s in stems if s in by_stem)
        for group, stems in EDUCATION_STEMS.items()
        if any(s in by_stem for s in stems)
    }
    for name, stem in (
        ("region", REGION_KEY_STEM),
        ("code", CODE_STEM),
        ("municipality_name", MUNICIPALITY_NAME_STEM),
    ):
        if stem in by_stem:
            found[name] = by_stem[stem]
    return found


def table_year(table_id: str) -> int | None:
    return KNOWN_TABLES.get(table_id.strip().upper())


def table_in_name(file_name: str) -> str | None:
    """The table id in a download's file name, e.g. '84799NED_UntypedDataSet_….csv'."""
    match = re.search(r"\d{5}NED", file_name.upper())
    return match.group(0) if match else None


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM); older downloads in Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_statline_csv(data: bytes) -> list[dict[str, str]]:
    """The rows of a StatLine CSV as dicts of raw strings."""
    text = decode_text(data)
    if "\x00" in text:
        raise CbsImportError(t("cbs.not_text"))
    reader = csv.DictReader(io.StringIO(text), delimiter=";", quotechar='"')
    if not reader.fieldnames or len(reader.fieldnames) < 2:
        raise CbsImportError(t("cbs.not_statline"))
    return [dict(row) for row in reader]


def parse_count(value: object) -> int | None:
    """A space-padded count; '.' (suppressed) or empty → None; raises ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip()
        if text in ("", "."):
            return None
        number = float(text)
    if number != number:  # NaN from cbsodata
        return None
    if number < 0 or number != int(number):
        raise ValueError(value)
    return int(number)


def _region(record: Mapping[str, Any], fields: Mapping[str, str]) -> tuple[str, str | None]:
    """Region code and, when the record carries one, the region's own name."""
    key = str(record.get(fields.get("region", ""), "") or "").strip()
    code = str(record.get(fields.get("code", ""), "") or "").strip().upper()
    if not code:
        code = key.upper()
    title = key if key and key.upper() != code else None
    if code.startswith("NL"):
        return NETHERLANDS_CODE, title or NETHERLANDS_NAME
    if code.startswith("GM") and title is None:
        title = str(record.get(fields.get("municipality_name", ""), "") or "").strip() or None
    return code, title


def _missing_columns(fields: Mapping[str, str]) -> list[Problem]:
    problems = [
        Problem(1, EDUCATION_STEMS[group][-1], "", t("cbs.education_column_missing"))
        for group in EDUCATION_STEMS
        if group not in fields
    ]
    if "region" not in fields and "code" not in fields:
        problems.append(Problem(1, REGION_KEY_STEM, "", t("cbs.region_column_missing")))
    return problems


def parse_kwb_records(records: Sequence[Mapping[str, Any]]) -> CbsFile:
    """Education counts per region from StatLine CSV rows or cbsodata records."""
    fields = find_fields(records[0].keys()) if records else {}
    missing = _missing_columns(fields)
    if not records or missing:
        reason = missing or [Problem(None, "", "", t("cbs.no_regions"))]
        return CbsFile((), tuple(reason), fields, 0)
    figures: list[Figure] = []
    problems: list[Problem] = []
    suppressed = 0
    for index, record in enumerate(records):
        row = index + 2  # header is line 1
        code, name = _region(record, fields)
        if not REGION_CODE.fullmatch(code):
            column = fields.get("code") or t("cbs.column.region")
            problems.append(Problem(row, column, code, t("cbs.unknown_region_code")))
            continue
        counts: dict[str, int | None] = {}
        for group in EDUCATION_STEMS:
            raw = record.get(fields[group])
            try:
                counts[group] = parse_count(raw)
            except ValueError:
                problems.append(Problem(row, fields[group], str(raw).strip(), t("cbs.not_a_count")))
        if len(counts) < 3:
            continue
        if all(value is None for value in counts.values()):
            suppressed += 1
            continue
        figures.append(Figure(row, code, region_kind_of(code), name, **counts))
    return CbsFile(tuple(figures), tuple(problems), fields, suppressed)


def parse_statline_csv(data: bytes) -> CbsFile:
    return parse_kwb_records(read_statline_csv(data))


def in_municipality(figures: Iterable[Figure], municipality_code: str) -> tuple[Figure, ...]:
    """Nederland plus the municipality's own regions (gemeente, wijken, buurten)."""
    number = municipality_number(municipality_code)
    return tuple(
        f
        for f in figures
        if f.region_kind == RegionKind.COUNTRY or municipality_number(f.region_code) == number
    )


def check_table_id(table_id: str) -> str:
    table = table_id.strip().upper()
    if not TABLE_ID.fullmatch(table):
        raise CbsImportError(t("cbs.table_id"))
    return table


def _names_in_store(conn: Connection, codes: Sequence[str]) -> dict[str, str]:
    areas = conn.execute(select(Area.cbs_code, Area.name).where(Area.cbs_code.in_(codes)))
    towns = conn.execute(
        select(Municipality.cbs_code, Municipality.name).where(Municipality.cbs_code.in_(codes))
    )
    return {**dict(towns.all()), **dict(areas.all())}


def _population_values(
    figure: Figure, names: Mapping[str, str], year: int, source: str, status: FigureStatus
) -> dict[str, Any]:
    return {
        "region_code": figure.region_code,
        "region_name": (figure.region_name or names.get(figure.region_code) or figure.region_code)[
            :100
        ],
        "region_kind": figure.region_kind,
        "year": year,
        "low": figure.low,
        "middle": figure.middle,
        "high": figure.high,
        "source": source,
        "status": status,
    }


def _upsert(conn: Connection, rows: Sequence[dict[str, Any]], year: int, source: str) -> int:
    """Insert new (region, year, source) rows and update existing ones; return updates."""
    table = PopulationEducation
    keys = [(row["region_code"], year, source) for row in rows]
    existing = dict(
        conn.execute(
            select(table.region_code, table.id).where(
                tuple_(table.region_code, table.year, table.source).in_(keys)
            )
        ).all()
    )
    for row in rows:
        if row["region_code"] in existing:
            conn.execute(
                update(table)
                .where(table.id == existing[row["region_code"]])
                .values(**row, version=table.version + 1)
            )
        else:
            conn.execute(insert(table).values(**row))
    return len(existing)


def _create_areas(conn: Connection, figures: Sequence[Figure], municipality_code: str) -> int:
    """Add the municipality's wijken and buurten that the store does not know yet."""
    municipality_id = conn.execute(
        select(Municipality.id).where(Municipality.cbs_code == municipality_code)
    ).scalar()
    if municipality_id is None:
        return 0
    known = dict(
        conn.execute(
            select(Area.cbs_code, Area.id).where(Area.municipality_id == municipality_id)
        ).all()
    )
    created = 0
    for kind in (RegionKind.WIJK, RegionKind.BUURT):
        for figure in figures:
            if figure.region_kind != kind or figure.region_code in known:
                continue
            parent = known.get(wijk_of(figure.region_code)) if kind == RegionKind.BUURT else None
            known[figure.region_code] = new_id(
                conn.execute(
                    insert(Area).values(
                        municipality_id=municipality_id,
                        parent_id=parent,
                        cbs_code=figure.region_code,
                        name=(figure.region_name or figure.region_code)[:100],
                        kind=AreaKind(kind.value),
                    )
                )
            )
            created += 1
    return created


def store_figures(
    engine: Engine,
    figures: Sequence[Figure],
    *,
    year: int,
    table_id: str,
    status: FigureStatus,
    create_areas_for: str | None = None,
) -> CbsImportSummary:
    """Upsert the figures per (region, year, source) in one transaction.

    With `create_areas_for` (a GM code) the municipality's missing wijken and buurten are added
    too, so cases can refer to them.
    """
    if status == FigureStatus.FICTIONAL:
        raise CbsImportError(t("cbs.status_not_fictional"))
    if not 1990 <= year <= 2100:
        raise CbsImportError(t("cbs.year_range"))
    source = f"CBS {check_table_id(table_id)}"
    try:
        with engine.begin() as conn:
            areas = _create_areas(conn, figures, create_areas_for) if create_areas_for else 0
            names = _names_in_store(conn, [f.region_code for f in figures])
            rows = [_population_values(f, names, year, source, status) for f in figures]
            updated = _upsert(conn, rows, year, source)
            record_figures_import(
                conn, source=source, year=year, new=len(rows) - updated, updated=updated
            )
    except IntegrityError as error:
        raise _as_cbs_error(integrity_message(error)) from error
    except SQLAlchemyError as error:
        raise _as_cbs_error(database_message(error)) from error
    return CbsImportSummary(len(rows) - updated, updated, areas)


def _as_cbs_error(error: WriteError) -> CbsImportError:
    return CbsImportError(error.message, error.detail)


def _region_filter(municipality_code: str) -> str:
    number = municipality_number(municipality_code)
    parts = [f"startswith(WijkenEnBuurten,'{prefix}{number}')" for prefix in ("GM", "WK", "BU")]
    return " or ".join([*parts, "startswith(WijkenEnBuurten,'NL')"])


def fetch_kwb_records(table_id: str, municipality_code: str) -> list[dict[str, Any]]:
    """Fetch the municipality's rows (and Nederland) online through the cbsodata package."""
    table = check_table_id(table_id)
    if not re.fullmatch(r"GM\d{4}", municipality_code):
        raise CbsImportError(t("cbs.municipality_code"))
    try:
        import cbsodata
    except ImportError:
        raise CbsImportError(t("cbs.no_cbsodata")) from None
    try:
        records = cbsodata.get_data(table, filters=_region_filter(municipality_code))
    except Exception as error:  # requests, JSON and HTTP errors all mean: not fetched
        raise CbsImportError(t("cbs.fetch_failed", table=table), detail=str(error)) from error
    return [dict(record) for record in records]
