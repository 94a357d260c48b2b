"""The hot per-team queries use their indexes: no full scan of case, assignment or phase_period.

SQLite's EXPLAIN QUERY PLAN for the statements the pages run, on a store with national-shaped
data and planner statistics (as the national generator leaves it) and on one without statistics.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, Select

from data_model import queries
from data_model.bulk import insert_dataset
from data_model.models import Base
from data_model.store import open_store
from sample_data.national import NATIONAL, populate_national
from tests.fixture_data import tiny_dataset

AS_OF = dt.date(2026, 6, 30)
START, END = AS_OF - dt.timedelta(days=364), AS_OF
BIG_TABLES = ("case", "assignment", "phase_period", "member")
FULL_SCAN = re.compile(rf"^SCAN ({'|'.join(BIG_TABLES)})\b")

HOT_QUERIES: dict[str, tuple[Callable[[], Select], tuple[str, ...]]] = {
    "cases": (lambda: queries.cases_query([1], START, END), ("ix_case_team_opened",)),
    "assignments": (
        lambda: queries.assignments_query([1], START, END),
        ("ix_assignment_case_id", "ix_case_team_opened"),
    ),
    "phases": (
        lambda: queries.phases_query([1], START, END),
        ("ix_phase_period_case_id", "ix_case_team_opened"),
    ),
    "members": (lambda: queries.members_query([1]), ("SEARCH member USING INDEX",)),
}


@pytest.fixture(scope="module")
def national_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A small national-shaped store, ANALYZEd by the generator like the full one."""
    path: Path = tmp_path_factory.mktemp("plans") / "national.db"
    engine = open_store(f"sqlite:///{path}").engine
    populate_national(engine, 2015, AS_OF, NATIONAL.scaled(0.01))
    yield engine
    engine.dispose()


@pytest.fixture
def unanalyzed_engine(tmp_path: Path) -> Iterator[Engine]:
    """The tiny hand-made store, without planner statistics (SQLite, like every plan here)."""
    engine = open_store(f"sqlite:///{tmp_path / 'tiny.db'}").engine
    insert_dataset(engine, tiny_dataset())
    yield engine
    engine.dispose()


@pytest.fixture(params=["national_engine", "unanalyzed_engine"])
def engine(request: pytest.FixtureRequest) -> Engine:
    return request.getfixturevalue(request.param)


def _full_scans(plan: list[str]) -> list[str]:
    return [line for line in plan if FULL_SCAN.match(line)]


@pytest.mark.parametrize("name", list(HOT_QUERIES))
def test_hot_query_searches_by_index_and_never_scans_a_big_table(engine: Engine, name: str) -> None:
    build, expected = HOT_QUERIES[name]
    plan = queries.query_plan(engine, build())
    assert not _full_scans(plan), plan
    for index in expected:
        assert any(index in line for line in plan), (index, plan)


def test_population_is_found_by_region_code(engine: Engine) -> None:
    population = queries.query_plan(engine, queries.population_query(["GM0001", "NL01"]))
    assert any("ix_population_education_region_code" in line for line in population), population


def test_the_check_notices_a_full_scan(tmp_path: Path) -> None:
    """Without ix_phase_period_case_id the phases query scans phase_period: the check sees it."""
    engine = open_store(f"sqlite:///{tmp_path / 'store.db'}").engine
    insert_dataset(engine, tiny_dataset())
    phases = Base.metadata.tables["phase_period"]
    index = next(i for i in phases.indexes if i.name == "ix_phase_period_case_id")
    with engine.begin() as conn:
        index.drop(conn)
    plan = queries.query_plan(engine, queries.phases_query([1], START, END))
    assert _full_scans(plan) == ["SCAN phase_period"], plan
    engine.dispose()


def test_query_plan_describes_the_statement_it_is_given(national_engine: Engine) -> None:
    plan = queries.query_plan(national_engine, queries.phases_query([2], START, END))
    assert plan and all(isinstance(line, str) for line in plan)
