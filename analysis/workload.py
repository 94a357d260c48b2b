"""Gelijkwaardigheid (building block V): do mbo'ers and hbo'ers carry comparable caseloads, and
do both get the regierol?

Dates follow the conventions in `analysis.duos`: inclusive end dates, NaT = still running.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.duos import (
    DUO_GROUPS,
    WORK_ROLES,
    active_in_period,
    close_open_ends,
    inclusive_days,
    later_of,
)
from analysis.education import DUO_GROUP_OF_LEVEL

LEAD_ROLE = "regie"


def _education_groups(levels: pd.Series) -> pd.Series:
    return levels.map(DUO_GROUP_OF_LEVEL).fillna("overig")


def _assignments_in_period(
    assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    return active_in_period(assignments, start, end, "started_on", "ended_on")


def member_caseloads(
    assignments: pd.DataFrame, members: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Per member active in the period: distinct cases worked and FTE weighted by presence.

    cases = distinct cases with a regie or begeleiding assignment overlapping the period.
    effective_fte = fte × (days in the team within the period / days in the period).
    Columns: member_id, education_group, fte, active_days, effective_fte, cases.
    """
    period_length = (end - start).days + 1
    present = active_in_period(members, start, end, "started_on", "ended_on")
    active_days = inclusive_days(
        later_of(present["started_on"], start), close_open_ends(present["ended_on"], end)
    )
    work = _assignments_in_period(assignments, start, end)
    work = work[work["role"].isin(WORK_ROLES)]
    cases = work.groupby("member_id")["case_id"].nunique()
    fte = present["fte"].fillna(0.0).astype(float)
    return pd.DataFrame(
        {
            "member_id": present["member_id"],
            "education_group": _education_groups(present["education_level"]),
            "fte": fte,
            "active_days": active_days,
            "effective_fte": fte * active_days / period_length,
            "cases": present["member_id"].map(cases).fillna(0).astype(int),
        }
    ).reset_index(drop=True)


def caseload_per_fte(
    assignments: pd.DataFrame, members: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Cases per FTE by education group (mbo, hbo, overig).

    member_cases = Σ over the group's members of their distinct cases in the period (a case
    worked by two mbo'ers counts twice for mbo); fte = Σ fte × fraction of the period the member
    was in the team; cases_per_fte = member_cases / fte (NaN without FTE). Only members active
    in the period (by started_on/ended_on) count. Columns: education_group, members, fte,
    member_cases, cases_per_fte.
    """
    per_member = member_caseloads(assignments, members, start, end)
    grouped = per_member.groupby("education_group")
    table = pd.DataFrame(
        {
            "members": grouped.size(),
            "fte": grouped["effective_fte"].sum(),
            "member_cases": grouped["cases"].sum(),
        }
    ).reindex(list(DUO_GROUPS), fill_value=0)
    table["members"] = table["members"].astype(int)
    table["member_cases"] = table["member_cases"].astype(int)
    table["fte"] = table["fte"].astype(float)
    table["cases_per_fte"] = table["member_cases"] / table["fte"].replace(0.0, np.nan)
    return table.rename_axis("education_group").reset_index()


def _shares(counts: pd.Series) -> pd.Series:
    total = counts.sum()
    return counts / total if total else counts * 0.0


def lead_role_share(
    assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Who holds the regierol, compared with who holds assignments at all.

    Counts assignments overlapping the period (each assignment row once), by the education
    group of the assignment's member: lead_assignments (role regie) and all_assignments (every
    role, consult included), their shares over the groups, and ratio = lead_share / all_share
    (1 = the group gets the regierol in proportion to its assignments). Columns:
    education_group, lead_assignments, lead_share, all_assignments, all_share, ratio.
    """
    active = _assignments_in_period(assignments, start, end)
    groups = _education_groups(active["education_level"])
    all_counts = groups.value_counts().reindex(list(DUO_GROUPS), fill_value=0).astype(int)
    lead_counts = groups[active["role"] == LEAD_ROLE].value_counts()
    lead_counts = lead_counts.reindex(list(DUO_GROUPS), fill_value=0).astype(int)
    table = pd.DataFrame(
        {
            "lead_assignments": lead_counts,
            "lead_share": _shares(lead_counts),
            "all_assignments": all_counts,
            "all_share": _shares(all_counts),
        }
    )
    table["ratio"] = table["lead_share"] / table["all_share"].replace(0.0, np.nan)
    return table.rename_axis("education_group").reset_index()
