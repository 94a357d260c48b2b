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

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """The store cannot be used; `message` is Dutch and says what the user can do."""

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


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration in one transaction."""
    config = alembic_config()
    with engine.begin() as conn:
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
        return (
            f"Het databasebestand {path} kan niet worden geopend: het is beschadigd of geen "
            "SQLite-database. Het bestand is niet aangepast. Zet een back-up terug, of start met "
            "een nieuw bestand via de instelling TEAMSPIEGEL_DATABASE_URL."
        )
    safe = make_url(url).render_as_string(hide_password=True)
    return (
        f"De database {safe} is niet bereikbaar. Controleer of de databaseserver draait en of "
        "TEAMSPIEGEL_DATABASE_URL (of database_url in secrets.toml) klopt."
    )


def _refuse_foreign_schema(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    if tables and "alembic_version" not in tables:
        raise StoreError(
            "Deze database bevat tabellen, maar is geen Teamspiegel-database. Er is niets "
            "veranderd. Kies een lege database of een Teamspiegel-bestand.",
            detail=", ".join(sorted(tables)),
        )


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
    """Open (and if needed create or upgrade) the store; raise StoreError with a Dutch message."""
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
        raise StoreError(
            "Het bijwerken van de database naar de nieuwe versie is mislukt. Er is niets "
            "verloren: de wijziging is teruggedraaid"
            + (f" en er staat een kopie in {backup}" if backup else "")
            + ". Neem contact op met de beheerder.",
            detail=str(exc),
        ) from exc
    return OpenedStore(engine=engine, created=created, backup_path=backup)
