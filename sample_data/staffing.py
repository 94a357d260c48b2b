"""Who works on a case: duo type, roles, the phases each member covers, hand-overs, consults.

Patterns built in on purpose (the dashboard should show them):
- duo mix ≈ 45 % mbo-hbo tandem, 27 % solo, 11 % hbo-hbo, 11 % mbo-mbo, 6 % three or more;
- in tandems the hbo'er usually holds the regie, and often joins only for the begeleiding, so
  mbo'ers carry more of the toeleiding; in the waakvlam pilot mbo'ers carry the waakvlam phase;
- in the verwarde-personen pilot an mbo'er holds the regie in most cases;
- risky youth cases get an SKJ/BIG-registered member, except the planned non-conform ones.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from data_model.enums import (
    Complexity,
    Discipline,
    Phase,
    Pilot,
    Registration,
    Role,
    TargetGroup,
)
from sample_data.cases import CaseDraft, Compliance
from sample_data.members import TeamMember
from sample_data.rows import RowBook
from sample_data.timeline import ONE_DAY

Window = tuple[dt.date, dt.date | None]
GUIDANCE_ONLY = frozenset({Phase.GUIDANCE})
BEFORE_PILOT_LIGHT = frozenset({Phase.INTAKE, Phase.GUIDANCE, Phase.EXIT})

_T = TargetGroup
AFFINITY: dict[Discipline, dict[TargetGroup, float]] = {
    Discipline.YOUTH_FAMILY: {_T.YOUTH: 4, _T.FAMILY: 3, _T.ADULT: 0.5, _T.ELDERLY: 0.2},
    Discipline.DISTRICT_NURSE: {_T.YOUTH: 0.1, _T.FAMILY: 0.3, _T.ADULT: 1, _T.ELDERLY: 5},
    Discipline.WMO_CONSULTANT: {_T.YOUTH: 0.3, _T.FAMILY: 0.7, _T.ADULT: 2, _T.ELDERLY: 3},
    Discipline.YOUTH_WORKER: {_T.YOUTH: 4, _T.FAMILY: 1.5, _T.ADULT: 0.6, _T.ELDERLY: 0.1},
    Discipline.CLIENT_SUPPORT: {_T.YOUTH: 0.5, _T.FAMILY: 1, _T.ADULT: 2, _T.ELDERLY: 2.5},
    Discipline.DEBT_COUNSELLOR: {_T.YOUTH: 0.2, _T.FAMILY: 2, _T.ADULT: 3, _T.ELDERLY: 1},
    Discipline.CARER_COORDINATOR: {_T.YOUTH: 0.2, _T.FAMILY: 0.8, _T.ADULT: 1.5, _T.ELDERLY: 4},
    Discipline.CASE_DIRECTOR: {_T.YOUTH: 1.5, _T.FAMILY: 2, _T.ADULT: 1, _T.ELDERLY: 0.7},
}


@dataclass(frozen=True)
class Slot:
    """One place in the case's staffing plan; `phases` None means the whole case."""

    group: str  # 'mbo', 'hbo', 'lay' (volunteer/ervaringsdeskundige) or 'any'
    role: Role
    phases: frozenset[Phase] | None = None
    registered: bool | None = None  # True: valid SKJ/BIG; False: no registration; None: any


def staff_case(
    book: RowBook,
    rng: random.Random,
    case_id: int,
    draft: CaseDraft,
    members: list[TeamMember],
    as_of: dt.date,
) -> None:
    """Add the case's assignments: planned slots with hand-overs, then maybe a consult."""
    taken: set[int] = set()
    for slot in _with_compliance(_plan(rng, draft), draft.compliance):
        start, end = _slot_window(draft, slot)
        first = _pick_for_slot(rng, members, start, slot, draft.target_group, taken)
        if first is None:
            continue
        for member, span_start, span_end in _hand_overs(
            rng, members, first, start, end, slot, draft, taken
        ):
            taken.add(member.id)
            _add_assignment(book, case_id, member, slot.role, span_start, span_end)
    _maybe_consult(book, rng, case_id, draft, members, as_of)


def _plan(rng: random.Random, draft: CaseDraft) -> list[Slot]:
    if draft.pilot is Pilot.CONFUSED_PERSONS:
        return _confused_persons_plan(rng)
    if draft.pilot is Pilot.PILOT_LIGHT:
        return _pilot_light_plan(rng)
    return _regular_plan(rng)


def _regular_plan(rng: random.Random) -> list[Slot]:
    kind = rng.choices(("solo", "tandem", "hbo-hbo", "mbo-mbo", "3+"), (27, 45, 11, 11, 6))[0]
    if kind == "solo":
        return [Slot("hbo" if rng.random() < 0.55 else "mbo", Role.LEAD)]
    if kind in ("hbo-hbo", "mbo-mbo"):
        group = kind[:3]
        return [Slot(group, Role.LEAD), Slot(group, Role.SUPPORT)]
    hbo_phases = GUIDANCE_ONLY if rng.random() < 0.45 else None
    tandem = _tandem(hbo_leads=rng.random() < 0.75, hbo_phases=hbo_phases)
    return [*tandem, Slot("lay", Role.SUPPORT)] if kind == "3+" else tandem


def _confused_persons_plan(rng: random.Random) -> list[Slot]:
    kind = rng.choices(("solo", "tandem", "mbo-mbo", "hbo-lead", "3+"), (30, 45, 10, 8, 7))[0]
    if kind == "solo":
        return [Slot("mbo", Role.LEAD)]
    if kind == "mbo-mbo":
        return [Slot("mbo", Role.LEAD), Slot("mbo", Role.SUPPORT)]
    tandem = _tandem(hbo_leads=kind == "hbo-lead", hbo_phases=None)
    return [*tandem, Slot("lay", Role.SUPPORT)] if kind == "3+" else tandem


def _pilot_light_plan(rng: random.Random) -> list[Slot]:
    kind = rng.choices(("solo-mbo", "tandem", "mbo-mbo", "solo-hbo"), (35, 45, 12, 8))[0]
    if kind == "solo-mbo":
        return [Slot("mbo", Role.LEAD)]
    if kind == "solo-hbo":
        return [Slot("hbo", Role.LEAD)]
    if kind == "mbo-mbo":
        return [Slot("mbo", Role.LEAD), Slot("mbo", Role.SUPPORT)]
    hbo_phases = GUIDANCE_ONLY if rng.random() < 0.4 else BEFORE_PILOT_LIGHT
    return _tandem(hbo_leads=rng.random() < 0.6, hbo_phases=hbo_phases)


def _tandem(hbo_leads: bool, hbo_phases: frozenset[Phase] | None) -> list[Slot]:
    hbo_role, mbo_role = (Role.LEAD, Role.SUPPORT) if hbo_leads else (Role.SUPPORT, Role.LEAD)
    hbo = Slot("hbo", hbo_role, hbo_phases)
    mbo = Slot("mbo", mbo_role)
    return [hbo, mbo] if hbo_leads else [mbo, hbo]


def _with_compliance(slots: list[Slot], compliance: Compliance) -> list[Slot]:
    """Conform: the first hbo slot (or the lead) needs a registered member; not conform: none."""
    if compliance is Compliance.NOT_CONFORM:
        return [replace(slot, registered=False) for slot in slots]
    if compliance is Compliance.NOT_APPLICABLE:
        return slots
    index = next((i for i, slot in enumerate(slots) if slot.group == "hbo"), 0)
    registered = replace(slots[index], group="hbo", registered=True)
    return [*slots[:index], registered, *slots[index + 1 :]]


def _slot_window(draft: CaseDraft, slot: Slot) -> Window:
    timeline = draft.timeline
    whole = (timeline.opened_on, timeline.closed_on)
    if slot.phases is None:
        return whole
    return timeline.window(slot.phases) or whole


def _pick_for_slot(
    rng: random.Random,
    members: list[TeamMember],
    day: dt.date,
    slot: Slot,
    target: TargetGroup,
    taken: set[int],
) -> TeamMember | None:
    """A member active on `day`, relaxing first the group, then the registration wish."""
    for group, registered in _relaxations(slot):
        candidates = [
            m
            for m in members
            if m.id not in taken and m.active_on(day) and _fits(m, group, registered)
        ]
        if candidates:
            weights = [m.fte * AFFINITY.get(m.discipline, {}).get(target, 1.0) for m in candidates]
            return rng.choices(candidates, weights)[0]
    return None


def _relaxations(slot: Slot) -> Iterator[tuple[str, bool | None]]:
    yield slot.group, slot.registered
    yield "any", slot.registered
    if slot.registered is True:
        yield slot.group, None
        yield "any", None


def _fits(member: TeamMember, group: str, registered: bool | None) -> bool:
    if group == "lay":
        return member.is_lay_member
    if not member.is_case_worker or (group != "any" and member.group != group):
        return False
    if registered is None:
        return True
    return member.registered_at_as_of if registered else member.registration is Registration.NONE


def _hand_overs(
    rng: random.Random,
    members: list[TeamMember],
    first: TeamMember,
    start: dt.date,
    end: dt.date | None,
    slot: Slot,
    draft: CaseDraft,
    taken: set[int],
) -> Iterator[tuple[TeamMember, dt.date, dt.date | None]]:
    """Spans of the slot: when a member leaves, a colleague takes over the next day."""
    member: TeamMember | None = first
    while member is not None:
        leaves = member.ended_on
        if leaves is None or (end is not None and end <= leaves):
            yield member, start, end
            return
        yield member, start, leaves
        start = leaves + ONE_DAY
        busy = taken | {member.id}
        member = _pick_for_slot(rng, members, start, slot, draft.target_group, busy)


def _maybe_consult(
    book: RowBook,
    rng: random.Random,
    case_id: int,
    draft: CaseDraft,
    members: list[TeamMember],
    as_of: dt.date,
) -> None:
    """A short consult by the gedragswetenschapper during the begeleiding of some cases."""
    if rng.random() >= _consult_chance(draft):
        return
    guidance = draft.timeline.window(GUIDANCE_ONLY)
    if guidance is None:
        return
    last_day = guidance[1] or as_of
    start = guidance[0] + dt.timedelta(days=rng.randint(0, 30))
    end = min(start + dt.timedelta(days=rng.randint(0, 20)), last_day)
    if start > last_day:
        return
    scientists = [
        m
        for m in members
        if m.discipline is Discipline.BEHAVIOURAL_SCIENTIST
        and m.active_on(start)
        and m.active_on(end)
    ]
    if scientists:
        _add_assignment(book, case_id, rng.choice(scientists), Role.CONSULT, start, end)


def _consult_chance(draft: CaseDraft) -> float:
    if draft.compliance is Compliance.NOT_CONFORM:
        return 0.0
    if draft.pilot is Pilot.CONFUSED_PERSONS:
        return 0.15
    youth_or_family = draft.target_group in (TargetGroup.YOUTH, TargetGroup.FAMILY)
    return 0.25 if youth_or_family and draft.complexity is Complexity.MULTIPLE else 0.0


def _add_assignment(
    book: RowBook,
    case_id: int,
    member: TeamMember,
    role: Role,
    started_on: dt.date,
    ended_on: dt.date | None,
) -> None:
    book.add(
        "assignment",
        case_id=case_id,
        member_id=member.id,
        role=role,
        started_on=started_on,
        ended_on=ended_on,
    )
