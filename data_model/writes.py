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

from data_model.columns import KIND_LABELS, RecordKind
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

MODELS: dict[RecordKind, type[Base]] = {
    RecordKind.MEMBER: Member,
    RecordKind.CASE: Case,
    RecordKind.ASSIGNMENT: Assignment,
    RecordKind.PHASE: PhasePeriod,
    RecordKind.AREA: Area,
    RecordKind.POPULATION: PopulationEducation,
}


class WriteError(Exception):
    """A save that was refused; `message` is Dutch. The store is unchanged."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ConcurrentEditError(WriteError):
    """Someone else saved the same record after it was read: the save is refused."""


def _concurrent(kind: RecordKind, record_id: int) -> ConcurrentEditError:
    label = KIND_LABELS[kind].lower()
    return ConcurrentEditError(
        f"Iemand anders heeft een van deze {label} (nummer {record_id}) intussen gewijzigd of "
        "verwijderd. Uw wijziging is niet opgeslagen, zodat niets wordt overschreven. Bekijk de "
        "nieuwe gegevens en voer uw wijziging opnieuw in."
    )


# Markers of a broken rule (PostgreSQL names the constraint, SQLite the columns) → reason.
CONSTRAINT_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("uq_member_team_id", "member.pseudonym"), "dit pseudoniem bestaat al in het team"),
    (("uq_case_team_id", "case.code"), "deze casuscode bestaat al in het team"),
    (("uq_team_municipality_id", "team.name"), "deze teamnaam bestaat al in de gemeente"),
    (("uq_area_cbs_code", "area.cbs_code"), "deze wijk of buurt bestaat al"),
    (
        ("uq_population_education_region_code", "population_education.source"),
        "voor deze regio, dit jaar en deze bron zijn er al cijfers",
    ),
    (("fte_range",), "FTE moet groter dan 0 en ten hoogste 1,5 zijn"),
    (("end_after_start",), "een einddatum ligt vóór de startdatum"),
    (("outcome_matches_closed",), "de uitkomst past niet bij de sluitdatum"),
    (("registration_has_date",), "een SKJ- of BIG-registratie heeft een geldigheidsdatum nodig"),
    (("FOREIGN KEY", "foreign key"), "een verwijzing naar een record dat niet (meer) bestaat"),
)


def integrity_message(error: IntegrityError) -> WriteError:
    """A Dutch message for a refused write, naming the broken rule where we know it."""
    text = str(error.orig or error)
    reason = next(
        (message for markers, message in CONSTRAINT_MESSAGES if any(m in text for m in markers)),
        "de gegevens passen niet bij de regels van de database",
    )
    return WriteError(f"Niet opgeslagen: {reason}. Er is niets veranderd.", detail=text)


def database_message(error: SQLAlchemyError) -> WriteError:
    return WriteError(
        "De database kon de wijziging niet opslaan (bijvoorbeeld omdat hij bezet is). Er is "
        "niets veranderd; probeer het zo opnieuw.",
        detail=str(error),
    )


def _book(conn: Connection, team_id: int) -> ReferenceBook:
    try:
        return load_reference_book(conn, team_id)
    except TeamNotFound:
        raise WriteError("Dit team bestaat niet meer. Kies een ander team.") from None


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just added."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def insert_values(conn: Connection, kind: RecordKind, rows: Sequence[Values]) -> list[int]:
    """Insert resolved rows of one kind on an open transaction; return the new ids."""
    return [new_id(conn.execute(insert(MODELS[kind]).values(**row))) for row in rows]


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


def _apply_edit(session: Session, kind: RecordKind, edit: Edit, book: ReferenceBook) -> None:
    record = session.get(MODELS[kind], edit.record_id)
    if record is None or not _belongs(kind, record, book):
        raise _concurrent(kind, edit.record_id)
    if record.version != edit.expected_version:  # type: ignore[attr-defined]
        raise _concurrent(kind, edit.record_id)
    values = resolve(kind, edit.row, book, own_id=edit.record_id)
    for field, value in values.items():
        if getattr(record, field) != value:
            setattr(record, field, value)


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
            for edit in edits:
                try:
                    _apply_edit(session, kind, edit, book)
                except Unresolved as error:
                    problems += _problems(error, edit.row_number, str)
            if problems:
                raise RowInvalid(problems)
            _flush(session, kind, edits[0].record_id)
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
        raise WriteError(
            f"Er is een toewijzing of fase die pas na {day:%d-%m-%Y} begint. Pas die eerst aan; "
            "er is niets veranderd."
        )
    session.execute(
        update(model)
        .where(where, or_(model.ended_on.is_(None), model.ended_on > day))
        .values(ended_on=day, version=model.version + 1)
        .execution_options(synchronize_session=False)
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
                    f"De einddatum {ended_on:%d-%m-%Y} ligt vóór de startdatum "
                    f"{member.started_on:%d-%m-%Y}. Er is niets veranderd."
                )
            member.ended_on = ended_on
            if end_assignments:
                _end_open_periods(session, Assignment, Assignment.member_id == member_id, ended_on)
            _flush(session, RecordKind.MEMBER, member_id)
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
        raise WriteError("Kies een uitkomst: een gesloten casus kan niet 'lopend' zijn.")
    try:
        with Session(engine) as session, session.begin():
            case = _locked(session, RecordKind.CASE, case_id, expected_version)
            if closed_on < case.opened_on:
                raise WriteError(
                    f"De sluitdatum {closed_on:%d-%m-%Y} ligt vóór de startdatum "
                    f"{case.opened_on:%d-%m-%Y}. Er is niets veranderd."
                )
            case.closed_on, case.outcome = closed_on, outcome
            if end_open_periods:
                _end_open_periods(session, Assignment, Assignment.case_id == case_id, closed_on)
                _end_open_periods(session, PhasePeriod, PhasePeriod.case_id == case_id, closed_on)
            _flush(session, RecordKind.CASE, case_id)
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error


MUNICIPALITY_CODE = re.compile(r"GM\d{4}")


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
        raise WriteError("De gemeentecode is de CBS-code: GM met vier cijfers, bijv. GM0523.")
    if not team_name.strip():
        raise WriteError("Geef het team een naam.")
    try:
        with engine.begin() as conn:
            municipality_id = conn.execute(
                select(Municipality.id).where(Municipality.cbs_code == code)
            ).scalar()
            if municipality_id is None:
                if not municipality_name.strip():
                    raise WriteError("Geef de naam van de gemeente.")
                municipality_id = new_id(
                    conn.execute(
                        insert(Municipality).values(cbs_code=code, name=municipality_name.strip())
                    )
                )
            return new_id(
                conn.execute(
                    insert(Team).values(
                        municipality_id=municipality_id,
                        name=team_name.strip(),
                        founded_on=founded_on,
                    )
                )
            )
    except IntegrityError as error:
        raise integrity_message(error) from error
    except SQLAlchemyError as error:
        raise database_message(error) from error
