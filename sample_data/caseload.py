"""All cases of one team: drafted, numbered per year, with their phase periods and staff."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from data_model.enums import Pilot
from sample_data.cases import CaseDraft, draft_case, opening_days
from sample_data.members import TeamMember
from sample_data.regions import MunicipalityIds
from sample_data.rows import RowBook
from sample_data.specs import PilotSpec, TeamSpec
from sample_data.staffing import staff_case


def add_cases(
    book: RowBook,
    rng: random.Random,
    team_id: int,
    team: TeamSpec,
    areas: MunicipalityIds,
    members: list[TeamMember],
    cases_from: dt.date,
    as_of: dt.date,
) -> None:
    """Cases opened from `cases_from` up to `as_of`, codes like 'HG-2023-0142'."""
    pilots = [window for spec in team.pilots if (window := _pilot_window(spec, as_of))]
    numbers: Counter[int] = Counter()
    for opened_on, pilot in opening_days(
        rng, team.regular_cases_per_year, pilots, cases_from, as_of
    ):
        draft = draft_case(rng, opened_on, pilot, areas, as_of)
        numbers[opened_on.year] += 1
        code = f"{team.code_prefix}-{opened_on.year}-{numbers[opened_on.year]:04d}"
        case_id = _add_case(book, team_id, code, draft)
        _add_phase_periods(book, case_id, draft)
        staff_case(book, rng, case_id, draft, members, as_of)


def _pilot_window(spec: PilotSpec, as_of: dt.date) -> tuple[Pilot, dt.date, dt.date, int] | None:
    """The part of the pilot up to `as_of`, with a proportional share of its cases."""
    if spec.first_day > as_of:
        return None
    if spec.last_day is None:
        return spec.pilot, spec.first_day, as_of, spec.cases
    last = min(spec.last_day, as_of)
    share = ((last - spec.first_day).days + 1) / ((spec.last_day - spec.first_day).days + 1)
    return spec.pilot, spec.first_day, last, round(spec.cases * share)


def _add_case(book: RowBook, team_id: int, code: str, draft: CaseDraft) -> int:
    return book.add(
        "case",
        team_id=team_id,
        code=code,
        area_id=draft.area_id,
        target_group=draft.target_group,
        complexity=draft.complexity,
        risk_flags=",".join(draft.risk_flags),
        pilot=draft.pilot,
        referral_source=draft.referral_source,
        opened_on=draft.timeline.opened_on,
        closed_on=draft.timeline.closed_on,
        outcome=draft.outcome,
        tenzij_motivering=draft.tenzij_motivering,
    )


def _add_phase_periods(book: RowBook, case_id: int, draft: CaseDraft) -> None:
    for period in draft.timeline.periods:
        book.add(
            "phase_period",
            case_id=case_id,
            phase=period.phase,
            started_on=period.start,
            ended_on=period.end,
        )
