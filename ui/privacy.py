"""The small-number rule (DESIGN.md §4): in presentation mode counts below 5 become '<5'."""

from __future__ import annotations

import math

import pandas as pd

SMALL_COUNT_LIMIT = 5
SUPPRESSED = "<5"


def is_suppressed(count: float, presentation: bool) -> bool:
    return presentation and not math.isnan(count) and 0 < count < SMALL_COUNT_LIMIT


def show_count(count: float, presentation: bool) -> str:
    if math.isnan(count):
        return "–"
    return SUPPRESSED if is_suppressed(count, presentation) else str(round(count))


def mask_small_groups(
    table: pd.DataFrame, presentation: bool, count: str = "headcount"
) -> pd.DataFrame:
    """In presentation mode blank out value and share of rows resting on fewer than 5 people."""
    if not presentation:
        return table
    small = (table[count] > 0) & (table[count] < SMALL_COUNT_LIMIT)
    masked = table.copy()
    for column in ("value", "share"):
        if column in masked:
            masked[column] = masked[column].astype(float).mask(small)
    return masked
