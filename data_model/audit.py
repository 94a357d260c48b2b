"""The audit trail: who changed which record when, with the old and new values.

Rows are only ever added, always on the transaction of the change itself (so a change and its
audit row are saved together or not at all); the database refuses UPDATE and DELETE on the
table. Who is acting is kept in a context variable that the app sets at the start of every
script run (like the language), so the write functions need no extra parameter.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, func, insert, select

from data_model.access_codes import AuditAction
from data_model.models import AuditEntry

SYSTEM_ACTOR = "systeem"
AUDIT_COLUMNS = (
    "id",
    "at",
    "actor",
    "action",
    "table_name",
    "record_id",
    "old_values",
    "new_values",
)

_actor: ContextVar[str] = ContextVar("teamspiegel_actor", default=SYSTEM_ACTOR)


def set_actor(identity: str) -> None:
    """Who the changes of this script run are recorded for."""
    _actor.set(identity or SYSTEM_ACTOR)


def current_actor() -> str:
    return _actor.get()


@contextmanager
def acting_as(identity: str) -> Iterator[None]:
    """Temporarily record changes for `identity` (scripts, tests)."""
    token = _actor.set(identity)
    try:
        yield
    finally:
        _actor.reset(token)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def as_json(values: Mapping[str, Any] | None) -> str | None:
    """Values as sorted JSON text (dates ISO, enums by code); None stays None."""
    if values is None:
        return None
    plain = {str(key): _plain(value) for key, value in values.items()}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, default=str)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def record(
    conn: Connection,
    *,
    action: AuditAction,
    table_name: str,
    record_id: int | None = None,
    old: Mapping[str, Any] | None = None,
    new: Mapping[str, Any] | None = None,
) -> None:
    """Add one audit row on the caller's open transaction."""
    conn.execute(
        insert(AuditEntry).values(
            at=now_utc(),
            actor=current_actor()[:254],
            action=action,
            table_name=table_name,
            record_id=record_id,
            old_values=as_json(old),
            new_values=as_json(new),
        )
    )


def load_audit(engine: Engine, *, limit: int | None = None) -> pd.DataFrame:
    """The audit trail, newest first (all rows, or the newest `limit`)."""
    query = select(*(getattr(AuditEntry, c) for c in AUDIT_COLUMNS)).order_by(AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as conn:
        frame = pd.read_sql(query, conn)
    return frame


def count_audit(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


ALL_TABLES = "*"


def record_restore(conn: Connection, row_counts: Mapping[str, int]) -> None:
    """One summary row for a restored backup (all data replaced)."""
    record(conn, action=AuditAction.RESTORE, table_name=ALL_TABLES, new=dict(row_counts))


def record_clear(conn: Connection, tables: Sequence[str]) -> None:
    """One summary row for starting with an empty store."""
    record(conn, action=AuditAction.DELETE, table_name=ALL_TABLES, old={"tables": list(tables)})


def record_figures_import(
    conn: Connection, *, source: str, year: int, new: int, updated: int
) -> None:
    """One summary row for population figures read from CBS."""
    record(
        conn,
        action=AuditAction.IMPORT,
        table_name="population_education",
        new={"source": source, "year": year, "new": new, "updated": updated},
    )
