"""Cases of one team: when they open, what they are about, how they run and end."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from data_model.enums import (
    Complexity,
    Outcome,
    Phase,
    Pilot,
    ReferralSource,
    RiskFlag,
    TargetGroup,
)
from sample_data.regions import MunicipalityIds
from sample_data.timeline import Timeline, lay_out, planned_lengths

T = TypeVar("T")

NOT_CONFORM_SHARE = 0.10  # risky youth cases staffed without a registered professional
EXPLAINED_SHARE = 0.45  # of those, the share with a written tenzij-motivering

TARGET_WEIGHTS: dict[Pilot, dict[TargetGroup, int]] = {
    Pilot.NONE: {
        TargetGroup.YOUTH: 30,
        TargetGroup.FAMILY: 22,
        TargetGroup.ADULT: 30,
        TargetGroup.ELDERLY: 18,
    },
    Pilot.CONFUSED_PERSONS: {TargetGroup.ADULT: 85, TargetGroup.ELDERLY: 15},
    Pilot.PILOT_LIGHT: {
        TargetGroup.YOUTH: 20,
        TargetGroup.FAMILY: 30,
        TargetGroup.ADULT: 35,
        TargetGroup.ELDERLY: 15,
    },
}
RISK_SHARE = {TargetGroup.YOUTH: 0.40, TargetGroup.FAMILY: 0.15}
COMPLEX_SHARE = {
    TargetGroup.YOUTH: 0.35,
    TargetGroup.FAMILY: 0.50,
    TargetGroup.ADULT: 0.35,
    TargetGroup.ELDERLY: 0.30,
}
_R = ReferralSource
REFERRAL_WEIGHTS: dict[TargetGroup, dict[ReferralSource, int]] = {
    TargetGroup.YOUTH: {_R.SCHOOL: 35, _R.GP: 20, _R.SELF: 10, _R.NETWORK: 15, _R.POLICE: 10,
                        _R.OTHER: 10},
    TargetGroup.FAMILY: {_R.SELF: 20, _R.GP: 20, _R.SCHOOL: 20, _R.NETWORK: 15, _R.HOUSING: 10,
                         _R.POLICE: 5, _R.OTHER: 10},
    TargetGroup.ADULT: {_R.SELF: 30, _R.GP: 25, _R.HOUSING: 15, _R.NETWORK: 10, _R.POLICE: 10,
                        _R.OTHER: 10},
    TargetGroup.ELDERLY: {_R.GP: 35, _R.NETWORK: 30, _R.SELF: 15, _R.HOUSING: 10, _R.OTHER: 10},
}  # fmt: skip
CONFUSED_REFERRALS = {_R.POLICE: 50, _R.GP: 20, _R.HOUSING: 20, _R.NETWORK: 10}
_O = Outcome
OUTCOME_WEIGHTS: dict[Complexity, dict[Outcome, int]] = {
    Complexity.SINGLE: {_O.SELF_RELIANT: 45, _O.STEPPED_DOWN: 33, _O.ESCALATED: 8,
                        _O.ENDED_EARLY: 14},
    Complexity.MULTIPLE: {_O.SELF_RELIANT: 22, _O.STEPPED_DOWN: 28, _O.ESCALATED: 34,
                          _O.ENDED_EARLY: 16},
}  # fmt: skip
AFTER_PILOT_LIGHT = {_O.SELF_RELIANT: 65, _O.STEPPED_DOWN: 20, _O.ESCALATED: 15}
TENZIJ_MOTIVERINGEN = (
    "Geregistreerde jeugdprofessional tijdelijk niet beschikbaar; de gedragswetenschapper "
    "bespreekt de casus wekelijks mee.",
    "Risico na overleg met de gedragswetenschapper als beperkt ingeschat; herbeoordeling na "
    "zes weken.",
    "Het gezin wil alleen met de vaste begeleider verder; een geregistreerde collega toetst het "
    "plan van aanpak.",
    "Overdracht naar de jeugdbescherming loopt; tot dan blijft de vertrouwde begeleider betrokken.",
)


class Compliance(StrEnum):
    """How the norm van verantwoorde werktoedeling applies to a case."""

    NOT_APPLICABLE = "not_applicable"
    CONFORM = "conform"
    NOT_CONFORM = "not_conform"


@dataclass(frozen=True)
class CaseDraft:
    target_group: TargetGroup
    complexity: Complexity
    risk_flags: tuple[RiskFlag, ...]
    pilot: Pilot
    referral_source: ReferralSource
    area_id: int
    timeline: Timeline
    outcome: Outcome
    compliance: Compliance
    tenzij_motivering: str | None


def opening_days(
    rng: random.Random,
    per_year: float,
    pilots: list[tuple[Pilot, dt.date, dt.date, int]],
    cases_from: dt.date,
    as_of: dt.date,
) -> list[tuple[dt.date, Pilot]]:
    """Opening days of regular and pilot cases, sorted (ties keep their drawing order)."""
    span_days = (as_of - cases_from).days
    regular = round(per_year * (span_days + 1) / 365.25)
    days = [(_day_between(rng, cases_from, as_of), Pilot.NONE) for _ in range(regular)]
    for pilot, first, last, count in pilots:
        days += [(_day_between(rng, first, last), pilot) for _ in range(count)]
    return sorted(days, key=lambda day_and_pilot: day_and_pilot[0])


def draft_case(
    rng: random.Random, opened_on: dt.date, pilot: Pilot, areas: MunicipalityIds, as_of: dt.date
) -> CaseDraft:
    target = _weighted(rng, TARGET_WEIGHTS[pilot])
    flags = _risk_flags(rng, target)
    complexity = _complexity(rng, target, pilot, flags)
    planned = _planned_outcome(rng, complexity, pilot)
    pilot_light = pilot is Pilot.PILOT_LIGHT
    timeline = lay_out(opened_on, planned_lengths(rng, complexity, planned, pilot_light), as_of)
    compliance = _compliance(rng, target, flags)
    return CaseDraft(
        target_group=target,
        complexity=complexity,
        risk_flags=flags,
        pilot=pilot,
        referral_source=_referral(rng, target, pilot),
        area_id=rng.choices(areas.buurt_ids, areas.buurt_weights)[0],
        timeline=timeline,
        outcome=_actual_outcome(timeline, planned),
        compliance=compliance,
        tenzij_motivering=_tenzij(rng, compliance),
    )


def _day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _weighted(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), list(weights.values()))[0]


def _risk_flags(rng: random.Random, target: TargetGroup) -> tuple[RiskFlag, ...]:
    if rng.random() >= RISK_SHARE.get(target, 0.0):
        return ()
    count = rng.choices((1, 2, 3), (60, 30, 10))[0]
    chosen = set(rng.sample(list(RiskFlag), count))
    return tuple(flag for flag in RiskFlag if flag in chosen)


def _complexity(
    rng: random.Random, target: TargetGroup, pilot: Pilot, flags: tuple[RiskFlag, ...]
) -> Complexity:
    if RiskFlag.MULTIPLE_PROBLEMS in flags:
        return Complexity.MULTIPLE
    share = 0.8 if pilot is Pilot.CONFUSED_PERSONS else COMPLEX_SHARE[target]
    share += 0.25 if flags else 0.0
    return Complexity.MULTIPLE if rng.random() < share else Complexity.SINGLE


def _planned_outcome(rng: random.Random, complexity: Complexity, pilot: Pilot) -> Outcome:
    if pilot is Pilot.PILOT_LIGHT:
        return _weighted(rng, AFTER_PILOT_LIGHT)
    return _weighted(rng, OUTCOME_WEIGHTS[complexity])


def _actual_outcome(timeline: Timeline, planned: Outcome) -> Outcome:
    """Closed cases keep the planned outcome; running ones are 'lopend' or in 'waakvlam'."""
    if timeline.closed_on is not None:
        return planned
    return Outcome.PILOT_LIGHT if timeline.current_phase is Phase.PILOT_LIGHT else Outcome.ONGOING


def _referral(rng: random.Random, target: TargetGroup, pilot: Pilot) -> ReferralSource:
    if pilot is Pilot.CONFUSED_PERSONS:
        return _weighted(rng, CONFUSED_REFERRALS)
    return _weighted(rng, REFERRAL_WEIGHTS[target])


def _compliance(rng: random.Random, target: TargetGroup, flags: tuple[RiskFlag, ...]) -> Compliance:
    if target is not TargetGroup.YOUTH or not flags:
        return Compliance.NOT_APPLICABLE
    return Compliance.NOT_CONFORM if rng.random() < NOT_CONFORM_SHARE else Compliance.CONFORM


def _tenzij(rng: random.Random, compliance: Compliance) -> str | None:
    if compliance is not Compliance.NOT_CONFORM or rng.random() >= EXPLAINED_SHARE:
        return None
    return rng.choice(TENZIJ_MOTIVERINGEN)
