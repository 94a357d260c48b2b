"""The naive baseline: read whole tables with pandas, then filter and join in memory.

Each function returns exactly what its namesake in `data_model.queries` returns (same columns,
rows, order and types), so a page run with these in place shows the same figures; only the way
the rows are found differs. This is what the design notes warn against (14.7 s, 1.2 GB). It is
a benchmark baseline, never used by the app; the whole-table reads are plain `select(table)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pandas as pd
from sqlalchemy import Engine, select

from data_model import queries
from data_model.models import Base

DATE_COLUMNS = frozenset(
    {*queries.MEMBER_DATE_COLUMNS, *queries.CASE_DATE_COLUMNS, *queries.PERIOD_DATE_COLUMNS}
) | {"founded_on"}
PATCHED = (
    "load_teams",
    "load_members",
    "load_cases",
    "load_assignments",
    "load_phases",
    "load_areas",
    "load_population",
)


# Whole tables read during one page run: a naive page reads each table once, not per figure.
_READ_THIS_RUN: dict[str, pd.DataFrame] = {}


@contextmanager
def naive_queries() -> Iterator[None]:
    """Replace the page reads in `data_model.queries` by the naive ones for a while."""
    saved = {name: getattr(queries, name) for name in PATCHED}
    try:
        for name in PATCHED:
            setattr(queries, name, globals()[name])
        yield
    finally:
        for name, function in saved.items():
            setattr(queries, name, function)
        forget_tables()


def forget_tables() -> None:
    """Call before each page run: every run reads the tables it needs afresh."""
    _READ_THIS_RUN.clear()


def whole_table(engine: Engine, name: str) -> pd.DataFrame:
    if name not in _READ_THIS_RUN:
        with engine.connect() as conn:
            frame = pd.read_sql(select(Base.metadata.tables[name]), conn)
        for column in Base.metadata.tables[name].columns:
            if column.name in DATE_COLUMNS:
                frame[column.name] = pd.to_datetime(frame[column.name])
        _READ_THIS_RUN[name] = frame
    return _READ_THIS_RUN[name]  # copy-on-write: callers cannot change it


def _period_case_ids(
    cases: pd.DataFrame, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.Series:
    open_in_period = (
        cases["team_id"].isin(list(team_ids))
        & (cases["opened_on"] <= pd.Timestamp(end))
        & (cases["closed_on"].isna() | (cases["closed_on"] >= pd.Timestamp(start)))
    )
    return cases.loc[open_in_period, "id"]


def _all_cases(engine: Engine) -> pd.DataFrame:
    return whole_table(engine, "case")


def load_teams(engine: Engine) -> pd.DataFrame:
    teams = whole_table(engine, "team")
    towns = whole_table(engine, "municipality")
    joined = teams.merge(towns, left_on="municipality_id", right_on="id", suffixes=("", "_m"))
    frame = pd.DataFrame(
        {
            "team_id": joined["id"],
            "team_name": joined["name"],
            "founded_on": joined["founded_on"],
            "municipality_id": joined["municipality_id"],
            "municipality_name": joined["name_m"],
            "municipality_code": joined["cbs_code"],
        }
    )
    return frame.sort_values(["municipality_name", "team_name"]).reset_index(drop=True)


def load_members(engine: Engine, team_ids: Sequence[int]) -> pd.DataFrame:
    members = whole_table(engine, "member")
    chosen = members[members["team_id"].isin(list(team_ids))]
    chosen = chosen.sort_values(["team_id", "pseudonym"]).rename(columns={"id": "member_id"})
    return chosen.drop(columns="version").reset_index(drop=True)


def load_cases(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    cases = _all_cases(engine)
    areas = whole_table(engine, "area")[["id", "cbs_code"]]
    chosen = cases[cases["id"].isin(_period_case_ids(cases, team_ids, start, end))]
    chosen = chosen.merge(
        areas.rename(columns={"id": "area_id", "cbs_code": "area_code"}), on="area_id", how="left"
    )
    chosen = chosen.sort_values(["opened_on", "id"]).rename(columns={"id": "case_id"})
    columns = ["case_id", "team_id", "code", "area_code", "target_group", "complexity"]
    columns += ["risk_flags", "pilot", "referral_source", "opened_on", "closed_on", "outcome"]
    return chosen[[*columns, "tenzij_motivering"]].reset_index(drop=True)


def load_assignments(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    assignments = whole_table(engine, "assignment")
    case_ids = _period_case_ids(_all_cases(engine), team_ids, start, end)
    members = whole_table(engine, "member")[["id", "education_level"]]
    overlapping = (
        assignments["case_id"].isin(case_ids)
        & (assignments["started_on"] <= pd.Timestamp(end))
        & (assignments["ended_on"].isna() | (assignments["ended_on"] >= pd.Timestamp(start)))
    )
    chosen = assignments[overlapping].merge(
        members.rename(columns={"id": "member_id"}), on="member_id"
    )
    chosen = chosen.sort_values(["case_id", "started_on"], kind="stable")
    chosen = chosen.rename(columns={"id": "assignment_id"})
    columns = ["assignment_id", "case_id", "member_id", "role", "started_on", "ended_on"]
    return chosen[[*columns, "education_level"]].reset_index(drop=True)


def load_phases(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    phases = whole_table(engine, "phase_period")
    case_ids = _period_case_ids(_all_cases(engine), team_ids, start, end)
    chosen = phases[phases["case_id"].isin(case_ids)]
    chosen = chosen.sort_values(["case_id", "started_on"], kind="stable")
    chosen = chosen.rename(columns={"id": "phase_id"})
    return chosen[["phase_id", "case_id", "phase", "started_on", "ended_on"]].reset_index(drop=True)


def load_areas(engine: Engine, municipality_ids: Sequence[int]) -> pd.DataFrame:
    areas = whole_table(engine, "area")
    parents = areas[["id", "cbs_code"]].rename(columns={"id": "parent_id", "cbs_code": "parent"})
    chosen = areas[areas["municipality_id"].isin(list(municipality_ids))]
    chosen = chosen.merge(parents, on="parent_id", how="left").sort_values("cbs_code")
    return pd.DataFrame(
        {
            "area_id": chosen["id"],
            "municipality_id": chosen["municipality_id"],
            "area_code": chosen["cbs_code"],
            "area_name": chosen["name"],
            "kind": chosen["kind"],
            "parent_code": chosen["parent"],
        }
    ).reset_index(drop=True)


def load_population(
    engine: Engine, region_codes: Sequence[str], year: int | None = None
) -> pd.DataFrame:
    rows = whole_table(engine, "population_education")
    chosen = rows[rows["region_code"].isin(list(region_codes))]
    if year is not None:
        chosen = chosen[chosen["year"] == year]
    chosen = chosen.drop(columns=["id", "version"]).assign(
        is_fictional=lambda frame: frame["status"] == "fictief"
    )
    newest_first = chosen.sort_values(
        ["region_code", "year", "is_fictional"], ascending=[True, False, True]
    )
    return newest_first.drop_duplicates("region_code").reset_index(drop=True)
