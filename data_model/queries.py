"""Read functions for the pages: each returns a DataFrame, filtered by team and period in SQL.

Every case query starts from the team's cases that overlap the period (index
`ix_case_team_opened`), and the assignment and phase queries join on those cases only, through
`ix_assignment_case_id` and `ix_phase_period_case_id`; members come by `team_id`. The `*_query`
functions build the statements (tests check their plans with `query_plan`), `load_*` run them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd
from sqlalchemy import ColumnElement, Engine, Select, and_, or_, select

from data_model.models import (
    Area,
    Assignment,
    Case,
    Member,
    Municipality,
    PhasePeriod,
    PopulationEducation,
    Team,
)

MEMBER_DATE_COLUMNS = ("registration_valid_until", "started_on", "ended_on")
CASE_DATE_COLUMNS = ("opened_on", "closed_on")
PERIOD_DATE_COLUMNS = ("started_on", "ended_on")


def _read(engine: Engine, query: Select, date_columns: Sequence[str] = ()) -> pd.DataFrame:
    with engine.connect() as conn:
        frame = pd.read_sql(query, conn)
    for column in date_columns:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def load_teams(engine: Engine) -> pd.DataFrame:
    """All teams with their municipality: team_id, team_name, municipality_id, ..."""
    query = (
        select(
            Team.id.label("team_id"),
            Team.name.label("team_name"),
            Team.founded_on,
            Municipality.id.label("municipality_id"),
            Municipality.name.label("municipality_name"),
            Municipality.cbs_code.label("municipality_code"),
        )
        .join(Municipality, Team.municipality_id == Municipality.id)
        .order_by(Municipality.name, Team.name)
    )
    return _read(engine, query, ("founded_on",))


def load_members(engine: Engine, team_ids: Sequence[int]) -> pd.DataFrame:
    """Every member (past and present) of the given teams."""
    return _read(engine, members_query(team_ids), MEMBER_DATE_COLUMNS)


def members_query(team_ids: Sequence[int]) -> Select:
    return (
        select(
            Member.id.label("member_id"),
            Member.team_id,
            Member.display_name,
            Member.pseudonym,
            Member.education_level,
            Member.discipline,
            Member.kind,
            Member.employer,
            Member.fte,
            Member.registration,
            Member.registration_valid_until,
            Member.started_on,
            Member.ended_on,
            Member.years_experience,
        )
        .where(Member.team_id.in_(list(team_ids)))
        .order_by(Member.team_id, Member.pseudonym)
    )


def _cases_in_period(team_ids: Sequence[int], start: dt.date, end: dt.date) -> Select:
    """Ids of the teams' cases that are open at some day of [start, end]."""
    return select(Case.id).where(
        Case.team_id.in_(list(team_ids)),
        Case.opened_on <= end,
        or_(Case.closed_on.is_(None), Case.closed_on >= start),
    )


def load_cases(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """The teams' cases open at some day of the period, with the area's CBS code."""
    return _read(engine, cases_query(team_ids, start, end), CASE_DATE_COLUMNS)


def cases_query(team_ids: Sequence[int], start: dt.date, end: dt.date) -> Select:
    return (
        select(
            Case.id.label("case_id"),
            Case.team_id,
            Case.code,
            Area.cbs_code.label("area_code"),
            Case.target_group,
            Case.complexity,
            Case.risk_flags,
            Case.pilot,
            Case.referral_source,
            Case.opened_on,
            Case.closed_on,
            Case.outcome,
            Case.tenzij_motivering,
        )
        .outerjoin(Area, Case.area_id == Area.id)
        .where(Case.id.in_(_cases_in_period(team_ids, start, end)))
        .order_by(Case.opened_on, Case.id)
    )


def load_assignments(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """Assignments on the period's cases that overlap the period, with the member's education."""
    return _read(engine, assignments_query(team_ids, start, end), PERIOD_DATE_COLUMNS)


def assignments_query(team_ids: Sequence[int], start: dt.date, end: dt.date) -> Select:
    return (
        select(
            Assignment.id.label("assignment_id"),
            Assignment.case_id,
            Assignment.member_id,
            Assignment.role,
            Assignment.started_on,
            Assignment.ended_on,
            Member.education_level,
        )
        .join(Member, Assignment.member_id == Member.id)
        .where(
            Assignment.case_id.in_(_cases_in_period(team_ids, start, end)),
            Assignment.started_on <= end,
            or_(Assignment.ended_on.is_(None), Assignment.ended_on >= start),
        )
        .order_by(Assignment.case_id, Assignment.started_on)
    )


def load_phases(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """All phase periods of the period's cases (whole history, for durations and flows)."""
    return _read(engine, phases_query(team_ids, start, end), PERIOD_DATE_COLUMNS)


def phases_query(team_ids: Sequence[int], start: dt.date, end: dt.date) -> Select:
    return (
        select(
            PhasePeriod.id.label("phase_id"),
            PhasePeriod.case_id,
            PhasePeriod.phase,
            PhasePeriod.started_on,
            PhasePeriod.ended_on,
        )
        .where(PhasePeriod.case_id.in_(_cases_in_period(team_ids, start, end)))
        .order_by(PhasePeriod.case_id, PhasePeriod.started_on)
    )


def load_areas(engine: Engine, municipality_ids: Sequence[int]) -> pd.DataFrame:
    """Wijken and buurten of the municipalities, with the parent wijk's code for buurten."""
    return _read(engine, areas_query(municipality_ids))


def areas_query(municipality_ids: Sequence[int]) -> Select:
    parent = Area.__table__.alias("parent")
    return (
        select(
            Area.id.label("area_id"),
            Area.municipality_id,
            Area.cbs_code.label("area_code"),
            Area.name.label("area_name"),
            Area.kind,
            parent.c.cbs_code.label("parent_code"),
        )
        .outerjoin(parent, Area.parent_id == parent.c.id)
        .where(Area.municipality_id.in_(list(municipality_ids)))
        .order_by(Area.cbs_code)
    )


def load_population(
    engine: Engine, region_codes: Sequence[str], year: int | None = None
) -> pd.DataFrame:
    """Population education rows of the regions: the newest year per region (or `year`).

    When a region has several sources for that year, real CBS figures win over fictional ones.
    """
    rows = _read(engine, population_query(region_codes, year))
    rows["is_fictional"] = rows["status"] == "fictief"
    newest_first = rows.sort_values(
        ["region_code", "year", "is_fictional"], ascending=[True, False, True]
    )
    return newest_first.drop_duplicates("region_code").reset_index(drop=True)


def population_query(region_codes: Sequence[str], year: int | None = None) -> Select:
    conditions: list[ColumnElement[bool]] = [
        PopulationEducation.region_code.in_(list(region_codes))
    ]
    if year is not None:
        conditions.append(PopulationEducation.year == year)
    return select(
        PopulationEducation.region_code,
        PopulationEducation.region_name,
        PopulationEducation.region_kind,
        PopulationEducation.year,
        PopulationEducation.low,
        PopulationEducation.middle,
        PopulationEducation.high,
        PopulationEducation.source,
        PopulationEducation.status,
    ).where(and_(*conditions))


def query_plan(engine: Engine, query: Select) -> list[str]:
    """How the database would run `query`: SQLite's EXPLAIN QUERY PLAN lines, or PostgreSQL's
    EXPLAIN lines. For tests and diagnosis; the statement itself is built with select()."""
    compiled = query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
    explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(explain + str(compiled)).all()
    return [str(row[-1]) for row in rows]
