"""The Teamspiegel domain schema (SQLAlchemy 2, typed). Constraints live in the database."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from data_model.access_codes import AccessRole, AuditAction
from data_model.enums import (
    AreaKind,
    Complexity,
    Discipline,
    EducationLevel,
    FigureStatus,
    MemberKind,
    Outcome,
    Phase,
    Pilot,
    ReferralSource,
    RegionKind,
    Registration,
    Role,
    TargetGroup,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum_cls: type[StrEnum], name: str) -> Enum:
    """A portable enum: stored as its value with a CHECK, no native type on PostgreSQL."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        values_callable=lambda members: [m.value for m in members],
        name=name,
        length=32,
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Municipality(Base):
    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    cbs_code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100))

    __table_args__ = (CheckConstraint("cbs_code LIKE 'GM%'", name="cbs_code_gm"),)


class Area(Base):
    __tablename__ = "area"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    cbs_code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[AreaKind] = mapped_column(enum_column(AreaKind, "area_kind"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("cbs_code LIKE 'WK%' OR cbs_code LIKE 'BU%'", name="cbs_code_wk_bu"),
    )


class PopulationEducation(Base):
    """Residents aged 15-74 per CBS education group in one region and year."""

    __tablename__ = "population_education"

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(String(10), index=True)
    region_name: Mapped[str] = mapped_column(String(100))
    region_kind: Mapped[RegionKind] = mapped_column(enum_column(RegionKind, "region_kind"))
    year: Mapped[int] = mapped_column(Integer)
    low: Mapped[int | None] = mapped_column(Integer)
    middle: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(60))
    status: Mapped[FigureStatus] = mapped_column(enum_column(FigureStatus, "figure_status"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("region_code", "year", "source"),
        CheckConstraint("year BETWEEN 1990 AND 2100", name="year_range"),
        CheckConstraint(
            "(low IS NULL OR low >= 0) AND (middle IS NULL OR middle >= 0)"
            " AND (high IS NULL OR high >= 0)",
            name="counts_non_negative",
        ),
    )


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    founded_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("municipality_id", "name"),)


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    display_name: Mapped[str] = mapped_column(String(100))
    pseudonym: Mapped[str] = mapped_column(String(40))
    education_level: Mapped[EducationLevel] = mapped_column(
        enum_column(EducationLevel, "education_level")
    )
    discipline: Mapped[Discipline] = mapped_column(enum_column(Discipline, "discipline"))
    kind: Mapped[MemberKind] = mapped_column(enum_column(MemberKind, "member_kind"))
    employer: Mapped[str] = mapped_column(String(100), default="", server_default="")
    fte: Mapped[float] = mapped_column(Float)
    registration: Mapped[Registration] = mapped_column(
        enum_column(Registration, "registration"), default=Registration.NONE
    )
    registration_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    years_experience: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("team_id", "pseudonym"),
        Index("ix_member_team_id", "team_id"),
        CheckConstraint("fte > 0 AND fte <= 1.5", name="fte_range"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="end_after_start"),
        CheckConstraint("years_experience >= 0", name="experience_non_negative"),
        CheckConstraint(
            "registration = 'geen' OR registration_valid_until IS NOT NULL",
            name="registration_has_date",
        ),
    )


class Case(Base):
    """A household's case, known only by a pseudonymous code (never a client name)."""

    __tablename__ = "case"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    code: Mapped[str] = mapped_column(String(40))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"))
    target_group: Mapped[TargetGroup] = mapped_column(enum_column(TargetGroup, "target_group"))
    complexity: Mapped[Complexity] = mapped_column(enum_column(Complexity, "complexity"))
    risk_flags: Mapped[str] = mapped_column(String(300), default="", server_default="")
    pilot: Mapped[Pilot] = mapped_column(enum_column(Pilot, "pilot"), default=Pilot.NONE)
    referral_source: Mapped[ReferralSource] = mapped_column(
        enum_column(ReferralSource, "referral_source"), default=ReferralSource.OTHER
    )
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[Outcome] = mapped_column(
        enum_column(Outcome, "outcome"), default=Outcome.ONGOING
    )
    tenzij_motivering: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("team_id", "code"),
        Index("ix_case_team_opened", "team_id", "opened_on"),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="end_after_start"),
        CheckConstraint(
            "(closed_on IS NULL AND outcome IN ('lopend', 'waakvlam'))"
            " OR (closed_on IS NOT NULL AND outcome <> 'lopend')",
            name="outcome_matches_closed",
        ),
    )


class Assignment(Base):
    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_assignment_case_id", "case_id"),
        Index("ix_assignment_member_id", "member_id"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="end_after_start"),
    )


class PhasePeriod(Base):
    __tablename__ = "phase_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    phase: Mapped[Phase] = mapped_column(enum_column(Phase, "phase"))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_phase_period_case_id", "case_id"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="end_after_start"),
    )


class StoreSetting(Base):
    """Facts about the store itself, e.g. that it holds fictional sample data."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(300))


class RoleAssignment(Base):
    """Who may do what: a subject (an e-mail address or a claim value, lower case) has a role
    for one team, or (team_id NULL) for all teams. Removing a team removes its assignments."""

    __tablename__ = "role_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(254))
    role: Mapped[AccessRole] = mapped_column(enum_column(AccessRole, "access_role"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("subject", "role", "team_id"),
        Index("ix_role_assignment_subject", "subject"),
        CheckConstraint("subject <> ''", name="subject_not_empty"),
        CheckConstraint("role <> 'teamleider' OR team_id IS NOT NULL", name="teamleider_has_team"),
        CheckConstraint("role <> 'beheerder' OR team_id IS NULL", name="beheerder_all_teams"),
    )


class AuditEntry(Base):
    """One change: who, when (UTC), what record, old and new values (JSON). Append only: the
    database refuses UPDATE and DELETE on this table (triggers in the migration)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(254))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_audit_log_at", "at"),)
