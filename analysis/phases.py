"""Phases of cases (toeleiding, begeleiding, uitstroom, waakvlam): how many cases are in which
phase, how much member time goes into each phase, how long phases last and how cases move on.

Dates follow the conventions in `analysis.duos`: inclusive end dates, NaT = still running.
"""

from __future__ import annotations

import pandas as pd

from analysis.duos import (
    DUO_GROUPS,
    active_on_day,
    case_phase_at,
    close_open_ends,
    earlier_of,
    inclusive_days,
    later_of,
    period_buckets,
)
from analysis.education import DUO_GROUP_OF_LEVEL

PHASES: tuple[str, ...] = ("toeleiding", "begeleiding", "uitstroom", "waakvlam")
# Outcome nodes of `phase_transitions` are "uitkomst: <outcome code>": a data marker, not display
# text; `charts.work.phase_sankey` shows them as "uitkomst: <label>" in the current language.
OUTCOME_PREFIX = "uitkomst: "
ONGOING = "lopend"
UNKNOWN = "onbekend"
DURATION_GROUPINGS: tuple[str, ...] = ("target_group", "complexity", "pilot", "duo_type")


def _open_on(cases: pd.DataFrame, day: pd.Timestamp | pd.Series) -> pd.Series:
    """Mask: the case is open on `day` (opened on or before, not closed before)."""
    return active_on_day(cases, day, "opened_on", "closed_on")


def open_cases_by_phase(cases: pd.DataFrame, phases: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    """Number of cases open on `day` per phase covering that day (all four phases, zero-filled).

    Open cases without a phase period on that day are not counted.
    """
    open_cases = cases[_open_on(cases, day)]
    case_days = pd.DataFrame({"case_id": open_cases["case_id"].to_numpy(), "day": day})
    phase = case_phase_at(phases, case_days)
    counts = phase.value_counts().reindex(list(PHASES), fill_value=0).astype(int)
    counts.index.name, counts.name = "phase", "cases"
    return counts


def phase_counts_over_time(
    cases: pd.DataFrame,
    phases: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    freq: str = "MS",
) -> pd.DataFrame:
    """Open cases per phase on the last day of each month (the period end for the last month).

    Long rows: month (first of the month), phase, cases; every phase present each month.
    """
    buckets = period_buckets(start, end, freq)
    pairs = cases[["case_id", "opened_on", "closed_on"]].merge(buckets, how="cross")
    pairs = pairs[_open_on(pairs, pairs["last_day"])].reset_index(drop=True)
    case_days = pd.DataFrame({"case_id": pairs["case_id"], "day": pairs["last_day"]})
    pairs["phase"] = case_phase_at(phases, case_days)
    counts = pairs.groupby(["bucket", "phase"]).size()
    grid = pd.MultiIndex.from_product([buckets["bucket"], list(PHASES)], names=["month", "phase"])
    counts = counts.reindex(grid, fill_value=0).astype(int)
    return counts.rename("cases").reset_index()


def member_days_by_phase(
    assignments: pd.DataFrame,
    phases: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    as_of: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Member-days per (assignment, phase period) of the same case within the period.

    days = number of days covered by the assignment, the phase period and the period at once
    (inclusive). Open ends run to the period end; with `as_of` (e.g. today) nothing after
    `as_of` is counted. All roles are kept (consult too): filter on `role` when needed.
    Long rows with days > 0: assignment_id, case_id, member_id, education_group (mbo/hbo/
    overig from the assignment's education_level), phase, role, days. A case without
    assignments contributes nothing.
    """
    horizon = end if as_of is None else min(end, as_of)
    merged = assignments.merge(
        phases[["case_id", "phase", "started_on", "ended_on"]],
        on="case_id",
        suffixes=("_assignment", "_phase"),
    )
    first = later_of(later_of(merged["started_on_assignment"], merged["started_on_phase"]), start)
    last = earlier_of(
        close_open_ends(merged["ended_on_assignment"], horizon),
        close_open_ends(merged["ended_on_phase"], horizon),
    )
    merged["days"] = inclusive_days(first, last)
    merged["education_group"] = merged["education_level"].map(DUO_GROUP_OF_LEVEL).fillna("overig")
    columns = ["assignment_id", "case_id", "member_id", "education_group", "phase", "role", "days"]
    return merged.loc[merged["days"] > 0, columns].reset_index(drop=True)


def member_days_summary(
    member_days: pd.DataFrame, roles: tuple[str, ...] | None = None
) -> pd.DataFrame:
    """Member-days per education group × phase, and each group's share of the phase's days.

    Long rows: education_group, phase, days, share (share within the phase; 0 when the phase has
    no days), members (distinct members whose days these are: what the small-number rule
    counts). `roles` limits the roles counted (None = all).
    """
    chosen = member_days if roles is None else member_days[member_days["role"].isin(roles)]
    grid = pd.MultiIndex.from_product(
        [list(DUO_GROUPS), list(PHASES)], names=["education_group", "phase"]
    )
    by_cell = chosen.groupby(["education_group", "phase"])
    days = by_cell["days"].sum().reindex(grid, fill_value=0).astype(int)
    members = by_cell["member_id"].nunique().reindex(grid, fill_value=0).astype(int)
    phase_totals = days.groupby(level="phase").transform("sum")
    share = (days / phase_totals.where(phase_totals > 0)).fillna(0.0)
    return pd.DataFrame({"days": days, "share": share, "members": members}).reset_index()


def _duration_groups(
    phases: pd.DataFrame, cases: pd.DataFrame, case_types: pd.DataFrame | None, by: str
) -> pd.Series:
    """The grouping value (target group, duo type, …) of each phase period's case."""
    if by not in DURATION_GROUPINGS:
        raise ValueError(f"Onbekende groepering: {by!r}")
    source = case_types if by == "duo_type" else cases
    if source is None:
        raise ValueError("Geef case_types mee om naar duotype te groeperen")
    lookup = source.drop_duplicates("case_id").set_index("case_id")[by]
    return phases["case_id"].map(lookup).fillna(UNKNOWN).astype("str")


def phase_durations(
    phases: pd.DataFrame,
    cases: pd.DataFrame,
    case_types: pd.DataFrame | None = None,
    by: str = "target_group",
) -> pd.DataFrame:
    """Duration (days, inclusive) of completed phase periods per phase × group.

    Only periods with an end date count. Group by a case attribute (target_group, complexity,
    pilot) or by duo_type (then pass `case_types` from `case_duo_types`). Columns: phase, group,
    count, p25, median, p75 (quartiles with linear interpolation, pandas' default).
    """
    done = phases[phases["ended_on"].notna()]
    frame = pd.DataFrame(
        {
            "phase": done["phase"],
            "group": _duration_groups(done, cases, case_types, by),
            "duration": inclusive_days(done["started_on"], done["ended_on"]),
        }
    )
    grouped = frame.groupby(["phase", "group"])["duration"]
    stats = pd.DataFrame(
        {
            "count": grouped.size(),
            "p25": grouped.quantile(0.25),
            "median": grouped.median(),
            "p75": grouped.quantile(0.75),
        }
    ).reset_index()
    return _in_phase_order(stats)


def _in_phase_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by phase in PHASES order (unknown phases last), then by group."""
    rank = frame["phase"].map({phase: position for position, phase in enumerate(PHASES)})
    ranked = frame.assign(phase_rank=rank.fillna(len(PHASES)))
    ordered = ranked.sort_values(["phase_rank", "group"]).drop(columns="phase_rank")
    return ordered.reset_index(drop=True)


def _outcome_label(outcomes: pd.Series, closed: pd.Series) -> pd.Series:
    """'uitkomst: <outcome>' for closed cases, 'uitkomst: lopend' for open ones."""
    outcome = outcomes.fillna(UNKNOWN).astype("str")
    outcome = outcome.where(closed, ONGOING)
    return OUTCOME_PREFIX + outcome


def phase_transitions(phases: pd.DataFrame, cases: pd.DataFrame) -> pd.DataFrame:
    """Flows between phases for a Sankey: source, target, value (number of cases).

    Per case, phase periods are ordered by start (then phase_id); repeats of the same phase in a
    row are merged; each step to the next phase is a flow, and the last phase flows to
    "uitkomst: <outcome>" for closed cases or "uitkomst: lopend" for open cases. Cases without
    phase periods are left out.
    """
    ordered = phases.sort_values(["case_id", "started_on", "phase_id"])
    steps = ordered[["case_id", "phase"]]
    repeated = steps["phase"].eq(steps.groupby("case_id")["phase"].shift(1))
    steps = steps[~repeated]
    following = steps.groupby("case_id")["phase"].shift(-1)
    last_step = following.isna()
    case_info = cases.drop_duplicates("case_id").set_index("case_id")
    case_ids = steps.loc[last_step, "case_id"]
    closed = case_ids.isin(cases.loc[cases["closed_on"].notna(), "case_id"])
    outcomes = _outcome_label(case_ids.map(case_info["outcome"]), closed)
    flows = pd.DataFrame(
        {"source": steps["phase"], "target": following.where(~last_step, outcomes)}
    ).dropna()
    counts = flows.groupby(["source", "target"]).size().rename("value").reset_index()
    return counts.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)


def phase_members(summary: pd.DataFrame, phase: str, group: str | None = None) -> int:
    """Distinct members with days in a phase (of one education group, or of all: a member
    belongs to one group, so the groups add up)."""
    rows = summary[summary["phase"] == phase]
    if group is not None:
        rows = rows[rows["education_group"] == group]
    return int(rows["members"].sum())


def group_share_of_phase(summary: pd.DataFrame, group: str, phase: str) -> float:
    """Share of a phase's member-days worked by one education group (NaN without days)."""
    rows = summary[(summary["education_group"] == group) & (summary["phase"] == phase)]
    phase_days = summary.loc[summary["phase"] == phase, "days"].sum()
    return float(rows["share"].iloc[0]) if phase_days > 0 and len(rows) else float("nan")
