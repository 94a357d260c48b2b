"""PostgreSQL as the store: what only a real server shows.

Run by `scripts/test.sh` with `pytest --store=postgresql` (a fresh database per test on the server
in TEAMSPIEGEL_TEST_POSTGRES_URL); that run also repeats every test that uses a store. A plain
`pytest` deselects these tests.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session

from data_model import queries
from data_model.bulk import insert_dataset, row_counts
from data_model.models import Case, Municipality, Team
from data_model.store import current_revision, head_revision, open_store
from sample_data.national import NATIONAL, populate_national
from tests.fixture_data import tiny_dataset

pytestmark = pytest.mark.postgres

AS_OF = dt.date(2026, 6, 30)
START, END = AS_OF - dt.timedelta(days=364), AS_OF
SIZE = NATIONAL.scaled(0.002)
SEQ_SCAN_OF_BIG_TABLE = re.compile(r'Seq Scan on ("case"|assignment|phase_period)\b')


@pytest.fixture
def pg_engine(store_url: str) -> Iterator[Engine]:
    assert store_url.startswith("postgresql"), "run with --store=postgresql"
    engine = open_store(store_url).engine
    yield engine
    engine.dispose()


@pytest.fixture
def national_pair(pg_engine: Engine, tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    """The same small national data set in PostgreSQL and in SQLite."""
    sqlite = open_store(f"sqlite:///{tmp_path / 'national.db'}").engine
    for engine in (pg_engine, sqlite):
        populate_national(engine, 2015, AS_OF, SIZE)
    yield pg_engine, sqlite
    sqlite.dispose()


def test_the_reserved_table_name_case_works_on_postgresql(pg_engine: Engine) -> None:
    insert_dataset(pg_engine, tiny_dataset())
    with pg_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Case)).scalar_one() == 7


def test_new_rows_get_fresh_ids_after_a_bulk_load_with_explicit_ids(pg_engine: Engine) -> None:
    """insert_dataset writes ids 1..n; PostgreSQL's sequences must move past them."""
    insert_dataset(pg_engine, tiny_dataset())
    with Session(pg_engine) as session:
        town = Municipality(cbs_code="GM9993", name="Nieuwdorp")
        session.add(town)
        session.flush()
        session.add(Team(municipality_id=town.id, name="Nieuw team"))
        session.commit()
        assert town.id == 3
    assert row_counts(pg_engine)["team"] == 3


def test_new_rows_get_fresh_ids_after_the_national_bulk_load(pg_engine: Engine) -> None:
    populate_national(pg_engine, 2015, AS_OF, SIZE)
    with Session(pg_engine) as session:
        town = Municipality(cbs_code="GM9999", name="Nieuwdorp")
        session.add(town)
        session.commit()
        assert town.id == SIZE.municipalities + 1


def test_national_sample_reads_the_same_on_postgresql_as_on_sqlite(
    national_pair: tuple[Engine, Engine],
) -> None:
    postgres, sqlite = national_pair
    assert row_counts(postgres) == row_counts(sqlite)
    teams = queries.load_teams(sqlite)
    pd.testing.assert_frame_equal(queries.load_teams(postgres), teams)
    team = [int(teams["team_id"].iloc[-1])]
    for load in (queries.load_cases, queries.load_assignments, queries.load_phases):
        expected = load(sqlite, team, START, END)
        assert len(expected) > 20
        pd.testing.assert_frame_equal(load(postgres, team, START, END), expected)
    pd.testing.assert_frame_equal(
        queries.load_members(postgres, team), queries.load_members(sqlite, team)
    )


def test_hot_queries_can_use_their_indexes_on_postgresql(
    national_pair: tuple[Engine, Engine], store_url: str
) -> None:
    """With sequential scans priced out, the plans find the named indexes (they exist and fit)."""
    no_seqscan = create_engine(store_url, connect_args={"options": "-c enable_seqscan=off"})
    expected = {
        "cases": (queries.cases_query([1], START, END), "ix_case_team_opened"),
        "assignments": (queries.assignments_query([1], START, END), "ix_assignment_case_id"),
        "phases": (queries.phases_query([1], START, END), "ix_phase_period_case_id"),
    }
    try:
        for name, (query, index) in expected.items():
            plan = queries.query_plan(no_seqscan, query)
            assert any(index in line for line in plan), (name, plan)
            assert not [line for line in plan if SEQ_SCAN_OF_BIG_TABLE.search(line)], plan
    finally:
        no_seqscan.dispose()


# One dashboard process: imports first, then opens the store at the agreed moment.
START_INSTANCE = """
import sys, time
from data_model.store import open_store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
open_store(sys.argv[1]).engine.dispose()
"""


def test_instances_starting_together_on_a_new_database_all_open_it(store_url: str) -> None:
    """Four dashboard processes opening an empty database at the same moment: one creates the
    schema while the others wait for its advisory lock, and every one of them opens the store."""
    moment = time.time() + 8  # after every process has done its imports
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", START_INSTANCE, store_url, str(moment)],
            cwd=Path(__file__).resolve().parent.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [process.communicate(timeout=120)[0] for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, outputs
    engine = create_engine(store_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
