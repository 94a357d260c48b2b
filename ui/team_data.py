"""The team's rows for the selected period, fetched once per page run through the cache."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ui import data
from ui.filters import Filters


@dataclass(frozen=True)
class TeamRows:
    members: pd.DataFrame
    cases: pd.DataFrame
    assignments: pd.DataFrame
    phases: pd.DataFrame


def team_rows(filters: Filters) -> TeamRows:
    url, team, start, end = filters.url, filters.team_id, filters.start, filters.end
    return TeamRows(
        members=data.members(url, team),
        cases=data.cases(url, team, start, end),
        assignments=data.assignments(url, team, start, end),
        phases=data.phases(url, team, start, end),
    )
