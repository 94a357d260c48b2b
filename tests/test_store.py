"""Opening the store: created once, migrated, kept across restarts, never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text

from data_model.bulk import row_counts
from data_model.models import Base
from data_model.store import StoreError, current_revision, head_revision, open_store


def test_new_sqlite_file_is_created_and_migrated_to_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'new.db'}"
    store = open_store(url)
    assert store.created
    assert current_revision(store.engine) == head_revision()
    assert set(row_counts(store.engine).values()) == {0}


def test_migrations_build_exactly_the_models_schema(empty_engine: Engine) -> None:
    with empty_engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def test_data_survives_reopening_the_store(tiny_engine: Engine, store_url: str) -> None:
    before = row_counts(tiny_engine)
    tiny_engine.dispose()
    reopened = open_store(store_url)
    assert not reopened.created
    assert row_counts(reopened.engine) == before
    assert before["member"] == 8


def test_foreign_keys_are_enforced_on_every_connection(empty_engine: Engine) -> None:
    with empty_engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_corrupt_file_gives_dutch_message_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kapot.db"
    content = b"dit is geen database" * 100
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{path}")
    assert "kan niet worden geopend" in caught.value.message
    assert path.read_bytes() == content


def test_foreign_database_is_refused_without_changes(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE klanten (naam TEXT)"))
    engine.dispose()
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{path}")
    assert "geen Teamspiegel-database" in caught.value.message
    check = create_engine(f"sqlite:///{path}")
    with check.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
    assert [t[0] for t in tables] == ["klanten"]


def test_unreachable_server_gives_clear_message() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg://nobody:geheim123@127.0.0.1:1/none")
    assert "niet bereikbaar" in caught.value.message
    assert "geheim123" not in caught.value.message


def test_older_schema_is_upgraded_with_a_backup_copy(tmp_path: Path) -> None:
    path = tmp_path / "oud.db"
    store = open_store(f"sqlite:///{path}")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'base_test'"))
    store.engine.dispose()
    # An unknown old revision cannot be upgraded: the user gets a message, file kept.
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{path}")
    assert path.exists()
    assert list(tmp_path.glob("oud.db.voor-upgrade-*"))
