"""Education levels mapped to CBS groups and to the mbo/hbo split used for duos."""

from __future__ import annotations

import pandas as pd

CBS_GROUPS: tuple[str, ...] = ("laag", "middelbaar", "hoog")
PROFESSIONAL_GROUPS: tuple[str, ...] = ("middelbaar", "hoog")

CBS_GROUP_OF_LEVEL: dict[str, str | None] = {
    "none": "laag",
    "mbo1": "laag",
    "mbo2": "middelbaar",
    "mbo3": "middelbaar",
    "mbo4": "middelbaar",
    "hbo_ad": "hoog",
    "hbo_bachelor": "hoog",
    "hbo_master": "hoog",
    "wo_bachelor": "hoog",
    "wo_master": "hoog",
    "unknown": None,
}

# Duo typing speaks of mbo'ers and hbo'ers; everyone else (no diploma, unknown) is "overig".
DUO_GROUP_OF_LEVEL: dict[str, str] = {
    "mbo1": "mbo",
    "mbo2": "mbo",
    "mbo3": "mbo",
    "mbo4": "mbo",
    "hbo_ad": "hbo",
    "hbo_bachelor": "hbo",
    "hbo_master": "hbo",
    "wo_bachelor": "hbo",
    "wo_master": "hbo",
    "none": "overig",
    "unknown": "overig",
}


def cbs_group(level: str) -> str | None:
    """CBS group (laag/middelbaar/hoog) of an education level; None for unknown."""
    return CBS_GROUP_OF_LEVEL.get(level)


def duo_group(level: str) -> str:
    """'mbo', 'hbo' (hbo or wo) or 'overig'."""
    return DUO_GROUP_OF_LEVEL.get(level, "overig")


def with_groups(members: pd.DataFrame) -> pd.DataFrame:
    """Members with `cbs_group` and `duo_group` columns added from `education_level`."""
    out = members.copy()
    out["cbs_group"] = out["education_level"].map(CBS_GROUP_OF_LEVEL)
    out["duo_group"] = out["education_level"].map(DUO_GROUP_OF_LEVEL).fillna("overig")
    return out


def active_on(members: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    """Members whose membership covers `day` (started on or before, not ended before)."""
    started = members["started_on"] <= day
    not_ended = members["ended_on"].isna() | (members["ended_on"] >= day)
    return members[started & not_ended]


def group_counts(
    members: pd.DataFrame, groups: tuple[str, ...] = CBS_GROUPS, weight: str | None = None
) -> pd.Series:
    """Headcount (or sum of `weight`, e.g. 'fte') per CBS group; unknown education excluded."""
    grouped = with_groups(members)
    grouped = grouped[grouped["cbs_group"].isin(groups)]
    values = grouped[weight] if weight else pd.Series(1.0, index=grouped.index)
    counts = values.groupby(grouped["cbs_group"]).sum()
    return counts.reindex(list(groups), fill_value=0.0).astype(float)


def unknown_education_count(members: pd.DataFrame) -> int:
    """Members without a known CBS group (education `unknown`, or a level not in the mapping):
    DESIGN.md §4 leaves them out of every share and counts them separately."""
    return int(members["education_level"].map(CBS_GROUP_OF_LEVEL).isna().sum())
