"""Cross-team reads for the Vergelijken page: filtered by the chosen teams and the period in SQL,
and aggregated per team in SQL, so that a national store (hundreds of teams, 500k cases) never
travels into pandas whole. Only the members (a few dozen rows per team, without names) come back
row by row, because their presence in the period needs date arithmetic that differs per database.

The definitions match the per-team pandas analyses (tests check that they agree):
`analysis.duos.case_duo_types`, `analysis.phases.open_cases_by_phase`,
`analysis.workload.member_caseloads` and `analysis.pilots.pilot_summary`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

import pandas as pd
from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    Select,
    and_,
    case,
    distinct,
    func,
    literal,
    or_,
    select,
)

from data_model.models import Assignment, Case, Member, PhasePeriod

WORK_ROLES: tuple[str, ...] = ("regie", "begeleiding")
MBO_LEVELS: tuple[str, ...] = ("mbo1", "mbo2", "mbo3", "mbo4")
HBO_LEVELS: tuple[str, ...] = ("hbo_ad", "hbo_bachelor", "hbo_master", "wo_bachelor", "wo_master")
ESCALATED = "opgeschaald"


def _read(engine: Engine, query: Select, date_columns: Sequence[str] = ()) -> pd.DataFrame:
    with engine.connect() as conn:
        frame = pd.read_sql(query, conn)
    for column in date_columns:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def _day(value: dt.date) -> ColumnElement[dt.date]:
    return literal(value, Date())


def _case_in_period(team_ids: Sequence[int], start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """The case belongs to one of the teams and is open on at least one day of the period."""
    return and_(
        Case.team_id.in_(list(team_ids)),
        Case.opened_on <= end,
        or_(Case.closed_on.is_(None), Case.closed_on >= start),
    )


def load_period_members(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """Members of the teams who were in the team on at least one day of the period.

    Columns: team_id, education_level, fte, started_on, ended_on (no names, no pseudonyms).
    """
    query = (
        select(
            Member.team_id,
            Member.education_level,
            Member.fte,
            Member.started_on,
            Member.ended_on,
        )
        .where(
            Member.team_id.in_(list(team_ids)),
            Member.started_on <= end,
            or_(Member.ended_on.is_(None), Member.ended_on >= start),
        )
        .order_by(Member.team_id, Member.id)
    )
    return _read(engine, query, ("started_on", "ended_on"))


def load_case_counts(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """Per team: cases (open on a day of the period), closed (closed within the period) and
    escalated (of those, outcome 'opgeschaald'). Teams without cases have no row."""
    closed_in_period = and_(Case.closed_on >= start, Case.closed_on <= end)
    query = (
        select(
            Case.team_id,
            func.count().label("cases"),
            func.sum(case((closed_in_period, 1), else_=0)).label("closed"),
            func.sum(case((and_(closed_in_period, Case.outcome == ESCALATED), 1), else_=0)).label(
                "escalated"
            ),
        )
        .where(_case_in_period(team_ids, start, end))
        .group_by(Case.team_id)
        .order_by(Case.team_id)
    )
    return _read(engine, query)


def _duo_group_code() -> ColumnElement[int]:
    """1 for an mbo member, 2 for hbo (incl. wo), 3 for any other level (overig)."""
    return case(
        (Member.education_level.in_(list(MBO_LEVELS)), 1),
        (Member.education_level.in_(list(HBO_LEVELS)), 2),
        else_=3,
    )


def load_duo_type_counts(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """Per team and duo type: number of cases (long rows team_id, duo_type, cases).

    As `analysis.duos.case_duo_types`: every case open on a day of the period, typed on its
    reference day (period end, or its closing day when earlier) by the distinct members holding
    a regie or begeleiding assignment that day, grouped mbo / hbo (incl. wo) / overig.

    Per case only the number of distinct members and the lowest and highest group code are
    needed: with two members those two codes are their groups (a member counted twice does not
    change a minimum or maximum), and one DISTINCT per case is far cheaper than one per group.
    """
    end_day = _day(end)
    reference_day = case(
        (and_(Case.closed_on.is_not(None), Case.closed_on < end_day), Case.closed_on),
        else_=end_day,
    )
    active = (
        select(Case.id.label("case_id"), Case.team_id, reference_day.label("reference_day"))
        .where(_case_in_period(team_ids, start, end))
        .subquery()
    )
    working = and_(
        Assignment.case_id == active.c.case_id,
        Assignment.role.in_(list(WORK_ROLES)),
        Assignment.started_on <= active.c.reference_day,
        or_(Assignment.ended_on.is_(None), Assignment.ended_on >= active.c.reference_day),
    )
    group = _duo_group_code()
    per_case = (
        select(
            active.c.team_id,
            func.count(distinct(Assignment.member_id)).label("members"),
            func.min(group).label("low"),
            func.max(group).label("high"),
        )
        .select_from(active)
        .outerjoin(Assignment, working)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .group_by(active.c.case_id, active.c.team_id)
        .subquery()
    )
    members, low, high = per_case.c.members, per_case.c.low, per_case.c.high
    duo_type = case(
        (members == 0, "geen toewijzing"),
        (members == 1, "solo"),
        (members >= 3, "3+"),
        (high == 3, "duo met overig"),
        (high == 1, "mbo-mbo"),
        (low == 2, "hbo-hbo"),
        else_="mbo-hbo",
    )
    typed = select(per_case.c.team_id, duo_type.label("duo_type")).subquery()
    query = (
        select(typed.c.team_id, typed.c.duo_type, func.count().label("cases"))
        .group_by(typed.c.team_id, typed.c.duo_type)
        .order_by(typed.c.team_id, typed.c.duo_type)
    )
    return _read(engine, query)


def load_open_phase_counts(engine: Engine, team_ids: Sequence[int], day: dt.date) -> pd.DataFrame:
    """Per team and phase: cases open on `day` that are in that phase on `day` (long rows
    team_id, phase, cases). As `analysis.phases.open_cases_by_phase`: when two phase periods
    cover the day, the one that started last counts; open cases without a phase are left out.
    """
    covering = (
        select(
            Case.team_id,
            PhasePeriod.phase,
            func.row_number()
            .over(
                partition_by=PhasePeriod.case_id,
                order_by=(PhasePeriod.started_on.desc(), PhasePeriod.id.desc()),
            )
            .label("rank"),
        )
        .join(Case, Case.id == PhasePeriod.case_id)
        .where(
            _case_in_period(team_ids, day, day),
            PhasePeriod.started_on <= day,
            or_(PhasePeriod.ended_on.is_(None), PhasePeriod.ended_on >= day),
        )
        .subquery()
    )
    query = (
        select(covering.c.team_id, covering.c.phase, func.count().label("cases"))
        .where(covering.c.rank == 1)
        .group_by(covering.c.team_id, covering.c.phase)
        .order_by(covering.c.team_id)
    )
    return _read(engine, query)


def load_member_case_counts(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> pd.DataFrame:
    """Per team: member_cases = Σ over the team's members in the period of the distinct cases
    they worked (regie or begeleiding assignment overlapping the period, on a case of the team
    open in the period). As the numerator of `analysis.workload.caseload_per_fte`."""
    pairs = (
        select(Case.team_id, Assignment.member_id, Assignment.case_id)
        .distinct()
        .join(Case, Case.id == Assignment.case_id)
        .join(Member, Member.id == Assignment.member_id)
        .where(
            _case_in_period(team_ids, start, end),
            Assignment.role.in_(list(WORK_ROLES)),
            Assignment.started_on <= end,
            or_(Assignment.ended_on.is_(None), Assignment.ended_on >= start),
            Member.team_id == Case.team_id,
            Member.started_on <= end,
            or_(Member.ended_on.is_(None), Member.ended_on >= start),
        )
        .subquery()
    )
    query = (
        select(pairs.c.team_id, func.count().label("member_cases"))
        .group_by(pairs.c.team_id)
        .order_by(pairs.c.team_id)
    )
    return _read(engine, query)


@dataclass(frozen=True)
class ComparisonReads:
    """Every per-team read of the comparison page, as the functions above return them."""

    members: pd.DataFrame
    case_counts: pd.DataFrame
    duo_counts: pd.DataFrame
    phase_counts: pd.DataFrame
    member_cases: pd.DataFrame


def load_comparison_reads(
    engine: Engine, team_ids: Sequence[int], start: dt.date, end: dt.date
) -> ComparisonReads:
    """All reads of the comparison page, side by side on their own pooled connections.

    Each is one aggregate statement that spends nearly all its time inside the database (the
    SQLite and PostgreSQL drivers release the GIL while a statement runs), so on a machine with
    two or more cores the page waits for the slowest read rather than for the sum. An error in
    any read is raised here, as when they run one after the other.
    """
    reads: dict[str, Callable[[], pd.DataFrame]] = {  # slowest first
        "duo_counts": partial(load_duo_type_counts, engine, team_ids, start, end),
        "member_cases": partial(load_member_case_counts, engine, team_ids, start, end),
        "phase_counts": partial(load_open_phase_counts, engine, team_ids, end),
        "case_counts": partial(load_case_counts, engine, team_ids, start, end),
        "members": partial(load_period_members, engine, team_ids, start, end),
    }
    with ThreadPoolExecutor(max_workers=len(reads), thread_name_prefix="comparison") as pool:
        running = {name: pool.submit(read) for name, read in reads.items()}
        return ComparisonReads(**{name: future.result() for name, future in running.items()})
