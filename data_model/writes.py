"""Adding, changing and ending records: one transaction per save, optimistic locking.

Every record that people edit carries a `version` (SQLAlchemy version_id_col). A save names the
version the user saw; when the stored version differs, someone else changed the record in the
meantime and the whole save is refused with ConcurrentEditError — nothing is overwritten.
Nothing with history is deleted: a membership ends with an end date, a case is closed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, insert, or_, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from data_model import audit
from data_model.access_codes import AuditAction
from data_model.columns import RecordKind, kind_label
from data_model.enums import Outcome
from data_model.models import (
    Area,
    Assignment,
    Base,
    Case,
    Member,
    Municipality,
    PhasePeriod,
    PopulationEducation,
    Team,
)
from data_model.references import (
    ReferenceBook,
    TeamNotFound,
    Unresolved,
    Values,
    load_reference_book,
    resolve,
)
from data_model.validation import Problem, Row, RowInvalid, show_value
from i18n import t

MODELS: dict[RecordKind, type[Base]] = {
    RecordKind.MEMBER: Member,
    RecordKind.CASE: Case,
    RecordKind.ASSIGNMENT: Assignment,
    RecordKind.PHASE: PhasePeriod,
    RecordKind.AREA: Area,
    RecordKind.POPULATION: PopulationEducation,
}


class WriteError(Exception):
    """A save that was refused; `message` says why in the user's language. The store is
    unchanged."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ConcurrentEditError(WriteError):
    """Someone else saved the same record after it was read: the save is refused."""


def _concurrent(kind: RecordKind, record_id: int) -> ConcurrentEditError:
    label = kind_label(kind).lower()
    return ConcurrentEditError(t("writes.concurrent", kind=label, id=record_id))


# Markers of a broken rule (PostgreSQL names the constraint, SQLite the columns) → the key of
# the reason in the translation table.
CONSTRAINT_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("uq_member_team_id", "member.pseudonym"), "writes.rule.pseudonym_taken"),
    (("uq_case_team_id", "case.code"), "writes.rule.case_code_taken"),
    (("uq_team_municipality_id", "team.name"), "writes.rule.team_name_taken"),
    (("uq_area_cbs_code", "area.cbs_code"), "writes.rule.area_taken"),
    (
        ("uq_population_education_region_code", "population_education.source"),
        "writes.rule.figures_exist",
    ),
    (("fte_range",), "writes.rule.fte_range"),
    (("end_after_start",), "writes.rule.end_before_start"),
    (("outcome_matches_closed",), "writes.rule.outcome_closed"),
    (("registration_has_date",), "writes.rule.registration_date"),
    (("FOREIGN KEY", "foreign key"), "writes.rule.missing_reference"),
)


def integrity_message(error: IntegrityError) -> WriteError:
    """A message for a refused write, naming the broken rule where we know it."""
    text = str(error.orig or error)
    reason = next(
        (key for markers, key in CONSTRAINT_MESSAGES if any(m in text for m in markers)),
        "writes.rule.other",
    )
    return WriteError(t("writes.not_saved", reason=t(reason)), detail=text)


def database_message(error: SQLAlchemyError) -> WriteError:
    return WriteError(t("writes.database_busy"), detail=str(error))


def _book(conn: Connection, team_id: int) -> ReferenceBook:
    try:
        return load_reference_book(conn, team_id)
    except TeamNotFound:
        raise WriteError(t("writes.team_gone")) from None


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just added."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def insert_values(conn: Connection, kind: RecordKind, rows: Sequence[Values]) -> list[int]:
    """Insert resolved rows of one kind on an open transaction; return the new ids. Each
    new record gets its audit row on the same transaction."""
    ids = [new_id(conn.execute(insert(MODELS[kind]).values(**row))) for row in rows]
    for record_id, row in zip(ids, rows, strict=True):
        audit.record(
            conn,
            action=AuditAction.INSERT,
            table_name=_table_name(kind),
            record_id=record_id,
            new=row,
        )
    return ids


def _table_name(kind: RecordKind) -> str:
    return str(MODELS[kind].__tablename__)


def _problems(error: Unresolved, row_number: int, label: Any) -> list[Problem]:
    return [Problem(row_number, label(f), show_value(v), reason) for f, v, reason in error.problems]


def add_record(engine: Engine, kind: RecordKind, *, team_id: int, row: Row) -> int:
    """Add one record for the team in one transaction; RowInvalid when a reference fails."""
    try:
        with engine.begin() as conn:
            try:
                values = resolve(kind, row, _book(conn, team_id))
            except Unresolved as error:
                raise RowInvalid(_problems(error, 1, str)) from None
            return insert_values(conn, kind, [values])[0]
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error


@dataclass(frozen=True)
class Edit:
    """A changed record: its id, the version the user saw, and the whole row as it should be."""

    record_id: int
    expected_version: int
    row: Row
    row_number: int = 1


def _belongs(kind: RecordKind, record: Any, book: ReferenceBook) -> bool:
    if kind in (RecordKind.MEMBER, RecordKind.CASE):
        return bool(record.team_id == book.team_id)
    if kind in (RecordKind.ASSIGNMENT, RecordKind.PHASE):
        return record.case_id in set(book.cases.values())
    if kind == RecordKind.AREA:
        return bool(record.municipality_id == book.municipality_id)
    return True


Changes = dict[str, tuple[Any, Any]]  # field → (old value, new value)


def _apply_edit(session: Session, kind: RecordKind, edit: Edit, book: ReferenceBook) -> Changes:
    record = session.get(MODELS[kind], edit.record_id)
    if record is None or not _belongs(kind, record, book):
        raise _concurrent(kind, edit.record_id)
    if record.version != edit.expected_version:  # type: ignore[attr-defined]
        raise _concurrent(kind, edit.record_id)
    values = resolve(kind, edit.row, book, own_id=edit.record_id)
    changes: Changes = {}
    for field, value in values.items():
        if getattr(record, field) != value:
            changes[field] = (getattr(record, field), value)
            setattr(record, field, value)
    return changes


def _audit_changes(conn: Connection, kind: RecordKind, changed: dict[int, Changes]) -> None:
    for record_id, changes in changed.items():
        if changes:
            audit.record(
                conn,
                action=AuditAction.UPDATE,
                table_name=_table_name(kind),
                record_id=record_id,
                old={field: old for field, (old, _) in changes.items()},
                new={field: new for field, (_, new) in changes.items()},
            )


def _flush(session: Session, kind: RecordKind, record_id: int) -> None:
    """Write pending changes; a record changed since it was read raises ConcurrentEditError."""
    try:
        session.flush()
    except StaleDataError:
        raise _concurrent(kind, record_id) from None


def save_edits(engine: Engine, kind: RecordKind, *, team_id: int, edits: Sequence[Edit]) -> int:
    """Save changed records all together or not at all; return how many were saved."""
    if not edits:
        return 0
    try:
        with Session(engine) as session, session.begin():
            book = _book(session.connection(), team_id)
            problems: list[Problem] = []
            changed: dict[int, Changes] = {}
            for edit in edits:
                try:
                    changed[edit.record_id] = _apply_edit(session, kind, edit, book)
                except Unresolved as error:
                    problems += _problems(error, edit.row_number, str)
            if problems:
                raise RowInvalid(problems)
            _flush(session, kind, edits[0].record_id)
            _audit_changes(session.connection(), kind, changed)
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error
    return len(edits)


def _locked(session: Session, kind: RecordKind, record_id: int, version: int) -> Any:
    record = session.get(MODELS[kind], record_id)
    if record is None or record.version != version:  # type: ignore[attr-defined]
        raise _concurrent(kind, record_id)
    return record


def _end_open_periods(session: Session, model: Any, where: Any, day: dt.date) -> None:
    """End periods that are open (or run past `day`) on `day`; refuse if one starts later."""
    later = session.execute(select(model.id).where(where, model.started_on > day).limit(1)).scalar()
    if later is not None:
        raise WriteError(t("writes.period_starts_later", day=f"{day:%d-%m-%Y}"))
    still_open = (where, or_(model.ended_on.is_(None), model.ended_on > day))
    ending = session.execute(select(model.id, model.ended_on).where(*still_open)).all()
    session.execute(
        update(model)
        .where(*still_open)
        .values(ended_on=day, version=model.version + 1)
        .execution_options(synchronize_session=False)
    )
    for record_id, old_end in ending:
        _audit_end(
            session, model.__tablename__, record_id, {"ended_on": old_end}, {"ended_on": day}
        )


def _audit_end(
    session: Session, table_name: str, record_id: int, old: dict[str, Any], new: dict[str, Any]
) -> None:
    audit.record(
        session.connection(),
        action=AuditAction.END,
        table_name=table_name,
        record_id=record_id,
        old=old,
        new=new,
    )


def end_member(
    engine: Engine,
    *,
    member_id: int,
    expected_version: int,
    ended_on: dt.date,
    end_assignments: bool = True,
) -> None:
    """End a membership on `ended_on` (and the member's open assignments), never delete it."""
    try:
        with Session(engine) as session, session.begin():
            member = _locked(session, RecordKind.MEMBER, member_id, expected_version)
            if ended_on < member.started_on:
                raise WriteError(
                    t(
                        "writes.end_before_start",
                        end=f"{ended_on:%d-%m-%Y}",
                        start=f"{member.started_on:%d-%m-%Y}",
                    )
                )
            old_end = member.ended_on
            member.ended_on = ended_on
            if end_assignments:
                _end_open_periods(session, Assignment, Assignment.member_id == member_id, ended_on)
            _flush(session, RecordKind.MEMBER, member_id)
            _audit_end(session, "member", member_id, {"ended_on": old_end}, {"ended_on": ended_on})
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error


def close_case(
    engine: Engine,
    *,
    case_id: int,
    expected_version: int,
    closed_on: dt.date,
    outcome: Outcome,
    end_open_periods: bool = True,
) -> None:
    """Close a case with an outcome (and end its open assignments and phases) on `closed_on`."""
    if outcome == Outcome.ONGOING:
        raise WriteError(t("writes.closed_case_not_ongoing"))
    try:
        with Session(engine) as session, session.begin():
            case = _locked(session, RecordKind.CASE, case_id, expected_version)
            if closed_on < case.opened_on:
                raise WriteError(
                    t(
                        "writes.closed_before_opened",
                        closed=f"{closed_on:%d-%m-%Y}",
                        opened=f"{case.opened_on:%d-%m-%Y}",
                    )
                )
            old = {"closed_on": case.closed_on, "outcome": case.outcome}
            case.closed_on, case.outcome = closed_on, outcome
            if end_open_periods:
                _end_open_periods(session, Assignment, Assignment.case_id == case_id, closed_on)
                _end_open_periods(session, PhasePeriod, PhasePeriod.case_id == case_id, closed_on)
            _flush(session, RecordKind.CASE, case_id)
            _audit_end(session, "case", case_id, old, {"closed_on": closed_on, "outcome": outcome})
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error


MUNICIPALITY_CODE = re.compile(r"GM\d{4}")


def _insert_audited(conn: Connection, model: Any, values: dict[str, Any]) -> int:
    record_id = new_id(conn.execute(insert(model).values(**values)))
    audit.record(
        conn,
        action=AuditAction.INSERT,
        table_name=model.__tablename__,
        record_id=record_id,
        new=values,
    )
    return record_id


def create_team(
    engine: Engine,
    *,
    municipality_code: str,
    municipality_name: str,
    team_name: str,
    founded_on: dt.date | None = None,
) -> int:
    """Add a team, and its municipality when the store does not know that CBS code yet."""
    code = municipality_code.replace(" ", "").upper()
    if not MUNICIPALITY_CODE.fullmatch(code):
        raise WriteError(t("writes.municipality_code"))
    if not team_name.strip():
        raise WriteError(t("writes.team_name_missing"))
    try:
        with engine.begin() as conn:
            municipality_id = conn.execute(
                select(Municipality.id).where(Municipality.cbs_code == code)
            ).scalar()
            if municipality_id is None:
                if not municipality_name.strip():
                    raise WriteError(t("writes.municipality_name_missing"))
                municipality_id = _insert_audited(
                    conn, Municipality, {"cbs_code": code, "name": municipality_name.strip()}
                )
            return _insert_audited(
                conn,
                Team,
                {
                    "municipality_id": municipality_id,
                    "name": team_name.strip(),
                    "founded_on": founded_on,
                },
            )
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error
