"""The small-number rule (DESIGN.md §4): in presentation mode counts below 5 become '<5'."""

from __future__ import annotations

import math

SMALL_COUNT_LIMIT = 5
SUPPRESSED = "<5"


def is_suppressed(count: float, presentation: bool) -> bool:
    return presentation and not math.isnan(count) and 0 < count < SMALL_COUNT_LIMIT


def show_count(count: float, presentation: bool) -> str:
    if math.isnan(count):
        return "–"
    return SUPPRESSED if is_suppressed(count, presentation) else str(round(count))
