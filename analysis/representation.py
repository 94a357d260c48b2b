"""Team education mix versus a reference population (DESIGN.md §4).

Every function here is pure: pandas/numpy in, plain values out; no streamlit, no database.

Conventions
-----------
- A *counts* Series is indexed by CBS group (``laag``/``middelbaar``/``hoog``, or only
  ``middelbaar``/``hoog`` in the professional view) and holds a headcount or an FTE sum per group.
- A *shares* Series has the same index and sums to 1 (or is all NaN when nothing is known).
- Team share t_i, population share p_i. Representation ratio RR_i = t_i / p_i (1 = mirror; below
  0.8 or above 1.25 is noteworthy); gap = t_i - p_i in percentage points.
- Dissimilarity (Duncan) D = ½ Σ |t_i - p_i|: the share of the team that would have to differ to
  mirror the population.
- Blau index B = 1 - Σ t_i², normalised B / (1 - 1/k) so that 1 means "spread evenly over k".
- Uncertainty: a Wilson 95 % interval per team share; an exact binomial test (two groups) or an
  exact multinomial test (three groups) for "larger than chance?". Never chi-square (teams are
  small), and no significance wording below five members.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.education import CBS_GROUPS
from i18n import number, t

NOTEWORTHY_LOW = 0.8
NOTEWORTHY_HIGH = 1.25
MIN_MEMBERS_FOR_TEST = 5
SIGNIFICANCE_LEVEL = 0.05
# Same relative tolerance scipy.stats.binomtest uses to decide "as or less likely than observed".
RELATIVE_TOLERANCE = 1e-7
# Tolerance when checking a dissimilarity against a target (floating-point noise only).
TARGET_TOLERANCE = 1e-12

AREA_COUNT_COLUMN_OF_GROUP: dict[str, str] = {"laag": "low", "middelbaar": "middle", "hoog": "high"}

TABLE_COLUMNS: tuple[str, ...] = (
    "team_count",
    "team_share",
    "wilson_low",
    "wilson_high",
    "population_share",
    "ratio",
    "gap_pp",
    "noteworthy",
    "zero_population",
)

METHOD_BINOMIAL = "binomiaal"  # method codes (data, not display text)
METHOD_MULTINOMIAL = "multinomiaal"
P_VALUE_FLOOR = 0.001  # smaller p-values are shown as "p < 0,001"


# --------------------------------------------------------------------------------------------
# Shares
# --------------------------------------------------------------------------------------------


def shares(counts: pd.Series) -> pd.Series:
    """Counts per group as shares of their total; all NaN when the total is zero or unknown."""
    values = counts.astype(float)
    total = values.sum(skipna=False)
    if not np.isfinite(total) or total <= 0:
        return pd.Series(np.nan, index=counts.index, dtype=float, name=counts.name)
    return values / total


def population_shares(
    low: float | None,
    middle: float | None,
    high: float | None,
    groups: Sequence[str] = CBS_GROUPS,
) -> pd.Series:
    """Population shares over `groups` only (CBS counts of residents aged 15-74).

    Pass ``groups=PROFESSIONAL_GROUPS`` for the professional view: middelbaar and hoog
    renormalised to sum to 1. A missing count (None/NaN, e.g. a suppressed CBS value) in any
    group that is needed makes the whole result unavailable: all shares NaN.
    """
    count_of_group = {"laag": low, "middelbaar": middle, "hoog": high}
    unknown = [group for group in groups if group not in count_of_group]
    if unknown:
        raise ValueError(f"Unknown CBS group(s): {unknown}")
    needed = [_as_float_or_nan(count_of_group[group]) for group in groups]
    if any(value < 0 for value in needed):
        raise ValueError("Population counts cannot be negative")
    return shares(pd.Series(needed, index=list(groups), dtype=float, name="population"))


def _as_float_or_nan(value: float | None) -> float:
    return math.nan if value is None else float(value)


# --------------------------------------------------------------------------------------------
# Served population
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServedPopulation:
    """The served population mix plus what had to be left out to compute it.

    shares: the case-weighted mix (index = groups).
    case_weights: number of cases per area actually used as weights.
    dropped_areas: areas with cases but without usable population figures (sorted codes).
    dropped_cases: number of cases in those areas (or without an area code).
    """

    shares: pd.Series
    case_weights: pd.Series
    dropped_areas: tuple[str, ...]
    dropped_cases: float


def served_population(
    area_counts: pd.DataFrame,
    case_counts: pd.Series,
    groups: Sequence[str] = CBS_GROUPS,
) -> pd.Series:
    """Education mix of the population a team actually serves (shares over `groups`).

    Definition: every area's own shares (laag/middelbaar/hoog over the three, or over `groups`)
    are averaged with the team's number of cases in that area in the period as weights:
    ``served_i = Σ_a cases_a · share_{a,i} / Σ_a cases_a``. Weighting shares (not summing
    counts) lets each case count once, whatever the size of its area.

    `area_counts`: index region_code, columns low/middle/high (CBS counts).
    `case_counts`: index region_code, the team's cases per area.
    Areas without population figures are left out; see `served_population_detail` for which.
    """
    return served_population_detail(area_counts, case_counts, groups).shares


def served_population_detail(
    area_counts: pd.DataFrame,
    case_counts: pd.Series,
    groups: Sequence[str] = CBS_GROUPS,
) -> ServedPopulation:
    """Like `served_population`, also reporting the areas (and cases) that had to be dropped."""
    cases = _cases_per_area(case_counts)
    area_shares = _usable_area_shares(area_counts, groups)
    used_areas = [code for code in cases.index if code in area_shares.index]
    dropped_areas = tuple(
        sorted(str(code) for code in cases.index if code not in area_shares.index)
    )
    weights = cases.loc[used_areas]
    dropped_cases = float(case_counts.fillna(0).sum() - weights.sum())
    mix = _weighted_mix(area_shares.loc[used_areas], weights, groups)
    return ServedPopulation(mix, weights, dropped_areas, dropped_cases)


def _cases_per_area(case_counts: pd.Series) -> pd.Series:
    """Positive case counts per stripped region code (CBS codes come right-padded)."""
    known = case_counts[case_counts.index.notna()].fillna(0).astype(float)
    codes = pd.Index([str(code).strip() for code in known.index])
    per_area = known.groupby(codes).sum()
    return per_area[per_area > 0]


def _usable_area_shares(area_counts: pd.DataFrame, groups: Sequence[str]) -> pd.DataFrame:
    """Per area its shares over `groups`; areas with a missing or all-zero count are dropped."""
    columns = [AREA_COUNT_COLUMN_OF_GROUP[group] for group in groups]
    counts = area_counts[columns].astype(float)
    counts.columns = list(groups)
    counts.index = pd.Index([str(code).strip() for code in counts.index])
    complete = counts.notna().all(axis=1) & (counts.sum(axis=1) > 0)
    usable = counts[complete]
    return usable.div(usable.sum(axis=1), axis=0)


def _weighted_mix(
    area_shares: pd.DataFrame, weights: pd.Series, groups: Sequence[str]
) -> pd.Series:
    total_weight = weights.sum()
    if total_weight <= 0:
        return pd.Series(np.nan, index=list(groups), dtype=float, name="served")
    mix = area_shares.mul(weights, axis=0).sum() / total_weight
    return mix.reindex(list(groups)).rename("served")


# --------------------------------------------------------------------------------------------
# Uncertainty
# --------------------------------------------------------------------------------------------


def wilson_interval(successes: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion `successes / n`; (nan, nan) when n is 0.

    `successes` may be fractional (an FTE share times the headcount, see `representation_table`).
    """
    if n <= 0:
        return (math.nan, math.nan)
    if not 0 <= successes <= n:
        raise ValueError("successes must lie between 0 and n")
    z = statistics.NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    proportion = successes / n
    denominator = 1 + z**2 / n
    centre = (proportion + z**2 / (2 * n)) / denominator
    half_width = z * math.sqrt(proportion * (1 - proportion) / n + z**2 / (4 * n**2)) / denominator
    return (max(0.0, centre - half_width), min(1.0, centre + half_width))


def exact_binomial_p(k: int, n: int, p: float) -> float:
    """Two-sided exact binomial p-value (as scipy.stats.binomtest): the total probability of
    every outcome that is at most as likely as the observed `k` out of `n`. NaN when n is 0."""
    _check_probability(p)
    if n == 0:
        return math.nan
    if not 0 <= k <= n:
        raise ValueError("k must lie between 0 and n")
    outcomes = np.arange(n + 1)
    log_factorials = _log_factorials(n)
    log_coefficient = log_factorials[n] - log_factorials[outcomes] - log_factorials[n - outcomes]
    probabilities = np.exp(
        log_coefficient + _xlogy(outcomes, np.float64(p)) + _xlogy(n - outcomes, np.float64(1 - p))
    )
    as_or_less_likely = probabilities <= probabilities[k] * (1 + RELATIVE_TOLERANCE)
    return float(min(1.0, probabilities[as_or_less_likely].sum()))


def fisher_exact_p(table: tuple[tuple[int, int], tuple[int, int]]) -> float:
    """Two-sided Fisher exact p-value of a 2×2 table (as scipy.stats.fisher_exact): with the
    margins fixed, the total hypergeometric probability of every table that is at most as likely
    as the observed one (relative tolerance 1e-7); 1 when a margin is 0."""
    (a, b), (c, d) = table
    if min(a, b, c, d) < 0:
        raise ValueError("counts cannot be negative")
    first_row, first_column, n = a + b, a + c, a + b + c + d
    if 0 in (first_row, first_column, n - first_row, n - first_column):
        return 1.0  # only one table has these margins
    low, high = max(0, first_column - (n - first_row)), min(first_row, first_column)
    cells = np.arange(low, high + 1)
    log_factorials = _log_factorials(n)

    def log_choose(total: int | np.ndarray, chosen: int | np.ndarray) -> np.ndarray:
        return log_factorials[total] - log_factorials[chosen] - log_factorials[total - chosen]

    log_probs = (
        log_choose(first_column, cells)
        + log_choose(n - first_column, first_row - cells)
        - log_choose(n, first_row)
    )
    observed = log_probs[a - low]
    as_or_less_likely = log_probs <= observed + math.log1p(RELATIVE_TOLERANCE)
    return float(min(1.0, np.exp(log_probs[as_or_less_likely]).sum()))


def exact_multinomial_p(counts: tuple[int, ...], probs: tuple[float, ...]) -> float:
    """Exact multinomial p-value: the total probability of every composition of n into k groups
    that is at most as likely as the observed one (relative tolerance 1e-7). NaN when n is 0.

    `probs` are renormalised to sum to 1 (rounded population shares). Enumerates
    C(n+k-1, k-1) compositions: 1,891 for n = 60 and k = 3.
    """
    if len(counts) != len(probs) or len(counts) < 2:
        raise ValueError("counts and probs need the same length, at least 2")
    if any(count < 0 for count in counts):
        raise ValueError("counts cannot be negative")
    n = int(sum(counts))
    if n == 0:
        return math.nan
    log_probs = _log_multinomial_pmf(_compositions(n, len(counts)), _normalised(probs))
    observed = _log_multinomial_pmf(np.array([counts]), _normalised(probs))[0]
    as_or_less_likely = log_probs <= observed + math.log1p(RELATIVE_TOLERANCE)
    return float(min(1.0, np.exp(log_probs[as_or_less_likely]).sum()))


def _compositions(n: int, k: int) -> np.ndarray:
    """All ways to write n as an ordered sum of k non-negative integers (stars and bars)."""
    bars = np.array(list(itertools.combinations(range(n + k - 1), k - 1)), dtype=np.int64)
    bars = bars.reshape(-1, k - 1)
    edges = np.hstack([np.full((len(bars), 1), -1), bars, np.full((len(bars), 1), n + k - 1)])
    return np.diff(edges, axis=1) - 1


def _log_multinomial_pmf(compositions: np.ndarray, probs: np.ndarray) -> np.ndarray:
    n = int(compositions[0].sum())
    log_factorials = _log_factorials(n)
    log_coefficient = log_factorials[n] - log_factorials[compositions].sum(axis=1)
    return log_coefficient + _xlogy(compositions, probs).sum(axis=1)


# numpy and the standard library instead of scipy here: importing scipy.stats costs about a
# second of every dashboard start, and these exact tests only need log-factorials.
def _log_factorials(n: int) -> np.ndarray:
    """log(i!) for i = 0 … n."""
    return np.array([math.lgamma(i + 1) for i in range(n + 1)])


def _xlogy(x: np.ndarray, y: np.ndarray | np.float64) -> np.ndarray:
    """x · log(y), with 0 where x is 0 (also when y is 0), as scipy.special.xlogy."""
    with np.errstate(divide="ignore", invalid="ignore"):
        product = x * np.log(y)
    return np.where(x == 0, 0.0, product)


def _normalised(probs: Sequence[float]) -> np.ndarray:
    values = np.asarray(probs, dtype=float)
    if np.any(~np.isfinite(values)) or np.any(values < 0) or values.sum() <= 0:
        raise ValueError("probabilities must be finite, non-negative and not all zero")
    return values / values.sum()


def _check_probability(p: float) -> None:
    if not 0 <= p <= 1:
        raise ValueError("p must lie between 0 and 1")


# --------------------------------------------------------------------------------------------
# Representation table and summary indices
# --------------------------------------------------------------------------------------------


def representation_table(
    team_counts: pd.Series,
    pop_shares: pd.Series,
    headcount: pd.Series | None = None,
) -> pd.DataFrame:
    """Per group: team count and share, Wilson 95 % interval, population share, ratio, gap.

    Columns: team_count, team_share, wilson_low, wilson_high, population_share, ratio (t/p),
    gap_pp (t - p in percentage points), noteworthy (ratio < 0.8 or > 1.25), zero_population
    (p is 0: the ratio is undefined and left NaN). Index: the groups of `team_counts`.

    For FTE-weighted `team_counts`, pass the per-group `headcount`: the interval is then the
    Wilson interval around the FTE share with the number of *people* as n (x = t_i · n_people),
    because FTE are not independent observations. Without it, `team_counts` are taken as the
    headcount.
    """
    groups = team_counts.index
    team_share = shares(team_counts)
    population = pop_shares.reindex(groups).astype(float)
    intervals = _wilson_intervals(team_counts, team_share, headcount)
    zero_population = population == 0
    ratio = (team_share / population.where(~zero_population)).astype(float)
    table = pd.DataFrame(
        {
            "team_count": team_counts.astype(float),
            "team_share": team_share,
            "wilson_low": [low for low, _ in intervals],
            "wilson_high": [high for _, high in intervals],
            "population_share": population,
            "ratio": ratio,
            "gap_pp": (team_share - population) * 100,
            "noteworthy": (ratio < NOTEWORTHY_LOW) | (ratio > NOTEWORTHY_HIGH),
            "zero_population": zero_population,
        },
        index=groups,
    )
    table.index.name = "group"
    return table


def _wilson_intervals(
    team_counts: pd.Series, team_share: pd.Series, headcount: pd.Series | None
) -> list[tuple[float, float]]:
    """Wilson interval per group: on the counts themselves, or on t_i · n_people with FTE."""
    if headcount is None:
        n = float(team_counts.sum())
        return [wilson_interval(float(count), n) for count in team_counts]
    n_people = float(headcount.reindex(team_counts.index).sum())
    return [
        (math.nan, math.nan) if math.isnan(share) else wilson_interval(share * n_people, n_people)
        for share in team_share
    ]


def dissimilarity(t: pd.Series, p: pd.Series) -> float:
    """Duncan's D = ½ Σ |t_i - p_i| over the union of groups; NaN if any share is unknown."""
    difference = t.astype(float).sub(p.astype(float))
    return float(0.5 * difference.abs().sum(skipna=False))


def blau(shares: pd.Series) -> float:
    """Blau index 1 - Σ s_i²: chance that two random members differ; NaN if any share unknown."""
    if len(shares) == 0:
        return math.nan
    return float(1 - (shares.astype(float) ** 2).sum(skipna=False))


def blau_normalised(shares: pd.Series) -> float:
    """Blau index divided by its maximum 1 - 1/k (k = number of groups); NaN for k < 2."""
    k = len(shares)
    if k < 2:
        return math.nan
    return blau(shares) / (1 - 1 / k)


# --------------------------------------------------------------------------------------------
# "Larger than chance?" in plain words (in the current language)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TestResult:
    """Outcome of the exact test of the team composition against the population.

    method: "binomiaal" (two groups, test on the first group) or "multinomiaal" (three+).
    p_value: NaN when no test was done (fewer than 5 members, or no population figures).
    sentence: plain-language conclusion for the UI (in the language current when the test was
        made), or None when no conclusion may be shown.
    note: plain-language reason why there is no sentence, else None.
    """

    __test__ = False  # not a pytest test class, despite the name

    method: str
    p_value: float
    n: int
    too_few_members: bool
    sentence: str | None
    note: str | None = None


def difference_test(team_counts: pd.Series, pop_shares: pd.Series) -> TestResult:
    """Exact test whether the team's composition differs from the population more than chance.

    `team_counts` must be whole headcounts (never FTE). Two groups: exact binomial test on the
    first group with the population share renormalised over the two; three or more: exact
    multinomial test. Below 5 members there is no p-value and no sentence.
    """
    counts = _whole_counts(team_counts)
    n = sum(counts)
    method = METHOD_BINOMIAL if len(counts) == 2 else METHOD_MULTINOMIAL
    population = pop_shares.reindex(team_counts.index).astype(float)
    if n < MIN_MEMBERS_FOR_TEST:
        note = t("analysis.representation.note_too_few_members")
        return TestResult(method, math.nan, n, True, None, note)
    if population.isna().any() or population.sum() <= 0:
        note = t("analysis.representation.note_no_population")
        return TestResult(method, math.nan, n, False, None, note)
    p_value = _exact_p_value(counts, tuple(population))
    return TestResult(method, p_value, n, False, chance_sentence(p_value))


def _exact_p_value(counts: tuple[int, ...], probs: tuple[float, ...]) -> float:
    if len(counts) == 2:
        first_share = probs[0] / (probs[0] + probs[1])
        return exact_binomial_p(counts[0], sum(counts), first_share)
    return exact_multinomial_p(counts, probs)


def _whole_counts(team_counts: pd.Series) -> tuple[int, ...]:
    if len(team_counts) < 2:
        raise ValueError("a test needs at least two groups")
    values = team_counts.astype(float).to_numpy()
    if np.any(~np.isfinite(values)) or np.any(values < 0):
        raise ValueError("team counts must be finite and non-negative")
    if not np.allclose(values, np.round(values)):
        raise ValueError("the exact test needs whole headcounts, not FTE")
    return tuple(int(value) for value in np.round(values))


def chance_sentence(p_value: float) -> str:
    """Plain-language conclusion for an exact test p-value (5 % level), current language."""
    key = (
        "analysis.representation.sentence_significant"
        if p_value < SIGNIFICANCE_LEVEL
        else "analysis.representation.sentence_chance"
    )
    return t(key, p=format_p_value(p_value))


def format_p_value(p_value: float) -> str:
    """'p = 0,037', 'p = 0,41', 'p < 0,001' (Dutch decimal comma; a point in English): two
    significant digits.

    Uses a third digit when rounding would carry the value across the 5 % boundary.
    """
    if p_value < P_VALUE_FLOOR:
        return t("analysis.p_value.below", value=number(P_VALUE_FLOOR, 3))
    digits = 2
    if (float(f"{p_value:.2g}") < SIGNIFICANCE_LEVEL) != (p_value < SIGNIFICANCE_LEVEL):
        digits = 3
    return t("analysis.p_value.equal", value=number(p_value, digits, significant=True))


# --------------------------------------------------------------------------------------------
# What if
# --------------------------------------------------------------------------------------------


def what_if(team_counts: pd.Series, changes: Mapping[str, float]) -> pd.Series:
    """Team headcount after adding (positive) or removing (negative) members per group.

    Removing more members than a group has raises ValueError: a request is never silently
    clipped. Unknown group names raise ValueError too (catches typos).
    """
    delta = _change_vector(team_counts, changes)
    _check_removals(team_counts, delta)
    return team_counts.astype(float) + delta


def removal_fte(fte_counts: pd.Series, headcount: pd.Series) -> pd.Series:
    """FTE that removing one member takes away, per group: the average FTE of the group's
    current members (FTE sum / headcount); 0 for a group without members."""
    people = headcount.reindex(fte_counts.index).astype(float)
    average = fte_counts.astype(float) / people.where(people > 0)
    return average.fillna(0.0)


def what_if_fte(
    fte_counts: pd.Series,
    headcount: pd.Series,
    changes: Mapping[str, float],
    fte_per_added: float,
) -> pd.Series:
    """FTE per group after adding (+) or removing (−) whole members per group.

    Every added member brings `fte_per_added` FTE; every removed member takes the average FTE
    of the current members of that group (see `removal_fte`), because the planner does not
    know *which* member leaves. Example: hoog = 0.8 + 1.0 FTE, −1 hoog leaves 1.8 − 0.9 = 0.9.
    Removing more members than a group has raises ValueError.
    """
    delta = _change_vector(fte_counts, changes)
    people = headcount.reindex(fte_counts.index).astype(float)
    _check_removals(people, delta)
    added = delta.clip(lower=0.0) * fte_per_added
    removed = (-delta).clip(lower=0.0)
    after = fte_counts.astype(float) + added - removed * removal_fte(fte_counts, people)
    # Removing everyone leaves exactly nothing (no floating-point dust below or above zero).
    return after.where(~((removed == people) & (added == 0)), 0.0)


def _change_vector(team_counts: pd.Series, changes: Mapping[str, float]) -> pd.Series:
    unknown = [group for group in changes if group not in team_counts.index]
    if unknown:
        raise ValueError(f"Unknown group(s): {unknown}")
    return pd.Series(changes, dtype=float).reindex(team_counts.index, fill_value=0.0)


def _check_removals(people: pd.Series, delta: pd.Series) -> None:
    too_many = [str(group) for group in delta.index if -delta[group] > people[group]]
    if too_many:
        raise ValueError(f"Cannot remove more members than there are in: {too_many}")


def smallest_change_to_target(
    team_counts: pd.Series,
    pop_shares: pd.Series,
    target_d: float,
    max_changes: int = 20,
    allow_removals: bool = False,
    groups_allowed: Sequence[str] | None = None,
    *,
    headcount: pd.Series | None = None,
    fte_per_added: float = 1.0,
) -> dict[str, int] | None:
    """Fewest whole members to add (and, if allowed, remove) so that D ≤ `target_d`.

    Without `headcount`, `team_counts` are headcounts: each change is one person. With
    `headcount`, `team_counts` are FTE sums and D is computed on FTE shares: every added member
    brings `fte_per_added` FTE and every removed one the average FTE of their group (as in
    `what_if_fte`); a group never loses more people than it has. The answer still counts
    people (``{"middelbaar": 4}``); their FTE is ``4 · fte_per_added``.

    Exhaustive search over every change of at most `max_changes` members in total (added plus
    removed) within `groups_allowed` (default: every group). Among the smallest totals it
    prefers additions only, then fewer removals, then the lowest resulting D. Returns e.g.
    ``{"middelbaar": 2}`` (removals negative), ``{}`` when the team already meets the target,
    or None when no change within `max_changes` reaches it (or population shares are unknown).

    Mind DESIGN.md §4: professionals are almost never "laag". An addition in "laag" means
    volunteers or ervaringsdeskundigen, not hiring professionals; for the professional view
    pass ``groups_allowed=PROFESSIONAL_GROUPS`` and never present a missing "laag" as a
    deficit that hiring can fix.
    """
    groups = list(team_counts.index)
    allowed = groups if groups_allowed is None else [g for g in groups if g in groups_allowed]
    counts = team_counts.astype(float)
    if headcount is None:
        sizes = _PersonSizes(counts.to_numpy(), np.ones(len(groups)), np.ones(len(groups)))
    else:
        people = headcount.reindex(groups).astype(float)
        sizes = _PersonSizes(
            people.to_numpy(),
            np.full(len(groups), float(fte_per_added)),
            removal_fte(counts, people).to_numpy(),
        )
    population = pop_shares.reindex(groups).astype(float).to_numpy()
    for total in range(max_changes + 1):
        changes = _changes_of_size(groups, allowed, total, allow_removals)
        best = _preferred_change_reaching(counts.to_numpy(), population, changes, target_d, sizes)
        if best is not None:
            return {group: int(d) for group, d in zip(groups, best, strict=True) if d != 0}
    return None


@dataclass(frozen=True)
class _PersonSizes:
    """Per group: people there now, and what one added / one removed person counts for."""

    people: np.ndarray
    added: np.ndarray
    removed: np.ndarray


def _preferred_change_reaching(
    counts: np.ndarray,
    population: np.ndarray,
    changes: Iterator[tuple[int, ...]],
    target_d: float,
    sizes: _PersonSizes,
) -> tuple[int, ...] | None:
    """Among `changes` that reach D ≤ target: fewest removals, then lowest D; else None."""
    candidates = np.array(list(changes), dtype=float).reshape(-1, len(counts))
    additions = np.clip(candidates, 0, None)
    removals = np.clip(-candidates, 0, None)
    new_counts = counts + additions * sizes.added - removals * sizes.removed
    emptied = (removals == sizes.people) & (additions == 0)
    new_counts = np.where(emptied, 0.0, np.clip(new_counts, 0, None))
    totals = new_counts.sum(axis=1)
    feasible = np.all(removals <= sizes.people, axis=1) & (totals > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        d_after = 0.5 * np.abs(new_counts / totals[:, None] - population).sum(axis=1)
    reaching = feasible & (d_after <= target_d + TARGET_TOLERANCE)
    if not reaching.any():
        return None
    removed = removals.sum(axis=1)
    order = np.lexsort((d_after[reaching], removed[reaching]))
    best = candidates[reaching][order[0]]
    return tuple(int(d) for d in best)


def _changes_of_size(
    groups: list[str], allowed: list[str], total: int, allow_removals: bool
) -> Iterator[tuple[int, ...]]:
    """Every per-group change vector with Σ|change| = total, non-zero only in allowed groups."""
    positions = [index for index, group in enumerate(groups) if group in allowed]
    if not positions:
        if total == 0:
            yield tuple(0 for _ in groups)
        return
    for sizes in _compositions(total, len(positions)):
        for signs in _sign_patterns(sizes, allow_removals):
            change = [0] * len(groups)
            for position, size, sign in zip(positions, sizes, signs, strict=True):
                change[position] = int(size) * sign
            yield tuple(change)


def _sign_patterns(sizes: np.ndarray, allow_removals: bool) -> Iterator[tuple[int, ...]]:
    if not allow_removals:
        yield tuple(1 for _ in sizes)
        return
    options = [(1, -1) if size > 0 else (1,) for size in sizes]
    yield from itertools.product(*options)


# --------------------------------------------------------------------------------------------
# Everything a comparison page shows, in one value
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparisonSummary:
    """Table, indices and test of one team-versus-population comparison.

    blau_team / blau_population are normalised Blau indices. biggest_gap_group is the group
    with the largest absolute gap (None when nothing is known), biggest_gap_pp its signed gap.
    """

    table: pd.DataFrame
    dissimilarity: float
    blau_team: float
    blau_population: float
    biggest_gap_group: str | None
    biggest_gap_pp: float
    test: TestResult


def compare(
    team_counts: pd.Series,
    pop_shares: pd.Series,
    headcount: pd.Series | None = None,
) -> ComparisonSummary:
    """Bundle representation table, D, Blau (team and population), biggest gap and exact test.

    For FTE-weighted `team_counts` pass the per-group `headcount`: it sets the Wilson n and is
    what the exact test counts (tests are about people, never FTE).
    """
    table = representation_table(team_counts, pop_shares, headcount)
    population = table["population_share"]
    gap_group, gap_pp = _biggest_gap(table["gap_pp"])
    people = team_counts if headcount is None else headcount.reindex(team_counts.index)
    return ComparisonSummary(
        table=table,
        dissimilarity=dissimilarity(table["team_share"], population),
        blau_team=blau_normalised(table["team_share"]),
        blau_population=blau_normalised(population),
        biggest_gap_group=gap_group,
        biggest_gap_pp=gap_pp,
        test=difference_test(people, population),
    )


def _biggest_gap(gap_pp: pd.Series) -> tuple[str | None, float]:
    known = gap_pp.dropna()
    if known.empty:
        return (None, math.nan)
    group = known.abs().idxmax()
    return (str(group), float(known[group]))
