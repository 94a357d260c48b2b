"""The database itself rejects rows that break the domain rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError, StatementError

from data_model.models import Assignment, Case, Member, PhasePeriod
from tests.fixture_data import tiny_dataset

D = dt.date


def _member_row(**changes: Any) -> dict[str, Any]:
    row = {k: v for k, v in tiny_dataset()["member"][0].items() if k != "id"}
    row["pseudonym"] = "T-99"
    row.update(changes)
    return row


def _case_row(**changes: Any) -> dict[str, Any]:
    row = {k: v for k, v in tiny_dataset()["case"][1].items() if k != "id"}
    row.update(code="TD-999")
    row.update(changes)
    return row


def _insert(engine: Engine, model: Any, row: dict[str, Any]) -> None:
    with engine.begin() as conn:
        conn.execute(insert(model), [row])


@pytest.mark.parametrize(
    "changes",
    [
        {"fte": 0.0},
        {"fte": 1.6},
        {"ended_on": D(2019, 12, 31)},
        {"team_id": 999},
        {"pseudonym": "T-01"},
        {"registration": "skj", "registration_valid_until": None},
        {"years_experience": -1},
    ],
    ids=[
        "fte-zero",
        "fte-too-high",
        "end-before-start",
        "unknown-team",
        "duplicate-pseudonym",
        "registration-without-date",
        "negative-experience",
    ],
)
def test_bad_member_rows_are_rejected(tiny_engine: Engine, changes: dict[str, Any]) -> None:
    with pytest.raises(IntegrityError):
        _insert(tiny_engine, Member, _member_row(**changes))


@pytest.mark.parametrize("column,value", [("education_level", "phd"), ("kind", "robot")])
def test_unknown_enum_codes_are_rejected(tiny_engine: Engine, column: str, value: str) -> None:
    with pytest.raises((IntegrityError, StatementError)):
        _insert(tiny_engine, Member, _member_row(**{column: value}))


def test_enum_check_holds_even_for_raw_sql(tiny_engine: Engine) -> None:
    from sqlalchemy import text

    with pytest.raises(IntegrityError), tiny_engine.begin() as conn:
        conn.execute(text("UPDATE member SET education_level = 'phd' WHERE id = 1"))


@pytest.mark.parametrize(
    "changes",
    [
        {"code": "TD-001"},
        {"closed_on": D(2026, 1, 1)},
        {"outcome": "lopend"},
        {"closed_on": None, "outcome": "zelfredzaam"},
        {"area_id": 999},
    ],
    ids=[
        "duplicate-code",
        "closed-before-opened",
        "closed-but-lopend",
        "open-with-outcome",
        "unknown-area",
    ],
)
def test_bad_case_rows_are_rejected(tiny_engine: Engine, changes: dict[str, Any]) -> None:
    with pytest.raises(IntegrityError):
        _insert(tiny_engine, Case, _case_row(**changes))


def test_same_case_code_is_allowed_in_another_team(tiny_engine: Engine) -> None:
    _insert(tiny_engine, Case, _case_row(code="TD-001", team_id=2))
    with tiny_engine.connect() as conn:
        teams = conn.execute(select(Case.team_id).where(Case.code == "TD-001")).scalars().all()
    assert sorted(teams) == [1, 2]


def test_assignment_needs_existing_member_and_ordered_dates(tiny_engine: Engine) -> None:
    good = {"case_id": 1, "member_id": 3, "role": "consult", "started_on": D(2026, 1, 1)}
    _insert(tiny_engine, Assignment, good)
    with pytest.raises(IntegrityError):
        _insert(tiny_engine, Assignment, {**good, "member_id": 999})
    with pytest.raises(IntegrityError):
        _insert(tiny_engine, Assignment, {**good, "ended_on": D(2025, 1, 1)})


def test_phase_period_end_must_follow_start(tiny_engine: Engine) -> None:
    row = {
        "case_id": 1,
        "phase": "uitstroom",
        "started_on": D(2026, 2, 1),
        "ended_on": D(2026, 1, 1),
    }
    with pytest.raises(IntegrityError):
        _insert(tiny_engine, PhasePeriod, row)
