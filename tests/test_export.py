"""Exports: every table to CSV and Excel, with spreadsheet formulas neutralised."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from sqlalchemy import Engine, update

from data_model.bulk import row_counts
from data_model.export import (
    EXPORT_NAMES,
    csv_bytes,
    csv_zip_bytes,
    export_frames,
    neutralise,
    xlsx_bytes,
)
from data_model.models import Member

DANGEROUS = '=HYPERLINK("http://example.invalid","klik")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+31612345678", "'+31612345678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("Anna Jansen", "Anna Jansen"),
        ("a=b", "a=b"),
        ("", ""),
        (None, None),
        (-5, -5),
        (0.8, 0.8),
    ],
)
def test_only_text_that_a_spreadsheet_would_run_gets_a_quote(
    value: object, expected: object
) -> None:
    assert neutralise(value) == expected


@pytest.fixture
def engine_with_formula(tiny_engine: Engine) -> Engine:
    with tiny_engine.begin() as conn:
        conn.execute(update(Member).where(Member.id == 1).values(display_name=DANGEROUS))
    return tiny_engine


def test_whole_store_export_has_every_table_with_every_row(tiny_engine: Engine) -> None:
    frames = export_frames(tiny_engine)
    counts = row_counts(tiny_engine)
    assert {name: len(frames[EXPORT_NAMES[name]]) for name in counts} == counts


def test_team_export_holds_only_that_teams_rows_and_its_municipality(tiny_engine: Engine) -> None:
    frames = export_frames(tiny_engine, team_id=1)
    assert {name: len(frame) for name, frame in frames.items()} == {
        "gemeenten": 1,
        "wijken_buurten": 3,
        "bevolking_opleiding": 5,  # Testdorp, its wijk and two buurten, and Nederland
        "teams": 1,
        "teamleden": 6,
        "casussen": 6,
        "toewijzingen": 10,
        "fasen": 12,
    }


def test_csv_is_for_dutch_excel_and_neutralises_formulas(engine_with_formula: Engine) -> None:
    members = export_frames(engine_with_formula, team_id=1)["teamleden"]
    text = csv_bytes(members).decode("utf-8-sig")
    header, anna = text.splitlines()[:2]
    assert header.startswith("id;team_id;display_name;pseudonym")
    assert anna.split(";")[2] == '"\'=HYPERLINK(""http://example.invalid"",""klik"")"'
    assert ";1,0;" in anna  # FTE with a decimal comma
    assert ";01-01-2020;" in anna  # started_on as dd-mm-jjjj


def test_excel_cells_hold_the_formula_as_text_and_dates_as_dates(
    engine_with_formula: Engine,
) -> None:
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(export_frames(engine_with_formula, 1))))
    sheet = book["teamleden"]
    header = [cell.value for cell in sheet[1]]
    anna = sheet[2]
    name_cell = anna[header.index("display_name")]
    start_cell = anna[header.index("started_on")]
    assert (name_cell.value, name_cell.data_type) == ("'" + DANGEROUS, "s")
    assert start_cell.value == dt.datetime(2020, 1, 1)
    assert start_cell.number_format == "DD-MM-YYYY"
    assert book.sheetnames == list(EXPORT_NAMES.values())


def test_zip_holds_one_csv_per_table(tiny_engine: Engine) -> None:
    with zipfile.ZipFile(io.BytesIO(csv_zip_bytes(export_frames(tiny_engine)))) as archive:
        assert sorted(archive.namelist()) == sorted(f"{n}.csv" for n in EXPORT_NAMES.values())
