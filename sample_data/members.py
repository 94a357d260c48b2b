"""Team members: rows for the store plus the facts the case generator needs to staff cases."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from data_model.enums import Discipline, EducationLevel, MemberKind, Registration
from sample_data.rows import RowBook
from sample_data.specs import MemberSpec, RegistrationPlan, TeamSpec

MBO_LEVELS = frozenset(
    {EducationLevel.MBO1, EducationLevel.MBO2, EducationLevel.MBO3, EducationLevel.MBO4}
)
HBO_LEVELS = frozenset(
    {
        EducationLevel.HBO_AD,
        EducationLevel.HBO_BACHELOR,
        EducationLevel.HBO_MASTER,
        EducationLevel.WO_BACHELOR,
        EducationLevel.WO_MASTER,
    }
)

# Clearly invented names for members whose spec leaves the name open.
FIRST_NAMES = (
    "Annelies", "Bas", "Chantal", "Daan", "Eline", "Femke", "Gijs", "Hanneke", "Iris", "Jeroen",
    "Karin", "Luuk", "Maaike", "Niels", "Olga", "Pieter", "Rianne", "Sven", "Tessa", "Ugur",
    "Vera", "Wouter", "Yasmina", "Zoë", "Mohammed", "Priya", "Jasper", "Lotte", "Ruben", "Nadia",
)  # fmt: skip
SURNAMES = (
    "van Dam", "Kuiper", "de Graaf", "Verbeek", "Schouten", "van Leeuwen", "Hoekstra", "Bosman",
    "Zwart", "van der Linden", "Prins", "Baas", "Koster", "Vink", "de Ruiter", "Blom",
    "van Rijn", "Dekker", "Hermans", "Kok", "Sahin", "Boukhari", "Wagenaar", "Timmer",
)  # fmt: skip


@dataclass(frozen=True)
class TeamMember:
    """A member as seen from the as-of date (ended_on None: still in the team)."""

    id: int
    level: EducationLevel
    discipline: Discipline
    kind: MemberKind
    fte: float
    started_on: dt.date
    ended_on: dt.date | None
    registration: Registration
    registered_at_as_of: bool

    @property
    def group(self) -> str:
        """'mbo', 'hbo' (hbo or wo) or 'overig', as the duo typing counts them."""
        if self.level in MBO_LEVELS:
            return "mbo"
        return "hbo" if self.level in HBO_LEVELS else "overig"

    @property
    def is_case_worker(self) -> bool:
        """Professionals who carry cases; the gedragswetenschapper only gives consults."""
        return (
            self.kind is MemberKind.PROFESSIONAL
            and self.discipline is not Discipline.BEHAVIOURAL_SCIENTIST
        )

    @property
    def is_lay_member(self) -> bool:
        return self.kind in (MemberKind.VOLUNTEER, MemberKind.EXPERIENCE_EXPERT)

    def active_on(self, day: dt.date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


def add_members(
    book: RowBook, rng: random.Random, team_id: int, team: TeamSpec, as_of: dt.date
) -> list[TeamMember]:
    """Members who had joined by `as_of`; later leaving dates are not yet known then."""
    names = _name_draw(rng, team)
    members: list[TeamMember] = []
    for number, spec in enumerate(team.roster, start=1):
        name = spec.display_name or next(names)
        if spec.started_on > as_of:
            continue
        members.append(_add_member(book, rng, team_id, team, spec, number, name, as_of))
    return members


def _add_member(
    book: RowBook,
    rng: random.Random,
    team_id: int,
    team: TeamSpec,
    spec: MemberSpec,
    number: int,
    name: str,
    as_of: dt.date,
) -> TeamMember:
    ended_on = spec.ended_on if spec.ended_on is not None and spec.ended_on < as_of else None
    valid_until = _registration_valid_until(rng, spec, as_of)
    member_id = book.add(
        "member",
        team_id=team_id,
        display_name=name,
        pseudonym=f"{team.code_prefix}-M{number:02d}",
        education_level=spec.level,
        discipline=spec.discipline,
        kind=spec.kind,
        employer=team.employer if spec.employer is None else spec.employer,
        fte=spec.fte,
        registration=spec.registration,
        registration_valid_until=valid_until,
        started_on=spec.started_on,
        ended_on=ended_on,
        years_experience=_years_experience(rng, spec, ended_on or as_of),
    )
    return TeamMember(
        id=member_id,
        level=spec.level,
        discipline=spec.discipline,
        kind=spec.kind,
        fte=spec.fte,
        started_on=spec.started_on,
        ended_on=ended_on,
        registration=spec.registration,
        registered_at_as_of=valid_until is not None and valid_until >= as_of,
    )


def _name_draw(rng: random.Random, team: TeamSpec) -> Iterator[str]:
    """Distinct invented names, one per roster entry (drawn even when the spec names one)."""
    combinations = len(FIRST_NAMES) * len(SURNAMES)
    for index in rng.sample(range(combinations), len(team.roster)):
        first, last = divmod(index, len(SURNAMES))
        yield f"{FIRST_NAMES[first]} {SURNAMES[last]}"


def _registration_valid_until(
    rng: random.Random, spec: MemberSpec, as_of: dt.date
) -> dt.date | None:
    """Valid-until spread over the coming years, except the planned expiring/expired ones."""
    if spec.registration is Registration.NONE:
        return None
    if spec.registration_plan is RegistrationPlan.EXPIRING:
        return as_of + dt.timedelta(days=rng.randint(20, 80))
    if spec.registration_plan is RegistrationPlan.EXPIRED:
        return as_of - dt.timedelta(days=rng.randint(20, 160))
    return as_of + dt.timedelta(days=rng.randint(150, 1700))


def _years_experience(rng: random.Random, spec: MemberSpec, until: dt.date) -> int:
    """Years before joining plus whole years in this team up to leaving (or as_of)."""
    prior = spec.prior_experience
    if prior is None:
        prior = rng.randint(0, 8 if spec.level in MBO_LEVELS else 12)
    return prior + max(0, (until - spec.started_on).days // 365)
