"""On the fictional sample data, the Overzicht shows the figures that plain SQL on the store gives.

The reference is computed straight from the SQLite file with the standard library (no pandas, no
project code), for the team and period the app chose by itself.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests.apptest import metric_values, run_page
from ui import state


def _store_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _members_on(db: sqlite3.Connection, team_id: int, day: dt.date) -> tuple[int, float]:
    row = db.execute(
        "SELECT count(*), sum(fte) FROM member WHERE team_id = ? AND started_on <= ?"
        " AND (ended_on IS NULL OR ended_on >= ?)",
        (team_id, day.isoformat(), day.isoformat()),
    ).fetchone()
    return int(row[0]), float(row[1])


def _cases_in(db: sqlite3.Connection, team_id: int, start: dt.date, end: dt.date) -> int:
    row = db.execute(
        'SELECT count(*) FROM "case" WHERE team_id = ? AND opened_on <= ?'
        " AND (closed_on IS NULL OR closed_on >= ?)",
        (team_id, end.isoformat(), start.isoformat()),
    ).fetchone()
    return int(row[0])


def test_overview_figures_match_the_store(app_on_new_sample_store: str) -> None:
    at = run_page(period=None)
    assert not at.exception
    chosen = at.session_state[state.FILTERS]  # the team and period the app chose by itself
    team_id, start, end = chosen.team_id, chosen.start, chosen.end
    with sqlite3.connect(_store_path(app_on_new_sample_store)) as db:
        headcount, fte = _members_on(db, team_id, end)
        cases = _cases_in(db, team_id, start, end)
    shown = metric_values(at)
    assert headcount >= 10 and cases >= 50  # the sample team is big enough to show numbers
    assert shown["Teamleden"] == str(headcount)
    assert shown["FTE"] == f"{fte:.1f}".replace(".", ",")
    assert shown["Casussen in periode"] == str(cases)


def test_duo_page_counts_the_same_cases(app_on_new_sample_store: str) -> None:
    at = run_page("pages/duos.py", period=None)
    assert not at.exception
    chosen = at.session_state[state.FILTERS]  # the team and period the app chose by itself
    team_id, start, end = chosen.team_id, chosen.start, chosen.end
    with sqlite3.connect(_store_path(app_on_new_sample_store)) as db:
        cases = _cases_in(db, team_id, start, end)
    assert metric_values(at)["Casussen"] == str(cases)
