"""What the fictional sample is made of: regions, teams, rosters and case volumes.

The specifications are plain frozen values; `generate.build_dataset` turns a `Scale` (a tuple of
municipalities plus shared settings) into rows. A larger scale only needs other specifications.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from data_model.enums import Discipline, EducationLevel, MemberKind, Pilot, Registration


class RegistrationPlan(StrEnum):
    """Where a registration's valid-until date lies relative to the data set's as-of date."""

    VALID = "valid"
    EXPIRING = "expiring"  # expires within 90 days after as_of
    EXPIRED = "expired"  # expired shortly before as_of


@dataclass(frozen=True)
class BuurtSpec:
    code: str
    name: str
    residents_15_74: int
    shares: tuple[float, float, float]  # laag, middelbaar, hoog


@dataclass(frozen=True)
class WijkSpec:
    code: str
    name: str
    buurten: tuple[BuurtSpec, ...]


@dataclass(frozen=True)
class MemberSpec:
    level: EducationLevel
    discipline: Discipline
    fte: float
    started_on: dt.date
    ended_on: dt.date | None = None
    registration: Registration = Registration.NONE
    registration_plan: RegistrationPlan = RegistrationPlan.VALID
    display_name: str | None = None  # None: drawn from the fictional name pool
    employer: str | None = None  # None: the team's default employer
    prior_experience: int | None = None  # years before joining; None: drawn

    @property
    def kind(self) -> MemberKind:
        if self.discipline is Discipline.VOLUNTEER:
            return MemberKind.VOLUNTEER
        if self.discipline is Discipline.EXPERIENCE_EXPERT:
            return MemberKind.EXPERIENCE_EXPERT
        return MemberKind.PROFESSIONAL


@dataclass(frozen=True)
class PilotSpec:
    pilot: Pilot
    first_day: dt.date
    last_day: dt.date | None  # None: up to the as-of date
    cases: int  # over the whole window; fewer when as_of cuts the window short


@dataclass(frozen=True)
class TeamSpec:
    name: str
    code_prefix: str  # case codes "HG-2023-0142", pseudonyms "HG-M01"
    founded_on: dt.date
    employer: str
    roster: tuple[MemberSpec, ...]
    regular_cases_per_year: float
    pilots: tuple[PilotSpec, ...] = ()


@dataclass(frozen=True)
class MunicipalitySpec:
    cbs_code: str
    name: str
    wijken: tuple[WijkSpec, ...]
    team: TeamSpec


@dataclass(frozen=True)
class Scale:
    """Everything that sets the size of a generated data set."""

    name: str
    municipalities: tuple[MunicipalitySpec, ...]
    cases_from: dt.date = dt.date(2019, 1, 1)
    population_years: tuple[int, ...] = (2021, 2023)


def member(
    level: EducationLevel,
    discipline: Discipline,
    fte: float,
    started_on: str,
    ended_on: str | None = None,
    *,
    registration: Registration = Registration.NONE,
    plan: RegistrationPlan = RegistrationPlan.VALID,
    name: str | None = None,
    employer: str | None = None,
    prior: int | None = None,
) -> MemberSpec:
    """Compact roster entry with ISO dates, e.g. member(HBO, JGP, 0.89, "2015-01-01")."""
    return MemberSpec(
        level=level,
        discipline=discipline,
        fte=fte,
        started_on=dt.date.fromisoformat(started_on),
        ended_on=dt.date.fromisoformat(ended_on) if ended_on else None,
        registration=registration,
        registration_plan=plan,
        display_name=name,
        employer=employer,
        prior_experience=prior,
    )
