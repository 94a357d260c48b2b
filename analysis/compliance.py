"""Norm van verantwoorde werktoedeling: youth cases with a risk need a registered professional
(SKJ or BIG), unless explained in a tenzij-motivering ("pas toe of leg uit").

Dates follow the conventions in `analysis.duos`: inclusive end dates, NaT = still running.
"""

from __future__ import annotations

import pandas as pd

from analysis.duos import active_in_period, active_work_assignments, reference_days
from analysis.education import active_on

CONFORM = "conform"
EXPLAINED = "uitgelegd"
NOT_CONFORM = "niet conform"
STATUSES: tuple[str, ...] = (CONFORM, EXPLAINED, NOT_CONFORM)
REGISTRATIONS: tuple[str, ...] = ("skj", "big")
YOUTH = "jeugd"
WARNING_DAYS = 90


def _has_text(values: pd.Series) -> pd.Series:
    """Mask: the value is a non-blank string (missing and whitespace-only count as empty)."""
    return values.fillna("").astype("str").str.strip().ne("")


def in_scope(cases: pd.DataFrame) -> pd.Series:
    """Mask: youth case (target_group 'jeugd') with at least one risk flag."""
    return cases["target_group"].eq(YOUTH) & _has_text(cases["risk_flags"])


def valid_registration_on(members: pd.DataFrame, day: pd.Series) -> pd.Series:
    """Mask: SKJ/BIG registration valid on `day` (aligned); an unknown end date is not valid."""
    registered = members["registration"].isin(REGISTRATIONS)
    valid_until = members["registration_valid_until"]
    return registered & valid_until.notna() & (valid_until >= day)


def compliance_status(
    cases: pd.DataFrame,
    assignments: pd.DataFrame,
    members: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> pd.DataFrame:
    """Status per in-scope case (youth with risk flags) active in the period.

    Checked on the case's reference day (period end, or closing day when earlier): the members
    holding the regie- or begeleidingsrol that day (consult does not count: the norm is about
    who does the work). "conform" when at least one of them has an SKJ or BIG registration valid
    on that day; otherwise "uitgelegd" when the case has a tenzij-motivering, else "niet
    conform". Columns: case_id, code, status, reference_day, assigned_members,
    registered_members.
    """
    scoped = active_in_period(cases[in_scope(cases)], start, end).reset_index(drop=True)
    case_days = pd.DataFrame({"case_id": scoped["case_id"], "day": reference_days(scoped, end)})
    active = active_work_assignments(case_days, assignments).drop_duplicates(["row", "member_id"])
    registration_columns = ["member_id", "registration", "registration_valid_until"]
    active = active.merge(members[registration_columns], on="member_id", how="left")
    active["registered"] = valid_registration_on(active, active["day"])
    assigned = active.groupby("row").size().reindex(scoped.index, fill_value=0)
    registered = active.groupby("row")["registered"].sum().reindex(scoped.index, fill_value=0)
    explained = _has_text(scoped["tenzij_motivering"])
    status = pd.Series(NOT_CONFORM, index=scoped.index, dtype="str")
    status = status.mask(explained, EXPLAINED).mask(registered > 0, CONFORM)
    return pd.DataFrame(
        {
            "case_id": scoped["case_id"],
            "code": scoped["code"],
            "status": status,
            "reference_day": case_days["day"],
            "assigned_members": assigned.astype(int),
            "registered_members": registered.astype(int),
        }
    )


def compliance_summary(status_df: pd.DataFrame) -> pd.Series:
    """Number of cases per status: conform, uitgelegd, niet conform (zero-filled)."""
    counts = status_df["status"].value_counts().reindex(list(STATUSES), fill_value=0)
    counts.index.name, counts.name = "status", "cases"
    return counts.astype(int)


def expiring_registrations(
    members: pd.DataFrame, as_of: pd.Timestamp, days: int = WARNING_DAYS
) -> pd.DataFrame:
    """SKJ/BIG registrations of members active on `as_of` that need attention.

    Rows: registrations valid until a day from `as_of` to `as_of + days` (expired False), and
    registrations already expired before `as_of` (expired True). Columns: member_id, pseudonym,
    display_name, registration, registration_valid_until, days_left (negative when expired),
    expired; sorted by valid-until date.
    """
    current = active_on(members, as_of)
    current = current[current["registration"].isin(REGISTRATIONS)]
    valid_until = current["registration_valid_until"]
    horizon = as_of + pd.Timedelta(days=days)
    attention = current[valid_until.notna() & (valid_until <= horizon)]
    days_left = (attention["registration_valid_until"] - as_of).dt.days if len(attention) else 0
    out = attention.assign(days_left=days_left)
    out["days_left"] = out["days_left"].astype(int)
    out["expired"] = out["days_left"] < 0
    columns = [
        "member_id",
        "pseudonym",
        "display_name",
        "registration",
        "registration_valid_until",
        "days_left",
        "expired",
    ]
    return out.sort_values("registration_valid_until")[columns].reset_index(drop=True)
