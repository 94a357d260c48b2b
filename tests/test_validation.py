"""Field parsing for entering and importing: lenient on form, strict on meaning, Dutch reasons."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from pydantic_core import PydanticCustomError

from data_model.columns import RecordKind
from data_model.enums import Discipline, EducationLevel, Role
from data_model.validation import (
    MemberRow,
    parse_code,
    parse_date,
    parse_number,
    risk_flags_value,
)
from ui.editor_changes import edits_from_editor

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01-02-2024", D(2024, 2, 1)),
        ("1-2-2024", D(2024, 2, 1)),
        ("01/02/2024", D(2024, 2, 1)),
        ("01.02.2024", D(2024, 2, 1)),
        ("2024-02-01", D(2024, 2, 1)),
        ("2024-02-01 00:00:00", D(2024, 2, 1)),
        ("2024-02-01T00:00:00", D(2024, 2, 1)),
        (dt.datetime(2024, 2, 1, 0, 0), D(2024, 2, 1)),
        (pd.Timestamp("2024-02-01"), D(2024, 2, 1)),
        ("", None),
        (None, None),
        (pd.NaT, None),
    ],
)
def test_dutch_and_iso_dates_are_read(text: object, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("01-02-24", "vier cijfers"),
        ("30-02-2024", "bestaat niet"),
        ("2024-13-01", "bestaat niet"),
        ("1 februari 2024", "dd-mm-jjjj"),
        ("02/01/2024 10:30", "dd-mm-jjjj"),
        (45321, "dd-mm-jjjj"),
    ],
)
def test_unreadable_dates_get_a_dutch_reason(text: object, reason: str) -> None:
    with pytest.raises(PydanticCustomError) as error:
        parse_date(text)
    assert reason in error.value.message()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0,8", 0.8), ("0.8", 0.8), (" 1 ", 1.0), ("1.234,5", 1234.5), (2, 2.0), ("", None)],
)
def test_numbers_with_decimal_comma_or_point(text: object, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("enum_cls", "text", "expected"),
    [
        (EducationLevel, "MBO 4", EducationLevel.MBO4),
        (EducationLevel, "hbo", EducationLevel.HBO_BACHELOR),
        (EducationLevel, "Geen diploma", EducationLevel.NONE),
        (Discipline, "Cliëntondersteuner", Discipline.CLIENT_SUPPORT),
        (Discipline, "Jeugd- en gezinsprofessional", Discipline.YOUTH_FAMILY),
        (Role, "Regierol", Role.LEAD),
    ],
)
def test_dutch_labels_are_understood_as_codes(enum_cls: type, text: str, expected: object) -> None:
    assert parse_code(enum_cls, text) == expected


def test_risk_flags_are_normalised_and_deduplicated() -> None:
    assert risk_flags_value("Crisis; veiligheidsrisico, crisis") == "crisis,veiligheidsrisico"


def test_unknown_risk_flag_lists_the_allowed_codes() -> None:
    with pytest.raises(PydanticCustomError) as error:
        risk_flags_value("crisis, armoede")
    assert "kies uit: veiligheidsrisico, crisis" in error.value.message()


def _members() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [1, 3],
            "version": [1, 4],
            "display_name": ["Anna Jansen", "Carla Smit"],
            "pseudonym": ["T-01", "T-03"],
            "education_level": ["mbo4", "hbo_bachelor"],
            "discipline": ["maatschappelijk_werker", "wmo_consulent"],
            "kind": ["professional", "professional"],
            "employer": ["Vivenz", ""],
            "fte": [1.0, 1.0],
            "registration": ["geen", "geen"],
            "registration_valid_until": [None, None],
            "started_on": [D(2020, 1, 1), D(2021, 1, 1)],
            "ended_on": [None, None],
            "years_experience": [5, 5],
        }
    )


def test_grid_edits_become_whole_rows_with_the_version_that_was_shown() -> None:
    state = {"edited_rows": {1: {"fte": 0.6, "ended_on": "2026-05-31"}}}
    edits, problems = edits_from_editor(_members(), state, RecordKind.MEMBER)
    assert problems == []
    [edit] = edits
    assert (edit.record_id, edit.expected_version, edit.row_number) == (3, 4, 2)
    assert isinstance(edit.row, MemberRow)
    assert (edit.row.fte, edit.row.ended_on, edit.row.display_name) == (
        0.6,
        D(2026, 5, 31),
        "Carla Smit",
    )


def test_grid_edit_problems_name_the_shown_row_and_dutch_column() -> None:
    state = {"edited_rows": {0: {"fte": None}, 1: {"education_level": None}}}
    edits, problems = edits_from_editor(_members(), state, RecordKind.MEMBER)
    assert edits == []
    assert [(p.row, p.column, p.reason) for p in problems] == [
        (1, "fte", "verplicht veld is leeg"),
        (2, "opleiding", "verplicht veld is leeg"),
    ]


def test_no_edits_give_nothing_to_save() -> None:
    assert edits_from_editor(_members(), None, RecordKind.MEMBER) == ([], [])
