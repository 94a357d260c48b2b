"""A full backup of the store as one file, and a restore that checks the file first.

The backup is a zip with `manifest.json` ({"format": "teamspiegel-backup", "schema_revision",
"tables": row counts, "checksum"}) and `data.json` (every table's rows). A restore refuses a file
that is not a Teamspiegel backup, is damaged, or comes from a newer schema, before it touches
anything; then it replaces all data in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Date, Engine, Table, delete, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from data_model.audit import record_clear, record_restore
from data_model.bulk import TABLE_ORDER, sync_id_sequences
from data_model.meta import SAMPLE_DATA_KEY
from data_model.models import Base, StoreSetting
from data_model.store import alembic_config, head_revision
from i18n import t

BACKUP_FORMAT = "teamspiegel-backup"
BACKUP_FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
BACKUP_TABLES: tuple[str, ...] = (*TABLE_ORDER, StoreSetting.__tablename__)
MAX_BACKUP_BYTES = 200 * 1024 * 1024

TableRows = dict[str, list[dict[str, Any]]]


class BackupError(Exception):
    """The backup cannot be made or restored; `message` says why in the user's language.
    Nothing was changed."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class Backup:
    """A checked backup, ready to restore."""

    manifest: Mapping[str, Any]
    tables: TableRows

    @property
    def created_at(self) -> str:
        return str(self.manifest.get("created_at", ""))

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def dump_tables(engine: Engine) -> TableRows:
    """Every table's rows in primary-key order, as JSON-ready dicts (dates as ISO text)."""
    tables: TableRows = {}
    with engine.connect() as conn:
        for name in BACKUP_TABLES:
            table = _table(name)
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            tables[name] = [{k: _json_value(v) for k, v in row.items()} for row in rows]
    return tables


def _canonical(tables: TableRows) -> bytes:
    return json.dumps(tables, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def store_checksum(engine: Engine) -> str:
    """SHA-256 over all data: equal checksums mean identical stores."""
    return hashlib.sha256(_canonical(dump_tables(engine))).hexdigest()


def make_backup(engine: Engine, now: dt.datetime | None = None) -> bytes:
    """The whole store as one zip file."""
    tables = dump_tables(engine)
    data = _canonical(tables)
    manifest = {
        "format": BACKUP_FORMAT,
        "format_version": BACKUP_FORMAT_VERSION,
        "app": "Teamspiegel",
        "schema_revision": head_revision(),
        "created_at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
        "tables": {name: len(rows) for name, rows in tables.items()},
        "checksum": hashlib.sha256(data).hexdigest(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        archive.writestr(DATA, data)
    return buffer.getvalue()


def backup_file_name(now: dt.datetime | None = None) -> str:
    return f"teamspiegel-backup-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}.zip"


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def _read_archive(data: bytes) -> tuple[dict[str, Any], bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            content = archive.read(DATA)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as error:
        raise BackupError(t("backup.not_a_backup"), detail=str(error)) from error
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise BackupError(t("backup.not_a_backup"))
    return manifest, content


def _check_manifest(manifest: Mapping[str, Any]) -> None:
    version = manifest.get("format_version")
    revision = manifest.get("schema_revision")
    if not isinstance(version, int) or version > BACKUP_FORMAT_VERSION:
        raise BackupError(t("backup.newer_version"))
    if revision not in _known_revisions():
        raise BackupError(t("backup.unknown_schema", revision=revision))


def _parse_value(table: Table, column: str, value: Any) -> Any:
    if value is not None and isinstance(table.c[column].type, Date):
        return dt.date.fromisoformat(value)
    return value


def _required_columns(table: Table) -> set[str]:
    return {
        c.name
        for c in table.columns
        if not c.nullable and c.default is None and c.server_default is None and not c.primary_key
    } | {c.name for c in table.primary_key.columns}


def _check_rows(name: str, rows: Any, expected: Any) -> list[dict[str, Any]]:
    """Rows of one table with dates parsed; BackupError when anything does not fit."""
    damaged = t("backup.damaged_table", table=name)
    if not isinstance(rows, list) or expected != len(rows):
        raise BackupError(damaged)
    table = _table(name)
    columns, required = set(table.c.keys()), _required_columns(table)
    parsed = []
    for row in rows:
        if not isinstance(row, dict) or not required <= set(row) or not set(row) <= columns:
            raise BackupError(damaged, detail=str(row)[:300])
        try:
            parsed.append({k: _parse_value(table, k, v) for k, v in row.items()})
        except (TypeError, ValueError) as error:
            raise BackupError(damaged, detail=str(error)) from error
    return parsed


def read_backup(data: bytes) -> Backup:
    """Check a backup file completely without touching the store."""
    manifest, content = _read_archive(data)
    _check_manifest(manifest)
    if hashlib.sha256(content).hexdigest() != manifest.get("checksum"):
        raise BackupError(t("backup.checksum"))
    try:
        raw = json.loads(content)
    except ValueError as error:
        raise BackupError(t("backup.damaged")) from error
    counts = manifest.get("tables")
    if not isinstance(raw, dict) or not isinstance(counts, dict) or set(raw) != set(counts):
        raise BackupError(t("backup.damaged"))
    unknown = set(raw) - set(BACKUP_TABLES)
    if unknown:
        raise BackupError(t("backup.unknown_tables", tables=", ".join(sorted(unknown))))
    tables = {name: _check_rows(name, raw.get(name, []), counts.get(name, 0)) for name in raw}
    return Backup(manifest, tables)


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Wijken before their buurten, so the area's own foreign key holds at each insert."""
    return sorted(rows, key=lambda row: (row.get("parent_id") is not None, row["id"]))


def _delete_all(conn: Connection, names: tuple[str, ...]) -> None:
    """Delete every row of the tables, children first."""
    for name in reversed(names):
        conn.execute(delete(_table(name)))


def restore_backup(engine: Engine, backup: Backup) -> None:
    """Replace all data with the backup's, in one transaction."""
    try:
        with engine.begin() as conn:
            _delete_all(conn, BACKUP_TABLES)
            for name in BACKUP_TABLES:
                rows = backup.tables.get(name, [])
                if name == "area":
                    rows = _parents_first(rows)
                if rows:
                    conn.execute(insert(_table(name)), rows)
            sync_id_sequences(conn)
            record_restore(conn, backup.row_counts)
    except IntegrityError as error:
        raise BackupError(t("backup.does_not_fit"), detail=str(error.orig or error)) from error
    except SQLAlchemyError as error:
        raise BackupError(t("backup.restore_failed"), detail=str(error)) from error


def clear_store(engine: Engine) -> None:
    """Remove all data (and the sample-data mark) in one transaction: start empty."""
    try:
        with engine.begin() as conn:
            _delete_all(conn, TABLE_ORDER)
            conn.execute(delete(StoreSetting).where(StoreSetting.key == SAMPLE_DATA_KEY))
            record_clear(conn, TABLE_ORDER)
    except SQLAlchemyError as error:
        raise BackupError(t("backup.clear_failed"), str(error)) from error
