"""Phase periods of a case: planned lengths, laid end to end from the opening day.

Periods are contiguous with inclusive end dates: the next phase starts the day after the
previous one ends. A case still running at `as_of` has an open-ended last phase.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection
from dataclasses import dataclass

from data_model.enums import Complexity, Outcome, Phase

ONE_DAY = dt.timedelta(days=1)
PHASE_ORDER = (Phase.INTAKE, Phase.GUIDANCE, Phase.EXIT, Phase.PILOT_LIGHT)


@dataclass(frozen=True)
class Period:
    phase: Phase
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Timeline:
    periods: tuple[Period, ...]

    @property
    def opened_on(self) -> dt.date:
        return self.periods[0].start

    @property
    def closed_on(self) -> dt.date | None:
        return self.periods[-1].end

    @property
    def current_phase(self) -> Phase:
        return self.periods[-1].phase

    def has(self, phase: Phase) -> bool:
        return any(period.phase is phase for period in self.periods)

    def window(self, phases: Collection[Phase]) -> tuple[dt.date, dt.date | None] | None:
        """First day to last day of the given phases (they are consecutive), if any occur."""
        chosen = [period for period in self.periods if period.phase in phases]
        if not chosen:
            return None
        return chosen[0].start, chosen[-1].end


def planned_lengths(
    rng: random.Random, complexity: Complexity, outcome: Outcome, pilot_light: bool
) -> list[tuple[Phase, int]]:
    """Phase lengths in days; early endings stop in toeleiding or begeleiding."""
    complex_case = complexity is Complexity.MULTIPLE
    intake = _days(rng, 7, 42, 14)
    guidance = _days(rng, 90, 420, 180) if complex_case else _days(rng, 30, 180, 75)
    if outcome is Outcome.ENDED_EARLY:
        if rng.random() < 0.4:
            return [(Phase.INTAKE, intake)]
        return [(Phase.INTAKE, intake), (Phase.GUIDANCE, max(7, int(guidance * rng.random())))]
    lengths = [
        (Phase.INTAKE, intake),
        (Phase.GUIDANCE, guidance),
        (Phase.EXIT, _days(rng, 10, 60, 21)),
    ]
    if pilot_light:
        lengths.append((Phase.PILOT_LIGHT, _days(rng, 120, 365, 240)))
    return lengths


def lay_out(opened_on: dt.date, lengths: list[tuple[Phase, int]], as_of: dt.date) -> Timeline:
    """Place the phases from `opened_on`; the phase running on `as_of` stays open-ended."""
    periods: list[Period] = []
    start = opened_on
    for phase, length in lengths:
        end = start + dt.timedelta(days=length - 1)
        if end >= as_of:
            periods.append(Period(phase, start, None))
            break
        periods.append(Period(phase, start, end))
        start = end + ONE_DAY
    return Timeline(tuple(periods))


def _days(rng: random.Random, low: int, high: int, mode: int) -> int:
    return round(rng.triangular(low, high, mode))
