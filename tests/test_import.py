"""Importing team files: good CSV and Excel files land exactly; a bad file changes nothing.

Team 1 of the tiny fixture (Testteam, Testdorp GM9991) has members T-01…T-06, cases TD-001…
TD-006 and areas WK999101, BU99910101, BU99910102. Row numbers are spreadsheet rows (header 1).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine, insert, select

from data_model.backup import store_checksum
from data_model.bulk import row_counts
from data_model.columns import RecordKind
from data_model.enums import EducationLevel
from data_model.importing import (
    ImportFileError,
    check_file,
    commit_import,
    template_csv,
    template_xlsx,
    upload_problem,
)
from data_model.models import Assignment, Case, Member, PhasePeriod
from data_model.validation import RowInvalid
from data_model.writes import WriteError, create_team

D = dt.date
TEAM = 1


def csv_file(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_file(header: list[str], *rows: list[Any]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def import_file(engine: Engine, kind: RecordKind, name: str, data: bytes, team: int = TEAM) -> int:
    report = check_file(engine, kind, team_id=team, file_name=name, data=data)
    assert report.problems == ()
    return commit_import(engine, report, team_id=team)


def members_by_pseudonym(engine: Engine, *pseudonyms: str) -> dict[str, tuple]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Member.pseudonym,
                Member.display_name,
                Member.education_level,
                Member.discipline,
                Member.kind,
                Member.fte,
                Member.registration,
                Member.registration_valid_until,
                Member.started_on,
                Member.ended_on,
                Member.years_experience,
                Member.team_id,
            ).where(Member.pseudonym.in_(pseudonyms))
        ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


# --- good files -----------------------------------------------------------------------------


def test_csv_with_dutch_headers_and_dutch_dates_imports_exactly_those_members(
    tiny_engine: Engine,
) -> None:
    data = csv_file(
        "naam;pseudoniem;opleiding;discipline;soort;fte;registratie;"
        "registratie_geldig_tot;startdatum;einddatum;jaren_ervaring",
        "Ines Dekker;N-01;MBO 4;Maatschappelijk werker;;0,8;;;01-02-2024;;3",
        "Joost Vos;N-02;hbo;Jeugd- en gezinsprofessional;professional;1;SKJ;"
        "31-12-2028;1-9-2023;30-06-2026;12",
    )
    assert import_file(tiny_engine, RecordKind.MEMBER, "team.csv", data) == 2
    assert members_by_pseudonym(tiny_engine, "N-01", "N-02") == {
        "N-01": (
            "Ines Dekker",
            "mbo4",
            "maatschappelijk_werker",
            "professional",
            0.8,
            "geen",
            None,
            D(2024, 2, 1),
            None,
            3,
            TEAM,
        ),
        "N-02": (
            "Joost Vos",
            "hbo_bachelor",
            "jeugd_gezinsprofessional",
            "professional",
            1.0,
            "skj",
            D(2028, 12, 31),
            D(2023, 9, 1),
            D(2026, 6, 30),
            12,
            TEAM,
        ),
    }


def test_xlsx_with_internal_names_date_cells_and_iso_text_imports_members(
    tiny_engine: Engine,
) -> None:
    data = xlsx_file(
        ["display_name", "pseudonym", "education_level", "discipline", "fte", "started_on"],
        ["Kees Mol", "N-03", "wo_master", "gedragswetenschapper", 0.6, dt.datetime(2025, 3, 1)],
        ["Lies Bos", "N-04", "none", "ervaringsdeskundige", 0.2, "2025-04-15"],
    )
    assert import_file(tiny_engine, RecordKind.MEMBER, "team.xlsx", data) == 2
    rows = members_by_pseudonym(tiny_engine, "N-03", "N-04")
    assert rows["N-03"][1:3] == ("wo_master", "gedragswetenschapper")
    assert rows["N-03"][7] == D(2025, 3, 1)
    assert rows["N-04"][4:8] == (0.2, "geen", None, D(2025, 4, 15))


def test_cases_csv_with_iso_dates_areas_and_risk_flags(tiny_engine: Engine) -> None:
    data = csv_file(
        "casuscode,gebiedscode,doelgroep,complexiteit,risicos,geopend_op,gesloten_op,uitkomst",
        "TD-101,BU99910101,jeugd,meervoudig,crisis; veiligheidsrisico,2026-01-05,,",
        "TD-102,,volwassene,,,2025-11-01,2026-02-28,Zelfredzaam",
    )
    assert import_file(tiny_engine, RecordKind.CASE, "casussen.csv", data) == 2
    with tiny_engine.connect() as conn:
        rows = conn.execute(
            select(
                Case.code,
                Case.area_id,
                Case.complexity,
                Case.risk_flags,
                Case.opened_on,
                Case.closed_on,
                Case.outcome,
            )
            .where(Case.code.in_(["TD-101", "TD-102"]))
            .order_by(Case.code)
        ).all()
    assert [tuple(r) for r in rows] == [
        (
            "TD-101",
            2,
            "meervoudig_complex",
            "crisis,veiligheidsrisico",
            D(2026, 1, 5),
            None,
            "lopend",
        ),
        ("TD-102", None, "enkelvoudig", "", D(2025, 11, 1), D(2026, 2, 28), "zelfredzaam"),
    ]


def test_assignments_xlsx_refers_to_cases_by_code_and_members_by_pseudonym(
    tiny_engine: Engine,
) -> None:
    data = xlsx_file(
        ["casuscode", "pseudoniem", "rol", "startdatum", "einddatum"],
        ["TD-003", "T-03", "Begeleiding", "01-04-2026", None],
        ["TD-006", "T-02", "consult", dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 31)],
    )
    assert import_file(tiny_engine, RecordKind.ASSIGNMENT, "toewijzingen.xlsx", data) == 2
    with tiny_engine.connect() as conn:
        rows = conn.execute(
            select(
                Assignment.case_id,
                Assignment.member_id,
                Assignment.role,
                Assignment.started_on,
                Assignment.ended_on,
            ).where(Assignment.id > 12)
        ).all()
    assert sorted(tuple(r) for r in rows) == [
        (3, 3, "begeleiding", D(2026, 4, 1), None),
        (6, 2, "consult", D(2026, 1, 1), D(2026, 1, 31)),
    ]


def test_phases_csv_with_dutch_dates(tiny_engine: Engine) -> None:
    data = csv_file("casuscode;fase;startdatum;einddatum", "TD-004;Verkenning;01-03-2026;")
    assert import_file(tiny_engine, RecordKind.PHASE, "fasen.csv", data) == 1
    with tiny_engine.connect() as conn:
        row = conn.execute(
            select(PhasePeriod.case_id, PhasePeriod.phase, PhasePeriod.started_on).where(
                PhasePeriod.id == 14
            )
        ).one()
    assert tuple(row) == (4, "toeleiding", D(2026, 3, 1))


def test_empty_store_gets_team_members_cases_and_assignments_from_files(
    empty_engine: Engine,
) -> None:
    team = create_team(
        empty_engine,
        municipality_code="GM0523",
        municipality_name="Hardinxveld-Giessendam",
        team_name="Sociaal team",
    )
    members = csv_file(
        "naam;pseudoniem;opleiding;discipline;fte;startdatum",
        "A;M-1;mbo4;maatschappelijk_werker;1;01-01-2025",
        "B;M-2;hbo_bachelor;wmo_consulent;0,8;01-01-2025",
    )
    cases = csv_file("casuscode;doelgroep;geopend_op", "C-1;gezin;01-02-2025")
    links = csv_file(
        "casuscode;pseudoniem;rol;startdatum",
        "C-1;M-1;regie;01-02-2025",
        "C-1;M-2;begeleiding;01-02-2025",
    )
    import_file(empty_engine, RecordKind.MEMBER, "m.csv", members, team)
    import_file(empty_engine, RecordKind.CASE, "c.csv", cases, team)
    import_file(empty_engine, RecordKind.ASSIGNMENT, "a.csv", links, team)
    counts = row_counts(empty_engine)
    assert (counts["team"], counts["member"], counts["case"], counts["assignment"]) == (1, 2, 1, 2)


# --- bad files: the right row, column and reason, and nothing changes -----------------------

MEMBER_HEADER = "naam;pseudoniem;opleiding;discipline;fte;startdatum;einddatum"
GOOD_MEMBER = "Goed Lid;N-10;mbo4;maatschappelijk_werker;1;01-01-2025;"
CASE_HEADER = "casuscode;gebiedscode;doelgroep;geopend_op;gesloten_op;uitkomst"
LINK_HEADER = "casuscode;pseudoniem;rol;startdatum;einddatum"

BAD_FILES = [
    pytest.param(
        RecordKind.MEMBER,
        [MEMBER_HEADER, GOOD_MEMBER, "Fout;N-11;master;maatschappelijk_werker;1;01-01-2025;"],
        (3, "opleiding", "master", "onbekende code"),
        id="unknown code",
    ),
    pytest.param(
        RecordKind.MEMBER,
        [MEMBER_HEADER, "Fout;N-11;mbo4;maatschappelijk_werker;1;31-02-2025;"],
        (2, "startdatum", "31-02-2025", "deze datum bestaat niet"),
        id="date that does not exist",
    ),
    pytest.param(
        RecordKind.MEMBER,
        [MEMBER_HEADER, "Fout;N-11;mbo4;maatschappelijk_werker;1;maart 2025;"],
        (2, "startdatum", "maart 2025", "geen geldige datum"),
        id="bad date",
    ),
    pytest.param(
        RecordKind.MEMBER,
        [
            MEMBER_HEADER,
            GOOD_MEMBER,
            "Fout;N-11;mbo4;maatschappelijk_werker;1;01-06-2025;31-05-2025",
        ],
        (3, "einddatum", "31-05-2025", "einddatum ligt vóór de startdatum"),
        id="end before start",
    ),
    pytest.param(
        RecordKind.MEMBER,
        [MEMBER_HEADER, "Fout;N-11;mbo4;maatschappelijk_werker;1,8;01-01-2025;"],
        (2, "fte", "1,8", "FTE moet groter dan 0 en ten hoogste 1,5 zijn"),
        id="FTE out of range",
    ),
    pytest.param(
        RecordKind.MEMBER,
        [MEMBER_HEADER, "Dubbel;T-01;mbo4;maatschappelijk_werker;1;01-01-2025;"],
        (2, "pseudoniem", "T-01", "dit pseudoniem bestaat al in het team"),
        id="pseudonym already in team",
    ),
    pytest.param(
        RecordKind.MEMBER,
        ["naam;pseudoniem;opleiding;discipline;fte", "Fout;N-11;mbo4;maatschappelijk_werker;1"],
        (1, "startdatum", "", "verplichte kolom ontbreekt"),
        id="required column missing",
    ),
    pytest.param(
        RecordKind.MEMBER,
        [MEMBER_HEADER, ";N-11;mbo4;maatschappelijk_werker;1;01-01-2025;"],
        (2, "naam", "", "verplicht veld is leeg"),
        id="required value empty",
    ),
    pytest.param(
        RecordKind.CASE,
        [CASE_HEADER, "TD-001;;jeugd;01-01-2026;;"],
        (2, "casuscode", "TD-001", "dubbele casuscode"),
        id="case code already in team",
    ),
    pytest.param(
        RecordKind.CASE,
        [CASE_HEADER, "TD-201;;jeugd;01-01-2026;;", "TD-201;;gezin;01-02-2026;;"],
        (3, "casuscode", "TD-201", "dubbel in het bestand: ook in rij 2"),
        id="case code twice in file",
    ),
    pytest.param(
        RecordKind.CASE,
        [CASE_HEADER, "TD-201;BU12345678;jeugd;01-01-2026;;"],
        (2, "gebiedscode", "BU12345678", "onbekende wijk of buurt"),
        id="unknown area",
    ),
    pytest.param(
        RecordKind.CASE,
        [CASE_HEADER, "TD-201;;jeugd;01-01-2026;01-03-2026;lopend"],
        (2, "uitkomst", "lopend", "een gesloten casus kan niet 'lopend' zijn"),
        id="closed case still ongoing",
    ),
    pytest.param(
        RecordKind.ASSIGNMENT,
        [LINK_HEADER, "TD-001;T-01;regie;01-01-2026;", "TD-001;X-99;regie;01-01-2026;"],
        (3, "pseudoniem", "X-99", "onbekend teamlid"),
        id="unknown member",
    ),
    pytest.param(
        RecordKind.ASSIGNMENT,
        [LINK_HEADER, "VS-101;T-01;regie;01-01-2026;"],
        (2, "casuscode", "VS-101", "onbekende casuscode in dit team"),
        id="case of another team",
    ),
    pytest.param(
        RecordKind.PHASE,
        ["casuscode;fase;startdatum;einddatum", "TD-001;afronding;01-01-2026;"],
        (2, "fase", "afronding", "onbekende code"),
        id="unknown phase",
    ),
]


@pytest.mark.parametrize(("kind", "lines", "expected"), BAD_FILES)
def test_bad_file_reports_row_column_value_reason_and_changes_nothing(
    tiny_engine: Engine, kind: RecordKind, lines: list[str], expected: tuple
) -> None:
    before = (row_counts(tiny_engine), store_checksum(tiny_engine))
    report = check_file(
        tiny_engine, kind, team_id=TEAM, file_name="fout.csv", data=csv_file(*lines)
    )
    row, column, value, reason = expected
    found = [(p.row, p.column, p.value) for p in report.problems if reason in p.reason]
    assert found == [(row, column, value)], report.problems
    assert not report.ok
    with pytest.raises(WriteError):
        commit_import(tiny_engine, report, team_id=TEAM)
    assert (row_counts(tiny_engine), store_checksum(tiny_engine)) == before


def test_every_problem_in_a_file_is_reported_not_just_the_first(tiny_engine: Engine) -> None:
    data = csv_file(
        MEMBER_HEADER,
        "Fout;N-11;master;maatschappelijk_werker;2;01-01-2025;",
        "Fout;N-12;mbo4;kok;1;gisteren;",
    )
    report = check_file(tiny_engine, RecordKind.MEMBER, team_id=TEAM, file_name="f.csv", data=data)
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "opleiding"),
        (2, "fte"),
        (3, "discipline"),
        (3, "startdatum"),
    ]


def test_blank_lines_do_not_shift_row_numbers(tiny_engine: Engine) -> None:
    data = csv_file(
        MEMBER_HEADER, GOOD_MEMBER, "", "Fout;N-11;mbo4;maatschappelijk_werker;9;01-01-2025;"
    )
    report = check_file(tiny_engine, RecordKind.MEMBER, team_id=TEAM, file_name="f.csv", data=data)
    assert [(p.row, p.column) for p in report.problems] == [(4, "fte")]


def test_a_change_by_someone_else_before_commit_refuses_the_whole_import(
    tiny_engine: Engine,
) -> None:
    data = csv_file(
        MEMBER_HEADER, GOOD_MEMBER, "Ander;N-12;mbo3;maatschappelijk_werker;1;01-01-2025;"
    )
    report = check_file(tiny_engine, RecordKind.MEMBER, team_id=TEAM, file_name="f.csv", data=data)
    assert report.ok
    with tiny_engine.begin() as conn:  # someone else adds N-12 meanwhile
        conn.execute(
            insert(Member).values(
                team_id=TEAM,
                display_name="Snel",
                pseudonym="N-12",
                education_level="mbo4",
                discipline="overig",
                kind="professional",
                fte=1.0,
                started_on=D(2025, 1, 1),
            )
        )
    before = store_checksum(tiny_engine)
    with pytest.raises(RowInvalid) as refused:
        commit_import(tiny_engine, report, team_id=TEAM)
    assert [(p.row, p.column) for p in refused.value.problems] == [(3, "pseudoniem")]
    assert store_checksum(tiny_engine) == before


def test_xlsx_name_with_other_content_is_refused_in_dutch(tiny_engine: Engine) -> None:
    with pytest.raises(ImportFileError, match="geen Excel-bestand"):
        check_file(tiny_engine, RecordKind.MEMBER, team_id=TEAM, file_name="x.xlsx", data=b"a;b\n")


def test_file_with_only_a_header_says_there_are_no_rows(tiny_engine: Engine) -> None:
    report = check_file(
        tiny_engine,
        RecordKind.MEMBER,
        team_id=TEAM,
        file_name="leeg.csv",
        data=template_csv(RecordKind.MEMBER),
    )
    assert [p.reason for p in report.problems] == ["het bestand bevat geen rijen"]


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        ("team.pdf", 100, "verkeerde type"),
        ("team.csv", 6 * 1024 * 1024, "te groot (6,0 MB); de grens is 5 MB"),
        ("team.xlsx", 0, "is leeg"),
    ],
)
def test_upload_of_wrong_type_or_size_gets_a_clear_message(
    name: str, size: int, message: str
) -> None:
    problem = upload_problem(name, size, ("csv", "xlsx"), 5 * 1024 * 1024)
    assert problem is not None and message in problem


def test_upload_of_right_type_and_size_passes() -> None:
    assert upload_problem("Team.XLSX", 2048, ("csv", "xlsx"), 5 * 1024 * 1024) is None


@pytest.mark.parametrize("kind", [RecordKind.MEMBER, RecordKind.CASE, RecordKind.ASSIGNMENT])
def test_filled_in_template_imports(tiny_engine: Engine, kind: RecordKind) -> None:
    book = openpyxl.load_workbook(io.BytesIO(template_xlsx(kind)))
    header = [cell.value for cell in book["gegevens"][1]]
    examples: dict[RecordKind, dict[str, object]] = {
        RecordKind.MEMBER: {
            "naam": "X",
            "pseudoniem": "N-20",
            "opleiding": "mbo2",
            "discipline": "vrijwilliger",
            "fte": 0.1,
            "startdatum": "01-01-2026",
        },
        RecordKind.CASE: {"casuscode": "TD-300", "doelgroep": "oudere", "geopend_op": "01-01-2026"},
        RecordKind.ASSIGNMENT: {
            "casuscode": "TD-001",
            "pseudoniem": "T-05",
            "rol": "consult",
            "startdatum": "01-01-2026",
        },
    }
    example = examples[kind]
    book["gegevens"].append([example.get(str(column)) for column in header])
    buffer = io.BytesIO()
    book.save(buffer)
    assert import_file(tiny_engine, kind, "sjabloon.xlsx", buffer.getvalue()) == 1


def test_damaged_excel_file_is_refused_in_dutch(tiny_engine: Engine) -> None:
    with pytest.raises(ImportFileError, match="kan niet worden gelezen"):
        check_file(
            tiny_engine,
            RecordKind.MEMBER,
            team_id=TEAM,
            file_name="kapot.xlsx",
            data=b"PK\x03\x04" + b"rommel" * 20,
        )


def test_a_row_with_a_bad_field_still_gets_its_references_checked(tiny_engine: Engine) -> None:
    data = csv_file(MEMBER_HEADER, "Jan Wit;T-01;master;maatschappelijk_werker;1,8;01-01-2026;")
    report = check_file(tiny_engine, RecordKind.MEMBER, team_id=TEAM, file_name="f.csv", data=data)
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (2, "opleiding", "onbekende code; kies uit: " + ", ".join(e.value for e in EducationLevel)),
        (2, "fte", "FTE moet groter dan 0 en ten hoogste 1,5 zijn (bijv. 0,8)"),
        (2, "pseudoniem", "dit pseudoniem bestaat al in het team"),
    ]


def test_duplicates_count_rows_that_have_other_errors_too(tiny_engine: Engine) -> None:
    data = csv_file(CASE_HEADER, "TD-201;;kind;01-01-2026;;", "TD-201;;gezin;01-02-2026;;")
    report = check_file(tiny_engine, RecordKind.CASE, team_id=TEAM, file_name="f.csv", data=data)
    assert [(p.row, p.column, p.value) for p in report.problems] == [
        (2, "doelgroep", "kind"),
        (3, "casuscode", "TD-201"),
    ]
