"""Pilot outcomes for policy staff: the pilots (verwarde personen, waakvlam) against the regular
cases of the same team and period.

Definitions (shown in the captions of the Pilots page):

* A case *counts in the period* when it was open on at least one day of it (the product-wide
  rule, see `analysis.duos`). Its *group* is its pilot, or "geen" (regular) without one.
* Its *outcome at the period end* is the registered outcome when it closed on or before the
  period end; a case still open on the period end is "lopend", except that an open case whose
  registered status is "waakvlam" stays "waakvlam" (it is in low-intensity follow-up). A case
  that closed only after the period is "lopend": later knowledge is not used.
* *Escalation rate* (opschalingspercentage): of the cases **closed within the period**, the share
  with outcome "opgeschaald" (escalated to second-line care). Cases still running are left out of
  the denominator because their outcome is not known yet; counting them would make a group look
  better simply because more of its cases are still open (as in the waakvlam pilot). 95 %
  interval: Wilson score interval. Pilot against regular: Fisher's exact test on the 2×2 table
  (escalated / not escalated × pilot / regular); below 10 closed cases in either group the
  numbers are too small to compare and no test is done.
* *Duration* (doorlooptijd): days from opening to closing, both included, of the cases closed
  within the period; median with the interquartile range (25th-75th percentile) as spread.
* *Regierol*: each regie assignment that overlaps the period, on a case that counts, once, by the
  education group (mbo / hbo incl. wo / overig) of the member holding it.

Dates follow the conventions in `analysis.duos`: inclusive end dates, NaT = still running.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.duos import active_in_period, inclusive_days, period_buckets
from analysis.education import DUO_GROUP_OF_LEVEL
from analysis.representation import (
    SIGNIFICANCE_LEVEL,
    fisher_exact_p,
    format_p_value,
    wilson_interval,
)
from i18n import percent, t

REGULAR = "geen"
PILOTS: tuple[str, ...] = ("verwarde_personen", "waakvlam")
CASE_GROUPS: tuple[str, ...] = (*PILOTS, REGULAR)
OUTCOMES: tuple[str, ...] = (
    "zelfredzaam",
    "afgeschaald",
    "opgeschaald",
    "waakvlam",
    "voortijdig_beeindigd",
    "lopend",
)
ESCALATED = "opgeschaald"
ONGOING = "lopend"
PILOT_LIGHT_OUTCOME = "waakvlam"
LEAD_ROLE = "regie"
EDUCATION_GROUPS: tuple[str, ...] = ("mbo", "hbo", "overig")
MIN_CLOSED_TO_COMPARE = 10
QUARTER_FREQ = "QS"

SUMMARY_COLUMNS: tuple[str, ...] = (
    "cases",
    "closed",
    "escalated",
    "escalation_rate",
    "escalation_low",
    "escalation_high",
    "median_days",
    "p25_days",
    "p75_days",
)


def group_name(group: str) -> str:
    """The group as a sentence names it: "de pilot verwarde personen", "reguliere casussen"."""
    return t(f"analysis.pilots.group.{group}")


# --- Per case ------------------------------------------------------------------------------------


def case_groups(cases: pd.DataFrame) -> pd.Series:
    """The pilot of each case, "geen" (regular) when it has none."""
    return cases["pilot"].fillna(REGULAR).astype("str")


def closed_in_period(cases: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Mask: the case closed on a day from `start` to `end` (both included)."""
    closed = cases["closed_on"]
    return closed.notna() & (closed >= start) & (closed <= end)


def outcome_at_end(cases: pd.DataFrame, end: pd.Timestamp) -> pd.Series:
    """The outcome as known on the period end (see the module docstring)."""
    outcome = cases["outcome"].fillna(ONGOING).astype("str")
    closed_by_end = cases["closed_on"].notna() & (cases["closed_on"] <= end)
    open_in_follow_up = cases["closed_on"].isna() & outcome.eq(PILOT_LIGHT_OUTCOME)
    return outcome.where(closed_by_end | open_in_follow_up, ONGOING)


def _counting(cases: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    return active_in_period(cases, start, end).reset_index(drop=True)


# --- Escalation ----------------------------------------------------------------------------------


def escalation_rate(escalated: int, closed: int) -> tuple[float, float, float]:
    """(rate, wilson_low, wilson_high) of `escalated` out of `closed`; all NaN when closed is 0."""
    if closed <= 0:
        return (math.nan, math.nan, math.nan)
    low, high = wilson_interval(escalated, closed)
    return (escalated / closed, low, high)


# --- Summary per group ---------------------------------------------------------------------------


def pilot_summary(cases: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """One row per group (verwarde_personen, waakvlam, geen), columns SUMMARY_COLUMNS.

    cases: cases that count in the period; closed: of those, closed within the period;
    escalated: of the closed ones, outcome "opgeschaald"; escalation_rate with its Wilson 95 %
    interval (NaN without closed cases); median_days, p25_days, p75_days: duration of the closed
    ones in days, opening and closing day included (NaN without closed cases).
    """
    counting = _counting(cases, start, end)
    groups = case_groups(counting)
    closed = closed_in_period(counting, start, end)
    escalated = closed & counting["outcome"].eq(ESCALATED)
    duration = inclusive_days(counting.loc[closed, "opened_on"], counting.loc[closed, "closed_on"])
    rows = []
    for group in CASE_GROUPS:
        in_group = groups.eq(group)
        n_closed = int((in_group & closed).sum())
        n_escalated = int((in_group & escalated).sum())
        days = duration[in_group[closed]].astype(float)
        rate, low, high = escalation_rate(n_escalated, n_closed)
        rows.append(
            {
                "cases": int(in_group.sum()),
                "closed": n_closed,
                "escalated": n_escalated,
                "escalation_rate": rate,
                "escalation_low": low,
                "escalation_high": high,
                "median_days": days.median() if len(days) else math.nan,
                "p25_days": days.quantile(0.25) if len(days) else math.nan,
                "p75_days": days.quantile(0.75) if len(days) else math.nan,
            }
        )
    return pd.DataFrame(rows, index=pd.Index(list(CASE_GROUPS), name="group"))


def outcome_mix(cases: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """Outcome at the period end per group: long rows group, outcome, cases, share.

    Every group × outcome is present (zero-filled); share is within the group (0 when the group
    has no cases). Outcomes in OUTCOMES order.
    """
    counting = _counting(cases, start, end)
    frame = pd.DataFrame({"group": case_groups(counting), "outcome": outcome_at_end(counting, end)})
    grid = pd.MultiIndex.from_product(
        [list(CASE_GROUPS), list(OUTCOMES)], names=["group", "outcome"]
    )
    counts = frame.groupby(["group", "outcome"]).size().reindex(grid, fill_value=0).astype(int)
    totals = counts.groupby(level="group").transform("sum")
    shares = (counts / totals.where(totals > 0)).fillna(0.0)
    return pd.DataFrame({"cases": counts, "share": shares}).reset_index()


# --- Pilot against regular -----------------------------------------------------------------------


@dataclass(frozen=True)
class PilotComparison:
    """Escalation in one pilot against the regular cases of the same team and period.

    too_small: fewer than MIN_CLOSED_TO_COMPARE closed cases in either group; then p_value is
    NaN. sentence: the full plain-language statement (with counts and percentages) in the current
    language; verdict: only the conclusion, without numbers (for presentation mode when a count
    is below 5).
    """

    pilot: str
    pilot_closed: int
    pilot_escalated: int
    regular_closed: int
    regular_escalated: int
    too_small: bool
    p_value: float
    sentence: str
    verdict: str


def _pct(share: float) -> str:
    """A share as a whole percentage in the current language ('40 %' / '40%'); NaN gives '–'."""
    return percent(float(share))


def _rate_text(escalated: int, closed: int) -> str:
    rate, low, high = escalation_rate(escalated, closed)
    return t("analysis.pilots.rate", rate=_pct(rate), low=_pct(low), high=_pct(high))


def _verdict(p_value: float, pilot_rate: float, regular_rate: float) -> str:
    if p_value < SIGNIFICANCE_LEVEL:
        key = "verdict_more" if pilot_rate > regular_rate else "verdict_less"
        return t(f"analysis.pilots.{key}", p=format_p_value(p_value))
    return t("analysis.pilots.verdict_chance", p=format_p_value(p_value))


def compare_escalation(summary: pd.DataFrame, pilot: str) -> PilotComparison:
    """Escalation rate of `pilot` against regular cases, from a `pilot_summary` table.

    Two-sided Fisher's exact test on [[escalated, not escalated] pilot, [...] regular] when both
    groups have at least MIN_CLOSED_TO_COMPARE closed cases; otherwise a plain statement that the
    numbers are too small to compare.
    """
    if pilot not in PILOTS:
        raise ValueError(f"Onbekende pilot: {pilot!r}")
    p_closed, p_escalated = (int(summary.loc[pilot, c]) for c in ("closed", "escalated"))
    r_closed, r_escalated = (int(summary.loc[REGULAR, c]) for c in ("closed", "escalated"))
    name = group_name(pilot)
    if min(p_closed, r_closed) < MIN_CLOSED_TO_COMPARE:
        text = t(
            "analysis.pilots.too_small",
            pilot_closed=p_closed,
            name=name,
            regular_closed=r_closed,
            minimum=MIN_CLOSED_TO_COMPARE,
        )
        return PilotComparison(
            pilot, p_closed, p_escalated, r_closed, r_escalated, True, math.nan, text, text
        )
    table = ((p_escalated, p_closed - p_escalated), (r_escalated, r_closed - r_escalated))
    p_value = fisher_exact_p(table)
    verdict = _verdict(p_value, p_escalated / p_closed, r_escalated / r_closed)
    sentence = t(
        "analysis.pilots.sentence",
        pilot_closed=p_closed,
        name=name,
        pilot_rate=_rate_text(p_escalated, p_closed),
        regular_closed=r_closed,
        regular_rate=_rate_text(r_escalated, r_closed),
        verdict=verdict,
    )
    return PilotComparison(
        pilot, p_closed, p_escalated, r_closed, r_escalated, False, p_value, sentence, verdict
    )


# --- Who held the regierol -----------------------------------------------------------------------


def regie_by_education(
    cases: pd.DataFrame, assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Regie assignments per group × education group: long rows group, education_group,
    assignments, share, share_low, share_high.

    Each regie assignment overlapping the period, on a case that counts in the period, counts
    once under the education group (mbo, hbo incl. wo, overig) of its member. share is within the
    group (NaN without regie assignments), with its Wilson 95 % interval.
    """
    counting = _counting(cases, start, end)
    group_of_case = pd.Series(case_groups(counting).to_numpy(), index=counting["case_id"])
    lead = active_in_period(assignments, start, end, "started_on", "ended_on")
    lead = lead[lead["role"].eq(LEAD_ROLE) & lead["case_id"].isin(group_of_case.index)]
    frame = pd.DataFrame(
        {
            "group": lead["case_id"].map(group_of_case),
            "education_group": lead["education_level"].map(DUO_GROUP_OF_LEVEL).fillna("overig"),
        }
    )
    grid = pd.MultiIndex.from_product(
        [list(CASE_GROUPS), list(EDUCATION_GROUPS)], names=["group", "education_group"]
    )
    counts = frame.groupby(["group", "education_group"]).size()
    counts = counts.reindex(grid, fill_value=0).astype(int)
    totals = counts.groupby(level="group").transform("sum")
    out = pd.DataFrame({"assignments": counts, "share": counts / totals.where(totals > 0)})
    intervals = [wilson_interval(k, n) for k, n in zip(counts, totals, strict=True)]
    out["share_low"] = [low for low, _ in intervals]
    out["share_high"] = [high for _, high in intervals]
    return out.reset_index()


def regie_sentence(regie: pd.DataFrame, pilot: str, education_group: str = "mbo") -> str | None:
    """In the current language: in the pilot an mbo'er held the regie in k of the n regie
    assignments (share), against k of n for regular cases. None when the pilot has no regie
    assignments."""
    rows = regie[regie["education_group"].eq(education_group)].set_index("group")
    totals = regie.groupby("group")["assignments"].sum()
    if totals.get(pilot, 0) == 0:
        return None
    pilot_part = {
        "name": group_name(pilot),
        "holder": t(f"analysis.pilots.holder.{education_group}"),
        "count": int(rows.loc[pilot, "assignments"]),
        "total": int(totals[pilot]),
        "share": _pct(rows.loc[pilot, "share"]),
    }
    if totals.get(REGULAR, 0) == 0:
        return t("analysis.pilots.regie_sentence_no_regular", **pilot_part)
    return t(
        "analysis.pilots.regie_sentence",
        **pilot_part,
        regular_count=int(rows.loc[REGULAR, "assignments"]),
        regular_total=int(totals[REGULAR]),
        regular_share=_pct(rows.loc[REGULAR, "share"]),
    )


# --- Over time -----------------------------------------------------------------------------------


def quarterly_outcomes(cases: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """Per calendar quarter (clipped to the period) and group: long rows quarter (first day of
    the quarter), group, cases (open on at least one day of the quarter), closed (closed within
    the quarter), escalated (of those, "opgeschaald"), escalation_rate with escalation_low and
    escalation_high (Wilson 95 %; NaN without closed cases). Every quarter × group is present.
    """
    buckets = period_buckets(start, end, QUARTER_FREQ)
    counting = _counting(cases, start, end)
    base = pd.DataFrame(
        {
            "group": case_groups(counting),
            "opened_on": counting["opened_on"],
            "closed_on": counting["closed_on"],
            "escalated_case": counting["outcome"].eq(ESCALATED),
        }
    )
    pairs = base.merge(buckets, how="cross")
    open_in = (pairs["opened_on"] <= pairs["last_day"]) & (
        pairs["closed_on"].isna() | (pairs["closed_on"] >= pairs["first_day"])
    )
    closed_in = (
        pairs["closed_on"].notna()
        & (pairs["closed_on"] >= pairs["first_day"])
        & (pairs["closed_on"] <= pairs["last_day"])
    )
    pairs = pairs.assign(
        cases=open_in.astype(int),
        closed=closed_in.astype(int),
        escalated=(closed_in & pairs["escalated_case"]).astype(int),
    )
    grid = pd.MultiIndex.from_product(
        [buckets["bucket"], list(CASE_GROUPS)], names=["quarter", "group"]
    )
    sums = pairs.groupby(["bucket", "group"])[["cases", "closed", "escalated"]].sum()
    sums.index.names = ["quarter", "group"]
    out = sums.reindex(grid, fill_value=0).astype(int).reset_index()
    rates = [escalation_rate(e, c) for e, c in zip(out["escalated"], out["closed"], strict=True)]
    out["escalation_rate"] = np.array([rate for rate, _, _ in rates], dtype=float)
    out["escalation_low"] = np.array([low for _, low, _ in rates], dtype=float)
    out["escalation_high"] = np.array([high for _, _, high in rates], dtype=float)
    return out
