"""Shared fixtures: a fresh temporary store per test, the tiny hand-made team, clean caches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import Engine

from data_model.bulk import insert_dataset
from data_model.config import DATABASE_URL_ENV, SAMPLE_DATA_ENV
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


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


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
    """Point the app at the tiny fixture store (no sample data)."""
    monkeypatch.setenv(DATABASE_URL_ENV, store_url)
    monkeypatch.setenv(SAMPLE_DATA_ENV, "0")
    return store_url


@pytest.fixture
def app_on_empty(empty_engine: Engine, store_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(DATABASE_URL_ENV, store_url)
    monkeypatch.setenv(SAMPLE_DATA_ENV, "0")
    return store_url


@pytest.fixture
def app_on_new_sample_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A URL to a SQLite file that does not exist yet: the app creates it with sample data."""
    url = f"sqlite:///{tmp_path / 'new' / 'sample.db'}"
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    monkeypatch.delenv(SAMPLE_DATA_ENV, raising=False)
    return url
