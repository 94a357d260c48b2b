"""Shared fixtures: a fresh temporary store per test, the tiny hand-made team, clean caches."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from data_model.bulk import insert_dataset
from data_model.config import DATABASE_URL_ENV, SAMPLE_DATA_ENV, SINGLE_USER_ENV
from data_model.store import open_store
from tests.fixture_data import tiny_dataset


@pytest.fixture(autouse=True)
def clean_streamlit_caches() -> Iterator[None]:
    """Streamlit caches live in the process: never let one test see another's store."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


POSTGRES_URL_ENV = "TEAMSPIEGEL_TEST_POSTGRES_URL"
# Tests that use `store_url` but check something only SQLite has are not run with
# --store=postgresql: mark them `sqlite_only` (or, for now, list them here).
SQLITE_ONLY = ("tests/test_store.py::test_foreign_keys_are_enforced_on_every_connection",)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--store",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="postgresql: run the tests that use a store (and the `postgres` tests) against a "
        f"fresh database per test on the server in ${POSTGRES_URL_ENV}",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: checks something only SQLite has")
    if config.getoption("--store") == "postgresql" and not os.environ.get(POSTGRES_URL_ENV):
        raise pytest.UsageError(f"--store=postgresql needs {POSTGRES_URL_ENV} (an admin URL)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """SQLite run: everything but the `postgres` tests. PostgreSQL run: the tests that use a
    store, plus the `postgres` tests. Deselected, never skipped: scripts/test.sh runs both."""
    on_postgres = config.getoption("--store") == "postgresql"
    selected: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        needs_postgres = item.get_closest_marker("postgres") is not None
        uses_store = "store_url" in getattr(item, "fixturenames", ())
        sqlite_only = item.get_closest_marker("sqlite_only") or item.nodeid in SQLITE_ONLY
        wanted = (
            (needs_postgres or uses_store) and not sqlite_only
            if on_postgres
            else not needs_postgres
        )
        (selected if wanted else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture
def postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        pytest.fail(f"this test needs a PostgreSQL server: set {POSTGRES_URL_ENV}")
    return url


@pytest.fixture
def store_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh store per test: a SQLite file, or with --store=postgresql a new database."""
    if request.config.getoption("--store") == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    yield from fresh_postgres_database(admin_url)


def fresh_postgres_database(admin_url: str) -> Iterator[str]:
    """Create an empty database next to the admin URL's one; drop it (and its sessions) after."""
    name = f"teamspiegel_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        st.cache_resource.clear()  # cached engines hold connections to the database
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def empty_engine(store_url: str) -> Iterator[Engine]:
    engine = open_store(store_url).engine
    yield engine
    engine.dispose()


@pytest.fixture
def tiny_engine(empty_engine: Engine) -> Engine:
    insert_dataset(empty_engine, tiny_dataset())
    return empty_engine


@pytest.fixture
def app_on_tiny(tiny_engine: Engine, store_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the app at the tiny fixture store (no sample data), one local user, no login."""
    monkeypatch.setenv(DATABASE_URL_ENV, store_url)
    monkeypatch.setenv(SAMPLE_DATA_ENV, "0")
    monkeypatch.setenv(SINGLE_USER_ENV, "1")
    return store_url


@pytest.fixture
def app_on_empty(empty_engine: Engine, store_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(DATABASE_URL_ENV, store_url)
    monkeypatch.setenv(SAMPLE_DATA_ENV, "0")
    monkeypatch.setenv(SINGLE_USER_ENV, "1")
    return store_url


@pytest.fixture
def app_on_new_sample_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A URL to a SQLite file that does not exist yet: the app creates it with sample data."""
    url = f"sqlite:///{tmp_path / 'new' / 'sample.db'}"
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    monkeypatch.delenv(SAMPLE_DATA_ENV, raising=False)
    monkeypatch.setenv(SINGLE_USER_ENV, "1")
    return url
