"""Duo types of cases: who works a case together, by education (mbo/hbo), and how that compares
with random pairing from the team's composition.

Conventions shared by the work analyses (phases, compliance, workload import them from here):

* every date is a calendar day and every end date is *inclusive*: 2024-01-01 → 2024-01-10 is 10
  days;
* an open end (NaT) is read as "still running" and clipped at the period end (or an `as_of` day);
* a case is *active in a period* when it opened on or before the period end and was not closed
  before the period start;
* a case's *reference day* in a period is the period end, or its closing day if it closed
  earlier (never before its opening day).

Only the regie and begeleiding roles make up a duo; consult is advice from outside the duo.

Duo types ("solo", "mbo-hbo", …), "geen fase" and "onbekend" are stored codes: data values used
as keys everywhere. Charts and pages show them through `i18n.label`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.education import DUO_GROUP_OF_LEVEL, duo_group
from analysis.representation import exact_binomial_p, format_p_value
from i18n import number, percent, t

WORK_ROLES: tuple[str, ...] = ("regie", "begeleiding")
DUO_GROUPS: tuple[str, ...] = ("mbo", "hbo", "overig")
DUO_TYPES: tuple[str, ...] = (
    "solo",
    "mbo-mbo",
    "mbo-hbo",
    "hbo-hbo",
    "3+",
    "duo met overig",
    "geen toewijzing",
)
PAIR_TYPES: tuple[str, ...] = ("mbo-mbo", "mbo-hbo", "hbo-hbo", "duo met overig")
MBO_HBO_PAIR_TYPES: tuple[str, ...] = ("mbo-mbo", "mbo-hbo", "hbo-hbo")
TANDEM = "mbo-hbo"
NO_PHASE = "geen fase"
BREAKDOWN_COLUMNS: tuple[str, ...] = ("target_group", "complexity", "pilot", "phase")
CASE_ATTRIBUTES: tuple[str, ...] = (
    "code",
    "target_group",
    "complexity",
    "pilot",
    "area_code",
    "outcome",
    "opened_on",
    "closed_on",
)
MIN_CASES_FOR_TEST = 5
ONE_DAY = pd.Timedelta(days=1)


# --- Interval helpers (inclusive calendar days) -------------------------------------------------


def close_open_ends(ends: pd.Series, fallback: pd.Timestamp) -> pd.Series:
    """End dates with NaT (open) replaced by `fallback`, and nothing later than `fallback`."""
    return ends.where(ends.notna() & (ends <= fallback), fallback)


def later_of(dates: pd.Series, floor: pd.Timestamp | pd.Series) -> pd.Series:
    """Element-wise maximum of a date series and a day (or an aligned date series)."""
    return dates.where(dates >= floor, floor)


def earlier_of(dates: pd.Series, ceiling: pd.Timestamp | pd.Series) -> pd.Series:
    """Element-wise minimum of a date series and a day (or an aligned date series)."""
    return dates.where(dates <= ceiling, ceiling)


def inclusive_days(first: pd.Series, last: pd.Series) -> pd.Series:
    """Number of days from `first` to `last`, both included; 0 when `last` is before `first`."""
    if first.empty:
        return pd.Series(0, index=first.index, dtype=int)
    days = (last - first).dt.days + 1
    return days.clip(lower=0).astype(int)


def active_in_period(
    frame: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    start_col: str = "opened_on",
    end_col: str = "closed_on",
) -> pd.DataFrame:
    """Rows whose interval [start_col, end_col] (end NaT = open) overlaps the period."""
    begun = frame[start_col] <= end
    not_over = frame[end_col].isna() | (frame[end_col] >= start)
    return frame[begun & not_over]


def active_on_day(
    frame: pd.DataFrame, day: pd.Timestamp | pd.Series, start_col: str, end_col: str
) -> pd.Series:
    """Boolean mask: the row's interval covers `day` (a day or an aligned series of days)."""
    return (frame[start_col] <= day) & (frame[end_col].isna() | (frame[end_col] >= day))


def reference_days(cases: pd.DataFrame, end: pd.Timestamp) -> pd.Series:
    """min(period end, closed_on), but never before opened_on."""
    last_day = close_open_ends(cases["closed_on"], end)
    return later_of(last_day, cases["opened_on"])


def period_buckets(start: pd.Timestamp, end: pd.Timestamp, freq: str = "MS") -> pd.DataFrame:
    """Calendar buckets (e.g. months) covering the period: bucket label, first and last day.

    The label is the bucket's anchor (the first of the month for "MS"); first and last day are
    clipped to the period, so the last bucket ends on the period end.
    """
    offset = pd.tseries.frequencies.to_offset(freq)
    anchors = pd.date_range(offset.rollback(start.normalize()), end, freq=freq)
    if anchors.empty:
        no_days = pd.Series(dtype="datetime64[ns]")
        return pd.DataFrame({"bucket": no_days, "first_day": no_days, "last_day": no_days})
    next_anchors = anchors[1:].append(pd.DatetimeIndex([anchors[-1] + offset]))
    buckets = pd.DataFrame({"bucket": anchors, "first_day": anchors, "last_day": next_anchors})
    buckets["last_day"] = earlier_of(buckets["last_day"] - ONE_DAY, end)
    buckets["first_day"] = later_of(buckets["first_day"], start)
    return buckets


# --- Duo types ----------------------------------------------------------------------------------


def _type_from_group_counts(mbo: pd.Series, hbo: pd.Series, overig: pd.Series) -> pd.Series:
    """Vectorised duo type from the number of distinct mbo, hbo and other members."""
    total = mbo + hbo + overig
    conditions = [
        total == 0,
        total == 1,
        total >= 3,
        overig > 0,
        mbo == 2,
        hbo == 2,
    ]
    choices = ["geen toewijzing", "solo", "3+", "duo met overig", "mbo-mbo", "hbo-hbo"]
    types = np.select(conditions, choices, default=TANDEM)
    return pd.Series(types, index=total.index, dtype="str")


def duo_type(levels: list[str]) -> str:
    """Duo type of one case from the education levels of its distinct (non-consult) members.

    0 members → "geen toewijzing", 1 → "solo", 3 or more → "3+"; two members → "mbo-mbo",
    "mbo-hbo" or "hbo-hbo", or "duo met overig" when one of them has no mbo/hbo diploma.
    """
    groups = [duo_group(level) for level in levels]
    counts = {group: pd.Series([groups.count(group)]) for group in DUO_GROUPS}
    return str(_type_from_group_counts(counts["mbo"], counts["hbo"], counts["overig"]).iloc[0])


def active_work_assignments(case_days: pd.DataFrame, assignments: pd.DataFrame) -> pd.DataFrame:
    """Regie/begeleiding assignments covering each (case_id, day) row of `case_days`.

    The result keeps the row label of `case_days` in a `row` column, plus member_id, role and
    duo_group (from the assignment's education_level).
    """
    keyed = case_days[["case_id", "day"]].assign(row=case_days.index)
    work = assignments[assignments["role"].isin(WORK_ROLES)]
    columns = ["case_id", "member_id", "role", "started_on", "ended_on", "education_level"]
    merged = keyed.merge(work[columns], on="case_id", how="inner")
    covering = merged[active_on_day(merged, merged["day"], "started_on", "ended_on")]
    groups = covering["education_level"].map(DUO_GROUP_OF_LEVEL).fillna("overig")
    return covering.assign(duo_group=groups)


def member_group_counts(case_days: pd.DataFrame, assignments: pd.DataFrame) -> pd.DataFrame:
    """Distinct regie/begeleiding members per duo group (mbo, hbo, overig) for every
    (case_id, day) row of `case_days`, aligned to its index."""
    active = active_work_assignments(case_days, assignments)
    members = active.drop_duplicates(["row", "member_id"])
    counts = {
        group: (members["duo_group"] == group)
        .groupby(members["row"])
        .sum()
        .reindex(case_days.index, fill_value=0)
        .astype(int)
        for group in DUO_GROUPS
    }
    return pd.DataFrame(counts, index=case_days.index)


def types_on_days(case_days: pd.DataFrame, assignments: pd.DataFrame) -> pd.Series:
    """Duo type for every (case_id, day) row of `case_days`, aligned to its index."""
    counts = member_group_counts(case_days, assignments)
    return _type_from_group_counts(counts["mbo"], counts["hbo"], counts["overig"])


def duo_types_at(cases: pd.DataFrame, assignments: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    """Duo type of every given case on `day` (case_id → type), from assignments active that day.

    Every case passed in gets a type; filter the cases first if only open ones are wanted.
    """
    case_days = pd.DataFrame({"case_id": cases["case_id"].to_numpy(), "day": day})
    types = types_on_days(case_days, assignments)
    return pd.Series(types.to_numpy(), index=cases["case_id"].to_numpy(), name="duo_type")


def case_duo_types(
    cases: pd.DataFrame, assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """One row per case active in the period with its duo type on its reference day.

    Definition (for the caption): a case counts when it was open at some moment in the period.
    Its duo type is read on the last day of the period, or on its closing day if it closed
    earlier: the education (mbo/hbo) of the members holding the regie- or begeleidingsrol that
    day. Consultation is not counted as part of the duo.

    Columns: case_id, reference_day, duo_type, mbo, hbo, overig (number of distinct members per
    group that day), and the case attributes code, target_group, complexity, pilot, area_code,
    outcome, opened_on, closed_on (those present in `cases`).
    """
    active = active_in_period(cases, start, end).reset_index(drop=True)
    case_days = pd.DataFrame({"case_id": active["case_id"], "day": reference_days(active, end)})
    counts = member_group_counts(case_days, assignments)
    out = pd.DataFrame({"case_id": active["case_id"], "reference_day": case_days["day"]})
    out["duo_type"] = _type_from_group_counts(counts["mbo"], counts["hbo"], counts["overig"])
    out = pd.concat([out, counts], axis=1)
    attributes = [column for column in CASE_ATTRIBUTES if column in active.columns]
    return pd.concat([out, active[attributes]], axis=1)


def _shares_per_type(counts: pd.Series, value_name: str) -> pd.DataFrame:
    """Counts per duo type (all types, zero-filled, in DUO_TYPES order) with their shares."""
    counts = counts.reindex(list(DUO_TYPES), fill_value=0)
    total = counts.sum()
    shares = counts / total if total else counts * 0.0
    return pd.DataFrame(
        {"duo_type": list(DUO_TYPES), value_name: counts.to_numpy(), "share": shares.to_numpy()}
    )


def _mix_per_group(
    groups: pd.Series, types: pd.Series, group_values: Sequence[object], group_name: str
) -> pd.DataFrame:
    """Cases per (group, duo type) for every group value and type, with shares within the group.

    Long rows: <group_name>, duo_type, cases, share (0 for a group without cases).
    """
    grid = pd.MultiIndex.from_product(
        [group_values, list(DUO_TYPES)], names=[group_name, "duo_type"]
    )
    labelled = pd.DataFrame({group_name: groups, "duo_type": types})
    counts = labelled.groupby([group_name, "duo_type"]).size()
    counts = counts.reindex(grid, fill_value=0).astype(int)
    totals = counts.groupby(level=group_name).transform("sum")
    shares = (counts / totals.where(totals > 0)).fillna(0.0)
    return pd.DataFrame({"cases": counts, "share": shares}).reset_index()


def duo_mix(case_types: pd.DataFrame) -> pd.DataFrame:
    """Number and share of cases per duo type (duo_type, cases, share); shares 0 when empty."""
    counts = case_types["duo_type"].value_counts()
    return _shares_per_type(counts, "cases")


def duo_segments(
    cases: pd.DataFrame, assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Split each case's open days within the period into stretches with one duo type.

    A new stretch starts on the day an assignment (regie/begeleiding) starts and on the day
    after one ends. Columns: case_id, first_day, last_day, days, duo_type.
    """
    active = active_in_period(cases, start, end)
    windows = pd.DataFrame(
        {
            "case_id": active["case_id"],
            "window_start": later_of(active["opened_on"], start),
            "window_end": close_open_ends(active["closed_on"], end),
        }
    )
    work = assignments[assignments["role"].isin(WORK_ROLES)]
    changes = pd.concat(
        [
            work[["case_id", "started_on"]].rename(columns={"started_on": "first_day"}),
            (work[["case_id"]].assign(first_day=work["ended_on"] + ONE_DAY)).dropna(),
        ]
    ).merge(windows, on="case_id")
    inside = (changes["first_day"] > changes["window_start"]) & (
        changes["first_day"] <= changes["window_end"]
    )
    starts = pd.concat(
        [
            windows.assign(first_day=windows["window_start"]),
            changes[inside],
        ]
    )
    starts = starts.drop_duplicates(["case_id", "first_day"]).sort_values(["case_id", "first_day"])
    next_start = starts.groupby("case_id")["first_day"].shift(-1)
    starts["last_day"] = (next_start - ONE_DAY).fillna(starts["window_end"])
    starts = starts.reset_index(drop=True)
    starts["days"] = inclusive_days(starts["first_day"], starts["last_day"])
    case_days = pd.DataFrame({"case_id": starts["case_id"], "day": starts["first_day"]})
    starts["duo_type"] = types_on_days(case_days, assignments)
    return starts[["case_id", "first_day", "last_day", "days", "duo_type"]]


def duo_case_days(
    cases: pd.DataFrame, assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Case-days per duo type within the period (duo_type, case_days, share of case-days,
    cases_with_type: the number of cases that had the type on at least one of those days).

    Every day a case is open in the period counts once, under the duo type it had that day.
    """
    segments = duo_segments(cases, assignments, start, end)
    days = segments.groupby("duo_type")["days"].sum()
    with_days = segments[segments["days"] > 0]
    cases_with_type = with_days.groupby("duo_type")["case_id"].nunique()
    mix = _shares_per_type(days, "case_days")
    mix["cases_with_type"] = (
        cases_with_type.reindex(list(DUO_TYPES), fill_value=0).astype(int).to_numpy()
    )
    return mix


def duo_mix_over_time(
    cases: pd.DataFrame,
    assignments: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    freq: str = "MS",
) -> pd.DataFrame:
    """Duo mix per month (or other `freq` bucket): long rows month, duo_type, cases, share.

    Per month, every case open at some moment that month counts once, with its type on the last
    day of the month (or of the period, or the case's closing day when earlier).
    """
    buckets = period_buckets(start, end, freq)
    pairs = cases[["case_id", "opened_on", "closed_on"]].merge(buckets, how="cross")
    opened = pairs["opened_on"] <= pairs["last_day"]
    not_closed = pairs["closed_on"].isna() | (pairs["closed_on"] >= pairs["first_day"])
    pairs = pairs[opened & not_closed].reset_index(drop=True)
    ref = later_of(
        earlier_of(pairs["last_day"], pairs["closed_on"].fillna(pairs["last_day"])),
        pairs["opened_on"],
    )
    pairs["duo_type"] = types_on_days(
        pd.DataFrame({"case_id": pairs["case_id"], "day": ref}), assignments
    )
    mix = _mix_per_group(pairs["bucket"], pairs["duo_type"], list(buckets["bucket"]), "month")
    return mix[["month", "duo_type", "cases", "share"]]


# --- Breakdowns ----------------------------------------------------------------------------------


def case_phase_at(phases: pd.DataFrame, case_days: pd.DataFrame) -> pd.Series:
    """Phase of each (case_id, day) row of `case_days` on that day, aligned to its index.

    When two phase periods cover the day (a hand-over day), the one that started last wins; a
    day without phase gets "geen fase".
    """
    keyed = case_days[["case_id", "day"]].assign(row=case_days.index)
    merged = keyed.merge(phases[["case_id", "phase", "started_on", "ended_on"]], on="case_id")
    covering = merged[active_on_day(merged, merged["day"], "started_on", "ended_on")]
    latest = covering.sort_values("started_on").drop_duplicates("row", keep="last")
    phase = latest.set_index("row")["phase"].reindex(case_days.index)
    return phase.fillna(NO_PHASE).astype("str")


def with_phase(case_types: pd.DataFrame, phases: pd.DataFrame) -> pd.DataFrame:
    """`case_types` with a `phase` column: the case's phase on its reference day."""
    case_days = pd.DataFrame({"case_id": case_types["case_id"], "day": case_types["reference_day"]})
    return case_types.assign(phase=case_phase_at(phases, case_days))


def duo_breakdown(case_types: pd.DataFrame, by: str) -> pd.DataFrame:
    """Duo mix within each value of `by` (target_group, complexity, pilot, or phase after
    `with_phase`): long rows group, duo_type, cases, share (share within the group)."""
    if by not in case_types.columns:
        raise ValueError(f"Onbekende uitsplitsing: {by!r}")
    groups = case_types[by].fillna("onbekend").astype("str")
    return _mix_per_group(groups, case_types["duo_type"], sorted(groups.unique()), "group")


# --- Random pairing ------------------------------------------------------------------------------


def random_pairing_expectation(members: pd.DataFrame, weight: str | None = "fte") -> pd.Series:
    """Expected shares of pair types if duos were drawn at random from these members.

    The first member is drawn with probability w_i / W (w = `weight`, e.g. FTE, or 1 each when
    None; W = the sum), the second among the *other* members with probability w_j / (W − w_i).
    Summing over ordered pairs:  P(g, h) = Σ_{i∈g} w_i/W · (W_h − [i∈h]·w_i) / (W − w_i).
    Returns mbo-mbo, mbo-hbo, hbo-hbo and "duo met overig" (sum 1); NaN with fewer than two
    members of positive weight. Pass the members you would pair (e.g. active professionals).
    """
    if weight:
        weights = members[weight].fillna(0.0).astype(float)
    else:
        weights = pd.Series(1.0, index=members.index)
    groups = members["education_level"].map(DUO_GROUP_OF_LEVEL).fillna("overig")
    positive = weights > 0
    weights, groups = weights[positive], groups[positive]
    if len(weights) < 2:
        return pd.Series(np.nan, index=list(PAIR_TYPES), name="expected_share")
    total = weights.sum()
    first = weights / total
    rest = total - weights

    def pair_probability(group_1: str, group_2: str) -> float:
        group_2_weight = weights[groups == group_2].sum()
        second = (group_2_weight - weights.where(groups == group_2, 0.0)) / rest
        return float((first * second)[groups == group_1].sum())

    mbo_mbo = pair_probability("mbo", "mbo")
    hbo_hbo = pair_probability("hbo", "hbo")
    tandem = pair_probability("mbo", "hbo") + pair_probability("hbo", "mbo")
    shares = [mbo_mbo, tandem, hbo_hbo, 1.0 - mbo_mbo - tandem - hbo_hbo]
    return pd.Series(shares, index=list(PAIR_TYPES), name="expected_share")


@dataclass(frozen=True)
class TandemComparison:
    """Observed mbo-hbo tandems among mbo/hbo duos against random pairing."""

    duo_cases: int
    tandems: int
    observed_share: float
    expected_share: float
    p_value: float | None
    sentence: str | None


def _p_text(p_value: float) -> str:
    """'p = 0,008' or 'p < 0,001': three decimals, in the current language."""
    if p_value < 0.001:
        return format_p_value(p_value)
    return t("analysis.p_value.equal", value=number(p_value, 3))


def _tandem_sentence(comparison: TandemComparison) -> str:
    """The plain-language conclusion of `tandem_vs_chance`, in the current language."""
    observed, expected = comparison.observed_share, comparison.expected_share
    if comparison.p_value is not None and comparison.p_value < 0.05:
        key = (
            "analysis.tandem.sentence_more"
            if observed > expected
            else "analysis.tandem.sentence_fewer"
        )
    else:
        key = "analysis.tandem.sentence_chance"
    return t(
        key,
        duos=comparison.duo_cases,
        tandems=comparison.tandems,
        observed=percent(observed),
        expected=percent(expected),
        p=_p_text(comparison.p_value or 1.0),
    )


def tandem_vs_chance(case_types: pd.DataFrame, expectation: pd.Series) -> TandemComparison:
    """Share of mbo-hbo tandems among cases worked by exactly one pair of mbo/hbo members,
    against the random-pairing share renormalised over those three pair types:
    e = E[mbo-hbo] / (E[mbo-mbo] + E[mbo-hbo] + E[hbo-hbo]).

    p-value: exact two-sided binomial test; p-value and sentence are None below 5 duo cases or
    without an expectation.
    """
    duo_types = case_types["duo_type"][case_types["duo_type"].isin(MBO_HBO_PAIR_TYPES)]
    n_duos, n_tandems = len(duo_types), int((duo_types == TANDEM).sum())
    pair_total = float(expectation.reindex(list(MBO_HBO_PAIR_TYPES)).sum())
    expected = float(expectation.get(TANDEM, np.nan)) / pair_total if pair_total else np.nan
    observed = n_tandems / n_duos if n_duos else np.nan
    testable = n_duos >= MIN_CASES_FOR_TEST and 0.0 <= expected <= 1.0
    p_value = exact_binomial_p(n_tandems, n_duos, expected) if testable else None
    comparison = TandemComparison(n_duos, n_tandems, observed, expected, p_value, None)
    if not testable:
        return comparison
    return TandemComparison(
        n_duos, n_tandems, observed, expected, p_value, _tandem_sentence(comparison)
    )


# --- Who works with whom -------------------------------------------------------------------------


def tandem_roles(
    cases: pd.DataFrame, assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """Within mbo-hbo tandems (type on the reference day): who holds each role that day.

    Rows: regie, begeleiding. Columns: mbo, hbo, beide (both members hold the role), geen (nobody
    holds it). Values: number of tandem cases.
    """
    case_types = case_duo_types(cases, assignments, start, end)
    tandems = case_types[case_types["duo_type"] == TANDEM].reset_index(drop=True)
    case_days = pd.DataFrame({"case_id": tandems["case_id"], "day": tandems["reference_day"]})
    active = active_work_assignments(case_days, assignments)
    holders = ["mbo", "hbo", "beide", "geen"]
    table = pd.DataFrame(0, index=pd.Index(list(WORK_ROLES), name="role"), columns=holders)
    for role in WORK_ROLES:
        in_role = active[active["role"] == role]
        has_mbo = (in_role["duo_group"] == "mbo").groupby(in_role["row"]).any()
        has_hbo = (in_role["duo_group"] == "hbo").groupby(in_role["row"]).any()
        has_mbo = has_mbo.reindex(case_days.index, fill_value=False).astype(bool)
        has_hbo = has_hbo.reindex(case_days.index, fill_value=False).astype(bool)
        table.loc[role, "mbo"] = int((has_mbo & ~has_hbo).sum())
        table.loc[role, "hbo"] = int((has_hbo & ~has_mbo).sum())
        table.loc[role, "beide"] = int((has_mbo & has_hbo).sum())
        table.loc[role, "geen"] = int((~has_mbo & ~has_hbo).sum())
    return table


def _assignments_clipped_to_period(
    assignments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp, roles: tuple[str, ...]
) -> pd.DataFrame:
    """Assignments in `roles` overlapping the period, with first/last day clipped to it."""
    chosen = assignments[assignments["role"].isin(roles)]
    clipped = chosen.assign(
        first_day=later_of(chosen["started_on"], start),
        last_day=close_open_ends(chosen["ended_on"], end),
    )
    return clipped[clipped["first_day"] <= clipped["last_day"]]


def co_assignment_matrix(
    assignments: pd.DataFrame,
    members: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    label: str = "pseudonym",
    roles: tuple[str, ...] = WORK_ROLES,
) -> pd.DataFrame:
    """Square, symmetric matrix: number of cases two members worked on together in the period.

    Two members worked a case together when their assignments (regie/begeleiding by default) on
    that case overlap each other on at least one day within the period. Rows and columns are
    the members with such an assignment, labelled by `label` (pseudonym unless asked
    otherwise) and sorted by it; the diagonal is 0.
    """
    clipped = _assignments_clipped_to_period(assignments, start, end, roles)
    columns = ["case_id", "member_id", "first_day", "last_day"]
    pairs = clipped[columns].merge(clipped[columns], on="case_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["member_id_a"] != pairs["member_id_b"]]
    overlap = later_of(pairs["first_day_a"], pairs["first_day_b"]) <= earlier_of(
        pairs["last_day_a"], pairs["last_day_b"]
    )
    together = pairs[overlap].drop_duplicates(["case_id", "member_id_a", "member_id_b"])
    counts = together.groupby(["member_id_a", "member_id_b"]).size()
    ids = sorted(clipped["member_id"].unique())
    matrix = counts.unstack(fill_value=0).reindex(index=ids, columns=ids, fill_value=0)
    matrix = matrix.astype(int)
    labels = members.set_index("member_id")[label].astype("str")
    names = [
        str(labels.get(member_id, t("analysis.duos.member_fallback", id=member_id)))
        for member_id in ids
    ]
    matrix.index, matrix.columns = names, names
    order = sorted(names)
    return matrix.loc[order, order]
