"""Reading records for editing: one team's rows with id, version and the codes people use.

The columns are those of the row models in `data_model.validation` (a case's area as CBS code,
an assignment's case and member as code and pseudonym), so an edited row validates as is.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, ScalarSelect, Select, or_, select

from data_model.columns import RecordKind
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
from data_model.validation import municipality_number


def _member_query(team_id: int) -> Select:
    return (
        select(
            Member.id,
            Member.version,
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
        .where(Member.team_id == team_id)
        .order_by(Member.pseudonym)
    )


def _case_query(team_id: int) -> Select:
    return (
        select(
            Case.id,
            Case.version,
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
        .where(Case.team_id == team_id)
        .order_by(Case.opened_on.desc(), Case.code)
    )


def _assignment_query(team_id: int) -> Select:
    return (
        select(
            Assignment.id,
            Assignment.version,
            Case.code.label("case_code"),
            Member.pseudonym.label("member_pseudonym"),
            Assignment.role,
            Assignment.started_on,
            Assignment.ended_on,
        )
        .join(Case, Assignment.case_id == Case.id)
        .join(Member, Assignment.member_id == Member.id)
        .where(Case.team_id == team_id)
        .order_by(Case.code, Assignment.started_on)
    )


def _phase_query(team_id: int) -> Select:
    return (
        select(
            PhasePeriod.id,
            PhasePeriod.version,
            Case.code.label("case_code"),
            PhasePeriod.phase,
            PhasePeriod.started_on,
            PhasePeriod.ended_on,
        )
        .join(Case, PhasePeriod.case_id == Case.id)
        .where(Case.team_id == team_id)
        .order_by(Case.code, PhasePeriod.started_on)
    )


def _team_municipality(team_id: int) -> ScalarSelect[int]:
    return select(Team.municipality_id).where(Team.id == team_id).scalar_subquery()


def _area_query(team_id: int) -> Select:
    parent = Area.__table__.alias("parent")
    return (
        select(
            Area.id, Area.version, Area.cbs_code, Area.name, parent.c.cbs_code.label("parent_code")
        )
        .outerjoin(parent, Area.parent_id == parent.c.id)
        .where(Area.municipality_id == _team_municipality(team_id))
        .order_by(Area.cbs_code)
    )


def _population_query(municipality_code: str) -> Select:
    number = municipality_number(municipality_code)
    region = PopulationEducation.region_code
    own = [region.like(f"{prefix}{number}%") for prefix in ("GM", "WK", "BU")] if number else []
    return (
        select(
            PopulationEducation.id,
            PopulationEducation.version,
            PopulationEducation.region_code,
            PopulationEducation.region_name,
            PopulationEducation.year,
            PopulationEducation.low,
            PopulationEducation.middle,
            PopulationEducation.high,
            PopulationEducation.source,
            PopulationEducation.status,
        )
        .where(or_(region.like("NL%"), *own))
        .order_by(PopulationEducation.region_code, PopulationEducation.year.desc())
    )


def municipality_code_of(engine: Engine, team_id: int) -> str:
    with engine.connect() as conn:
        code = conn.execute(
            select(Municipality.cbs_code)
            .join(Team, Team.municipality_id == Municipality.id)
            .where(Team.id == team_id)
        ).scalar()
    return code or ""


def load_records(engine: Engine, kind: RecordKind, team_id: int) -> pd.DataFrame:
    """The team's records of one kind, with `id` and `version`, dates as datetime.date."""
    queries = {
        RecordKind.MEMBER: lambda: _member_query(team_id),
        RecordKind.CASE: lambda: _case_query(team_id),
        RecordKind.ASSIGNMENT: lambda: _assignment_query(team_id),
        RecordKind.PHASE: lambda: _phase_query(team_id),
        RecordKind.AREA: lambda: _area_query(team_id),
        RecordKind.POPULATION: lambda: _population_query(municipality_code_of(engine, team_id)),
    }
    with engine.connect() as conn:
        frame = pd.read_sql(queries[kind](), conn)
    for column in frame.columns:
        if column.endswith("_on") or column.endswith("_until"):
            frame[column] = pd.to_datetime(frame[column]).dt.date.astype(object)
            frame[column] = frame[column].where(frame[column].notna(), None)
    return frame
