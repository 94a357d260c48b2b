"""Opening the store: engine, migrations to the current schema, and clear errors when it fails."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from i18n import t

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """The store cannot be used; `message` (translated) says what the user can do."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class OpenedStore:
    """`created`: a new SQLite file was made (only then is sample data loaded)."""

    engine: Engine
    created: bool
    backup_path: Path | None = None


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (
        None,
        "",
        ":memory:",
    ):
        return None
    return Path(parsed.database)


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with foreign keys enforced on every SQLite connection."""
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# Any fixed 64-bit number, the same in every instance: the key of the PostgreSQL advisory lock
# that lets one instance at a time bring the schema up to date.
SCHEMA_LOCK_KEY = 0x7465616D73706965  # "teamspie"


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration in one transaction.

    On PostgreSQL, instances that start together on a new or older database wait for each
    other: the transaction first takes an advisory lock (released when it ends), so the second
    instance finds the schema already up to date instead of creating the same tables again.
    """
    config = alembic_config()
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _check_reachable(engine: Engine, url: str) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except SQLAlchemyError as exc:
        raise StoreError(
            _unreachable_message(url), detail=str(getattr(exc, "orig", None) or exc)
        ) from exc


def _unreachable_message(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return t("store.corrupt_file", path=path)
    return t("store.unreachable", url=make_url(url).render_as_string(hide_password=True))


def _refuse_foreign_schema(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    if tables and "alembic_version" not in tables:
        raise StoreError(t("store.foreign_schema"), detail=", ".join(sorted(tables)))


def _backup_before_upgrade(url: str, engine: Engine) -> Path | None:
    path = sqlite_path(url)
    revision = current_revision(engine)
    if path is None or revision is None or revision == head_revision():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.voor-upgrade-{revision}-{stamp}")
    engine.dispose()
    shutil.copy2(path, backup)
    return backup


def open_store(url: str) -> OpenedStore:
    """Open (and if needed create or upgrade) the store; raise StoreError with a clear message."""
    path = sqlite_path(url)
    is_new_file = path is not None and not path.exists()
    if path is not None and is_new_file:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    _check_reachable(engine, url)
    _refuse_foreign_schema(engine)
    created = is_new_file
    backup = _backup_before_upgrade(url, engine)
    try:
        upgrade(engine)
    except (SQLAlchemyError, CommandError) as exc:
        message = (
            t("store.upgrade_failed_with_copy", path=backup)
            if backup
            else t("store.upgrade_failed")
        )
        raise StoreError(message, detail=str(exc)) from exc
    return OpenedStore(engine=engine, created=created, backup_path=backup)
