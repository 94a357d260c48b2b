"""Turning validated rows into table values: codes and pseudonyms resolved within one team.

A member is found by pseudonym within the team, a case by code within the team, an area by
CBS code within the team's municipality. What cannot be resolved, or would break a uniqueness
rule, comes back as a problem per field, in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticCustomError
from sqlalchemy import Connection, select

from data_model.columns import RecordKind
from data_model.enums import AreaKind
from data_model.models import Area, Case, Member, Municipality, Team
from data_model.validation import (
    AreaRow,
    AssignmentRow,
    CaseRow,
    FieldProblem,
    MemberRow,
    PhaseRow,
    PopulationRow,
    Problem,
    Row,
    area_code_value,
    case_outcome,
    municipality_number,
    region_kind_of,
    show_value,
    text_field,
)
from i18n import t

Values = dict[str, Any]


class TeamNotFound(Exception):
    """The team no longer exists (e.g. after a restore in another session)."""


@dataclass(frozen=True)
class ReferenceBook:
    """What rows of one team may refer to, by the codes people use."""

    team_id: int
    municipality_id: int
    municipality_code: str
    members: Mapping[str, int]  # pseudonym → member id, this team
    cases: Mapping[str, int]  # case code → case id, this team
    areas: Mapping[str, int]  # CBS code → area id, this municipality


def load_reference_book(conn: Connection, team_id: int) -> ReferenceBook:
    team = conn.execute(
        select(Team.id, Team.municipality_id, Municipality.cbs_code)
        .join(Municipality, Team.municipality_id == Municipality.id)
        .where(Team.id == team_id)
    ).first()
    if team is None:
        raise TeamNotFound(team_id)
    members = conn.execute(select(Member.pseudonym, Member.id).where(Member.team_id == team_id))
    cases = conn.execute(select(Case.code, Case.id).where(Case.team_id == team_id))
    areas = conn.execute(
        select(Area.cbs_code, Area.id).where(Area.municipality_id == team.municipality_id)
    )
    return ReferenceBook(
        team_id=team_id,
        municipality_id=team.municipality_id,
        municipality_code=team.cbs_code,
        members=dict(members.all()),
        cases=dict(cases.all()),
        areas=dict(areas.all()),
    )


class Unresolved(Exception):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


# Per kind: the fields that refer to other records or must be unique in the team.
REFERENCE_FIELDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.MEMBER: ("pseudonym",),
    RecordKind.CASE: ("code", "area_code"),
    RecordKind.ASSIGNMENT: ("case_code", "member_pseudonym"),
    RecordKind.PHASE: ("case_code",),
    RecordKind.AREA: ("cbs_code", "parent_code"),
    RecordKind.POPULATION: (),
}

# The field that must be unique within a team (or municipality) per kind.
UNIQUE_FIELD: dict[RecordKind, str] = {
    RecordKind.MEMBER: "pseudonym",
    RecordKind.CASE: "code",
    RecordKind.AREA: "cbs_code",
}

# How a raw cell becomes the key it is looked up by (for rows with errors in other fields).
KEY_PARSERS: dict[str, Callable[[object], str | None]] = {
    "pseudonym": text_field(40),
    "code": text_field(40),
    "case_code": text_field(40),
    "member_pseudonym": text_field(40),
    "area_code": area_code_value,
    "cbs_code": area_code_value,
    "parent_code": area_code_value,
}


def _taken(existing: Mapping[str, int], key: str, own_id: int | None) -> bool:
    return key in existing and existing[key] != own_id


def _area_code_reason(code: str, book: ReferenceBook, own_id: int | None) -> str | None:
    if municipality_number(code) != municipality_number(book.municipality_code):
        return t("import.reference.other_municipality", code=book.municipality_code)
    return t("writes.rule.area_taken") if _taken(book.areas, code, own_id) else None


def _reason(field: str, value: str, book: ReferenceBook, own_id: int | None) -> str | None:
    """Why a code cannot be used in this team, or None when it can."""
    if field == "pseudonym" and _taken(book.members, value, own_id):
        return t("writes.rule.pseudonym_taken")
    if field == "code" and _taken(book.cases, value, own_id):
        return t("import.reference.case_code_taken")
    if field == "area_code" and value not in book.areas:
        return t("import.reference.unknown_area")
    if field == "case_code" and value not in book.cases:
        return t("import.reference.unknown_case")
    if field == "member_pseudonym" and value not in book.members:
        return t("import.reference.unknown_member")
    if field == "cbs_code":
        return _area_code_reason(value, book, own_id)
    if field == "parent_code" and (not value.startswith("WK") or value not in book.areas):
        return t("import.reference.unknown_wijk")
    return None


def reference_problems(
    kind: RecordKind, keys: Mapping[str, str | None], book: ReferenceBook, own_id: int | None
) -> list[FieldProblem]:
    """Problems with the codes a row refers to or must hold uniquely (`keys`: field → code)."""
    problems: list[FieldProblem] = []
    for field in REFERENCE_FIELDS[kind]:
        value = keys.get(field)
        reason = None if value is None else _reason(field, value, book, own_id)
        if reason is not None:
            problems.append((field, value, reason))
    return problems


def row_keys(kind: RecordKind, row: Row) -> dict[str, str | None]:
    return {field: getattr(row, field) for field in REFERENCE_FIELDS[kind]}


def raw_keys(
    kind: RecordKind, record: Mapping[str, object], skip: Collection[str]
) -> dict[str, str | None]:
    """The codes of a row that failed validation, from the cells that are themselves fine."""
    keys: dict[str, str | None] = {}
    for field in REFERENCE_FIELDS[kind]:
        if field in skip:
            continue
        try:
            keys[field] = KEY_PARSERS[field](record.get(field))
        except PydanticCustomError:
            continue
    return keys


def _member_values(row: MemberRow, book: ReferenceBook) -> Values:
    return {"team_id": book.team_id, **row.model_dump()}


def _case_values(row: CaseRow, book: ReferenceBook) -> Values:
    return {
        **row.model_dump(exclude={"area_code"}),
        "team_id": book.team_id,
        "area_id": None if row.area_code is None else book.areas[row.area_code],
        "outcome": case_outcome(row),
    }


def _assignment_values(row: AssignmentRow, book: ReferenceBook) -> Values:
    return {
        "case_id": book.cases[row.case_code],
        "member_id": book.members[row.member_pseudonym],
        "role": row.role,
        "started_on": row.started_on,
        "ended_on": row.ended_on,
    }


def _phase_values(row: PhaseRow, book: ReferenceBook) -> Values:
    return {
        "case_id": book.cases[row.case_code],
        "phase": row.phase,
        "started_on": row.started_on,
        "ended_on": row.ended_on,
    }


def _area_values(row: AreaRow, book: ReferenceBook) -> Values:
    return {
        "municipality_id": book.municipality_id,
        "cbs_code": row.cbs_code,
        "name": row.name,
        "kind": AreaKind.WIJK if row.cbs_code.startswith("WK") else AreaKind.BUURT,
        "parent_id": None if row.parent_code is None else book.areas[row.parent_code],
    }


def _population_values(row: PopulationRow, _book: ReferenceBook) -> Values:
    return {**row.model_dump(), "region_kind": region_kind_of(row.region_code)}


BUILDERS: dict[RecordKind, Callable[[Any, ReferenceBook], Values]] = {
    RecordKind.MEMBER: _member_values,
    RecordKind.CASE: _case_values,
    RecordKind.ASSIGNMENT: _assignment_values,
    RecordKind.PHASE: _phase_values,
    RecordKind.AREA: _area_values,
    RecordKind.POPULATION: _population_values,
}


def resolve(kind: RecordKind, row: Row, book: ReferenceBook, own_id: int | None = None) -> Values:
    """Table values for one row; raises Unresolved with problems per field."""
    problems = reference_problems(kind, row_keys(kind, row), book, own_id)
    if problems:
        raise Unresolved(problems)
    return BUILDERS[kind](row, book)


def resolve_new_rows(
    kind: RecordKind,
    rows: Mapping[int, Row],
    book: ReferenceBook,
    *,
    row_number: Callable[[int], int],
    column_label: Callable[[str], str],
    failed_keys: Mapping[int, Mapping[str, str | None]] | None = None,
) -> tuple[list[Values], list[Problem]]:
    """Values for rows to insert, checking references and duplicates in the store and file.

    `failed_keys` holds the usable codes of rows that failed validation, so their references
    and duplicates are reported in the same pass.
    """
    failed = failed_keys or {}
    values: list[Values] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    unique = UNIQUE_FIELD.get(kind)
    for index in sorted(set(rows) | set(failed)):
        row = rows.get(index)
        keys = row_keys(kind, row) if row is not None else failed[index]
        found: list[FieldProblem] = []
        key = keys.get(unique) if unique else None
        if unique is not None and key is not None and key in seen:
            found.append((unique, key, t("import.reference.twice_in_file", row=seen[key])))
        elif key is not None:
            seen[key] = row_number(index)
        found += reference_problems(kind, keys, book, None)
        if row is not None and not found:
            values.append(BUILDERS[kind](row, book))
        problems += [
            Problem(row_number(index), column_label(field), show_value(value), reason)
            for field, value, reason in found
        ]
    return values, problems
