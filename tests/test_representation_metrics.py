"""Team-versus-population metrics (DESIGN.md §4), checked by hand and against scipy/statsmodels."""

from __future__ import annotations

import itertools
import math
import time

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binomtest, fisher_exact, multinomial
from statsmodels.stats.proportion import proportion_confint

from analysis.education import CBS_GROUPS, PROFESSIONAL_GROUPS, group_counts
from analysis.representation import (
    METHOD_BINOMIAL,
    METHOD_MULTINOMIAL,
    blau,
    blau_normalised,
    compare,
    difference_test,
    dissimilarity,
    exact_binomial_p,
    exact_multinomial_p,
    fisher_exact_p,
    format_p_value,
    population_shares,
    representation_table,
    served_population,
    served_population_detail,
    shares,
    smallest_change_to_target,
    what_if,
    wilson_interval,
)

# Nederland, KWB 2020 (84799NED): the worked example's p_mbo = 0.573 is middelbaar / (m + h).
NL_LOW, NL_MIDDLE, NL_HIGH = 3_663_210, 5_505_600, 4_100_340
RANDOM_CASES = 50


def professional(middelbaar: float, hoog: float) -> pd.Series:
    return pd.Series([middelbaar, hoog], index=list(PROFESSIONAL_GROUPS), dtype=float)


def three_groups(laag: float, middelbaar: float, hoog: float) -> pd.Series:
    return pd.Series([laag, middelbaar, hoog], index=list(CBS_GROUPS), dtype=float)


@pytest.fixture
def worked_example_population() -> pd.Series:
    return population_shares(NL_LOW, NL_MIDDLE, NL_HIGH, groups=PROFESSIONAL_GROUPS)


@pytest.fixture
def worked_example_table(worked_example_population: pd.Series) -> pd.DataFrame:
    return representation_table(professional(3, 9), worked_example_population)


def members_frame(rows: list[tuple[str, float]]) -> pd.DataFrame:
    """Members with (education_level, fte), all active since 2020."""
    return pd.DataFrame(
        {
            "education_level": [level for level, _ in rows],
            "fte": [fte for _, fte in rows],
            "started_on": pd.Timestamp("2020-01-01"),
            "ended_on": pd.NaT,
        }
    )


# --- worked example (DESIGN.md §4) ---------------------------------------------------------


def test_worked_example_population_share_mbo_is_0_573(worked_example_population: pd.Series):
    assert worked_example_population["middelbaar"] == pytest.approx(0.573, abs=5e-4)


def test_worked_example_team_share_is_a_quarter(worked_example_table: pd.DataFrame):
    assert worked_example_table.loc["middelbaar", "team_share"] == pytest.approx(0.25)


def test_worked_example_wilson_interval(worked_example_table: pd.DataFrame):
    row = worked_example_table.loc["middelbaar"]
    assert (round(row["wilson_low"], 3), round(row["wilson_high"], 3)) == (0.089, 0.532)


def test_worked_example_ratio_is_0_44_and_noteworthy(worked_example_table: pd.DataFrame):
    row = worked_example_table.loc["middelbaar"]
    assert round(row["ratio"], 2) == 0.44
    assert bool(row["noteworthy"])


def test_worked_example_gap_is_minus_32_percentage_points(worked_example_table: pd.DataFrame):
    assert worked_example_table.loc["middelbaar", "gap_pp"] == pytest.approx(-32.3, abs=0.05)


def test_worked_example_dissimilarity_is_0_32(worked_example_population: pd.Series):
    d = dissimilarity(shares(professional(3, 9)), worked_example_population)
    assert round(d, 2) == 0.32


def test_worked_example_exact_binomial_p_is_0_037():
    assert round(exact_binomial_p(3, 12, 0.573), 3) == 0.037


def test_worked_example_exact_multinomial_p_is_0_0035():
    assert round(exact_multinomial_p((0, 3, 9), (0.276, 0.415, 0.309)), 4) == 0.0035


def test_worked_example_sentence_says_larger_than_chance(worked_example_population: pd.Series):
    result = difference_test(professional(3, 9), worked_example_population)
    assert result.method == METHOD_BINOMIAL
    assert result.sentence == (
        "Het verschil met de bevolking is groter dan je bij toeval zou verwachten "
        "(exacte toets, p = 0,037)."
    )


def test_three_group_sentence_uses_multinomial_test():
    result = difference_test(three_groups(0, 3, 9), three_groups(0.276, 0.415, 0.309))
    assert result.method == METHOD_MULTINOMIAL
    assert result.p_value == pytest.approx(0.0035, abs=5e-5)


# --- agreement with scipy / statsmodels ---------------------------------------------------


def random_binomial_cases() -> list[tuple[int, int, float]]:
    rng = np.random.default_rng(20260101)
    cases = []
    for _ in range(RANDOM_CASES):
        n = int(rng.integers(1, 61))
        cases.append((int(rng.integers(0, n + 1)), n, float(rng.uniform(0.01, 0.99))))
    return cases


@pytest.mark.parametrize(("k", "n", "p"), random_binomial_cases())
def test_exact_binomial_p_matches_scipy_binomtest(k: int, n: int, p: float):
    expected = binomtest(k, n, p, alternative="two-sided").pvalue
    assert exact_binomial_p(k, n, p) == pytest.approx(expected, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize(("k", "n", "p"), [(0, 5, 0.0), (1, 5, 0.0), (5, 5, 1.0), (3, 5, 1.0)])
def test_exact_binomial_p_matches_scipy_at_boundary_probabilities(k: int, n: int, p: float):
    assert exact_binomial_p(k, n, p) == pytest.approx(binomtest(k, n, p).pvalue)


def random_two_by_two_tables() -> list[tuple[tuple[int, int], tuple[int, int]]]:
    rng = np.random.default_rng(20261201)
    tables = []
    for _ in range(RANDOM_CASES):
        a, b, c, d = (int(v) for v in rng.integers(0, 40, size=4))
        tables.append(((a, b), (c, d)))
    return [*tables, ((0, 0), (3, 4)), ((0, 5), (0, 7)), ((300, 40), (250, 90))]


@pytest.mark.parametrize("table", random_two_by_two_tables())
def test_fisher_exact_p_matches_scipy(table: tuple[tuple[int, int], tuple[int, int]]):
    expected = fisher_exact(table, alternative="two-sided").pvalue
    assert fisher_exact_p(table) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_fisher_exact_p_by_hand():
    # Margins 10/10 and 3/17: P(3 in row 1) = C(3,3)C(17,7)/C(20,10) = 2/19 = P(0); p = 4/19
    assert fisher_exact_p(((3, 7), (0, 10))) == pytest.approx(4 / 19)


@pytest.mark.parametrize(("successes", "n", "_p"), random_binomial_cases())
def test_wilson_interval_matches_statsmodels(successes: int, n: int, _p: float):
    low, high = proportion_confint(successes, n, alpha=0.05, method="wilson")
    assert wilson_interval(successes, n) == pytest.approx((low, high), rel=1e-9, abs=1e-12)


def test_wilson_interval_honours_confidence_level():
    low, high = proportion_confint(3, 12, alpha=0.10, method="wilson")
    assert wilson_interval(3, 12, confidence=0.90) == pytest.approx((low, high))


def test_wilson_interval_of_nobody_is_nan():
    assert all(math.isnan(bound) for bound in wilson_interval(0, 0))


def brute_force_multinomial_p(counts: tuple[int, ...], probs: tuple[float, ...]) -> float:
    """Independent check: every tuple in {0..n}^k summing to n, probabilities from scipy."""
    n = sum(counts)
    observed = multinomial.pmf(counts, n, probs)
    total = 0.0
    for candidate in itertools.product(range(n + 1), repeat=len(counts)):
        if sum(candidate) == n:
            probability = multinomial.pmf(candidate, n, probs)
            if probability <= observed * (1 + 1e-7):
                total += probability
    return total


def random_multinomial_cases() -> list[tuple[tuple[int, ...], tuple[float, ...]]]:
    rng = np.random.default_rng(20260202)
    cases = []
    for _ in range(RANDOM_CASES):
        k = int(rng.integers(2, 5))
        n = int(rng.integers(1, 10 if k < 4 else 7))
        probs = tuple(float(x) for x in rng.dirichlet(np.ones(k)))
        counts = tuple(int(x) for x in rng.multinomial(n, probs))
        cases.append((counts, probs))
    return cases


@pytest.mark.parametrize(("counts", "probs"), random_multinomial_cases())
def test_exact_multinomial_p_matches_brute_force_enumeration(
    counts: tuple[int, ...], probs: tuple[float, ...]
):
    expected = brute_force_multinomial_p(counts, probs)
    assert exact_multinomial_p(counts, probs) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_exact_multinomial_with_two_groups_equals_binomial_test():
    assert exact_multinomial_p((3, 9), (0.573, 0.427)) == pytest.approx(
        binomtest(3, 12, 0.573).pvalue
    )


def test_exact_multinomial_handles_sixty_members_quickly():
    started = time.perf_counter()
    p_value = exact_multinomial_p((10, 20, 30), (0.276, 0.415, 0.309))
    assert 0 <= p_value <= 1
    assert time.perf_counter() - started < 1.0


def test_exact_multinomial_of_nobody_is_nan():
    assert math.isnan(exact_multinomial_p((0, 0, 0), (0.3, 0.4, 0.3)))


# --- shares and population ----------------------------------------------------------------


def test_shares_of_all_zero_counts_are_nan():
    assert shares(three_groups(0, 0, 0)).isna().all()


def test_population_shares_over_three_groups_match_kwb_2020_nederland():
    result = population_shares(NL_LOW, NL_MIDDLE, NL_HIGH)
    assert result.round(3).tolist() == [0.276, 0.415, 0.309]


def test_professional_population_view_renormalises_middelbaar_and_hoog():
    result = population_shares(300, 500, 200, groups=PROFESSIONAL_GROUPS)
    assert result.to_dict() == pytest.approx({"middelbaar": 500 / 700, "hoog": 200 / 700})


@pytest.mark.parametrize(
    ("low", "middle", "high", "groups"),
    [
        (None, 500, 200, CBS_GROUPS),
        (300, math.nan, 200, CBS_GROUPS),
        (300, 500, None, PROFESSIONAL_GROUPS),
    ],
)
def test_population_shares_with_a_missing_needed_count_are_all_nan(low, middle, high, groups):
    assert population_shares(low, middle, high, groups=groups).isna().all()


def test_professional_view_ignores_missing_laag():
    assert population_shares(None, 500, 500, groups=PROFESSIONAL_GROUPS).tolist() == [0.5, 0.5]


# --- served population --------------------------------------------------------------------


@pytest.fixture
def area_counts() -> pd.DataFrame:
    # A: (0.1, 0.3, 0.6); B: (0.5, 0.3, 0.2); C: suppressed by CBS. Codes padded as in CBS files.
    return pd.DataFrame(
        {"low": [100, 500, np.nan], "middle": [300, 300, 50], "high": [600, 200, 50]},
        index=pd.Index(["WK052301  ", "WK052302  ", "WK052303  "], name="region_code"),
    )


@pytest.fixture
def case_counts() -> pd.Series:
    return pd.Series({"WK052301": 3, "WK052302": 1, "WK052303": 2}, name="cases")


def test_served_population_is_case_weighted_mix_of_area_shares(area_counts, case_counts):
    # (3 · (0.1, 0.3, 0.6) + 1 · (0.5, 0.3, 0.2)) / 4 = (0.2, 0.3, 0.5); area C dropped.
    result = served_population(area_counts, case_counts)
    assert result.to_dict() == pytest.approx({"laag": 0.2, "middelbaar": 0.3, "hoog": 0.5})


def test_served_population_reports_areas_without_figures(area_counts, case_counts):
    detail = served_population_detail(area_counts, case_counts)
    assert detail.dropped_areas == ("WK052303",)
    assert detail.dropped_cases == 2


def test_served_population_without_usable_areas_is_nan(area_counts):
    result = served_population(area_counts, pd.Series({"WK052303": 4, "WK999999": 1}))
    assert result.isna().all()


def test_served_population_professional_view_renormalises_each_area(area_counts, case_counts):
    # A: (1/3, 2/3), B: (0.6, 0.4), C: (0.5, 0.5) — C's missing laag is not needed here.
    # (3 · A + 1 · B + 2 · C) / 6 = (2.6 / 6, 3.4 / 6).
    result = served_population(area_counts, case_counts, groups=PROFESSIONAL_GROUPS)
    assert result.tolist() == pytest.approx([2.6 / 6, 3.4 / 6])


# --- representation table edge cases ------------------------------------------------------


def test_empty_team_gives_nan_shares_and_intervals_without_crashing():
    table = representation_table(three_groups(0, 0, 0), three_groups(0.3, 0.5, 0.2))
    assert table[["team_share", "wilson_low", "wilson_high", "ratio"]].isna().all().all()
    assert not table["noteworthy"].any()


def test_empty_team_gets_no_test_sentence():
    result = difference_test(three_groups(0, 0, 0), three_groups(0.3, 0.5, 0.2))
    assert result.sentence is None
    assert result.too_few_members


def test_one_member_team_has_share_one_with_wide_interval():
    table = representation_table(three_groups(0, 0, 1), three_groups(0.3, 0.5, 0.2))
    assert table.loc["hoog", "team_share"] == 1.0
    low, high = proportion_confint(1, 1, method="wilson")
    assert (table.loc["hoog", "wilson_low"], table.loc["hoog", "wilson_high"]) == pytest.approx(
        (low, high)
    )


def test_zero_population_share_gives_nan_ratio_and_a_flag():
    table = representation_table(three_groups(1, 2, 2), three_groups(0.0, 0.6, 0.4))
    assert math.isnan(table.loc["laag", "ratio"])
    assert bool(table.loc["laag", "zero_population"])
    assert not table.loc[["middelbaar", "hoog"], "zero_population"].any()


def test_unknown_education_is_excluded_from_team_counts():
    members = members_frame([("mbo4", 1.0), ("hbo_bachelor", 1.0), ("unknown", 1.0)])
    table = representation_table(group_counts(members), three_groups(0.3, 0.5, 0.2))
    assert table["team_count"].sum() == 2
    assert table["team_share"].tolist() == [0.0, 0.5, 0.5]


@pytest.fixture
def fte_members() -> pd.DataFrame:
    return members_frame(
        [("mbo1", 0.5), ("mbo4", 0.8), ("hbo_bachelor", 1.0), ("wo_master", 0.6), ("unknown", 1)]
    )


def test_fte_weighted_shares_match_hand_calculation(fte_members: pd.DataFrame):
    # FTE: laag 0.5, middelbaar 0.8, hoog 1.0 + 0.6 = 1.6; total 2.9 (unknown excluded).
    table = representation_table(group_counts(fte_members, weight="fte"), three_groups(1, 1, 1))
    assert table["team_share"].tolist() == pytest.approx([0.5 / 2.9, 0.8 / 2.9, 1.6 / 2.9])


def test_fte_weighted_interval_uses_headcount_as_n(fte_members: pd.DataFrame):
    fte = group_counts(fte_members, weight="fte")
    headcount = group_counts(fte_members)  # 1, 1, 2 people
    table = representation_table(fte, three_groups(1, 1, 1), headcount=headcount)
    expected = proportion_confint(1.6 / 2.9 * 4, 4, method="wilson")
    observed = (table.loc["hoog", "wilson_low"], table.loc["hoog", "wilson_high"])
    assert observed == pytest.approx(expected)


def test_compare_tests_headcount_not_fte(fte_members: pd.DataFrame):
    fte = group_counts(fte_members, weight="fte")
    summary = compare(fte, three_groups(0.3, 0.5, 0.2), headcount=group_counts(fte_members))
    assert summary.test.n == 4


# --- dissimilarity and Blau (hand-worked) -------------------------------------------------


def test_dissimilarity_is_half_the_sum_of_absolute_differences():
    # ½ (|0.25 − 0.3| + |0.25 − 0.5| + |0.5 − 0.2|) = ½ (0.05 + 0.25 + 0.30) = 0.30
    d = dissimilarity(three_groups(0.25, 0.25, 0.5), three_groups(0.3, 0.5, 0.2))
    assert d == pytest.approx(0.30)


def test_dissimilarity_with_unknown_shares_is_nan():
    d = dissimilarity(three_groups(np.nan, np.nan, np.nan), three_groups(0.3, 0.5, 0.2))
    assert math.isnan(d)


@pytest.mark.parametrize(
    ("team", "expected_blau", "expected_normalised"),
    [
        ((0.25, 0.25, 0.5), 0.625, 0.9375),  # 1 − (1/16 + 1/16 + 1/4); 0.625 / (2/3)
        ((1.0, 0.0, 0.0), 0.0, 0.0),
        ((1 / 3, 1 / 3, 1 / 3), 2 / 3, 1.0),
    ],
)
def test_blau_index_and_its_normalisation(team, expected_blau, expected_normalised):
    team_shares = three_groups(*team)
    assert blau(team_shares) == pytest.approx(expected_blau)
    assert blau_normalised(team_shares) == pytest.approx(expected_normalised)


def test_blau_of_two_even_groups_normalises_to_one():
    assert blau_normalised(professional(0.5, 0.5)) == pytest.approx(1.0)


# --- difference test wording --------------------------------------------------------------


@pytest.mark.parametrize("members", [0, 1, 4])
def test_no_significance_wording_below_five_members(members: int):
    result = difference_test(professional(0, members), professional(0.5, 0.5))
    assert result.sentence is None
    assert result.too_few_members
    assert math.isnan(result.p_value)


def test_five_members_get_a_sentence():
    result = difference_test(professional(0, 5), professional(0.5, 0.5))
    assert result.sentence is not None
    assert not result.too_few_members


def test_a_team_like_its_population_can_be_chance():
    result = difference_test(three_groups(3, 4, 3), three_groups(0.276, 0.415, 0.309))
    assert result.sentence is not None
    assert result.sentence.startswith("Het verschil met de bevolking kan goed toeval zijn")


def test_difference_test_refuses_fte_counts():
    with pytest.raises(ValueError, match="headcounts"):
        difference_test(professional(2.5, 4.2), professional(0.5, 0.5))


def test_difference_test_without_population_gives_no_sentence():
    result = difference_test(professional(3, 9), professional(np.nan, np.nan))
    assert result.sentence is None
    assert result.note is not None


@pytest.mark.parametrize(
    ("p_value", "text"),
    [
        (0.037, "p = 0,037"),
        (0.41, "p = 0,41"),
        (0.0035, "p = 0,0035"),
        (0.0004, "p < 0,001"),
        (0.0496, "p = 0,0496"),  # two digits would read 0,05 yet be called significant
        (1.0, "p = 1"),
    ],
)
def test_p_values_are_written_with_a_dutch_decimal_comma(p_value: float, text: str):
    assert format_p_value(p_value) == text


# --- what if and smallest change ----------------------------------------------------------


def test_what_if_adds_and_removes_members():
    after = what_if(three_groups(0, 3, 9), {"laag": 1, "hoog": -2})
    assert after.tolist() == [1, 3, 7]


@pytest.mark.parametrize("removal", [-1, -9, -100])
def test_what_if_refuses_to_go_below_zero_instead_of_clipping(removal: int):
    # laag has 0 members: any removal there asks for more than there is; never clip silently.
    with pytest.raises(ValueError, match="laag"):
        what_if(three_groups(0, 3, 9), {"laag": removal, "middelbaar": removal})


def test_what_if_rejects_unknown_groups():
    with pytest.raises(ValueError, match="mbo"):
        what_if(three_groups(0, 3, 9), {"mbo": 1})


def test_smallest_change_adds_six_mbo_to_reach_d_of_a_tenth():
    # Team 3 mbo + 9 hbo, p_mbo = 0.573: D ≤ 0.10 needs t_mbo ≥ 0.473.
    # Adding x mbo: (3 + x) / (12 + x) ≥ 0.473 ⇔ x ≥ 5.08. x = 5: 8/17 = 0.471 (D = 0.102, no);
    # x = 6: 9/18 = 0.5 (D = 0.073, yes). Nothing of size 5 works, also not with removals.
    change = smallest_change_to_target(professional(3, 9), professional(0.573, 0.427), 0.10)
    assert change == {"middelbaar": 6}


def test_smallest_change_prefers_additions_when_removals_tie():
    # Size 6 is also reached by e.g. +5 mbo −1 hbo or −6 hbo (3/6); additions only win the tie.
    change = smallest_change_to_target(
        professional(3, 9), professional(0.573, 0.427), 0.10, allow_removals=True
    )
    assert change == {"middelbaar": 6}


def test_smallest_change_uses_removals_when_they_are_fewer():
    # Team 2 mbo + 2 hbo, p_mbo = 0.9, target D ≤ 0.12 (t_mbo ≥ 0.78).
    # Size 2: +2 mbo → 4/6 = 0.67 no; +1 −1 → 3/4 = 0.75 no; −2 hbo → 2/2 = 1.0 (D = 0.10) yes.
    # Additions only: (2 + a) / (4 + a) ≥ 0.78 ⇔ a ≥ 5.1 → 6 (8/10 = 0.8, D = 0.10).
    team, population = professional(2, 2), professional(0.9, 0.1)
    assert smallest_change_to_target(team, population, 0.12, allow_removals=True) == {"hoog": -2}
    assert smallest_change_to_target(team, population, 0.12) == {"middelbaar": 6}


def test_smallest_change_is_empty_when_target_already_met():
    assert smallest_change_to_target(professional(5, 5), professional(0.5, 0.5), 0.05) == {}


def test_smallest_change_is_none_when_out_of_reach():
    change = smallest_change_to_target(
        professional(3, 9), professional(0.573, 0.427), 0.0, max_changes=3
    )
    assert change is None


def test_smallest_change_can_be_kept_to_professional_groups():
    # Reaching D ≤ 0.1 against the three-group population needs laag members (volunteers);
    # restricted to professional groups the only lever left cannot close the laag gap.
    team, population = three_groups(0, 3, 9), three_groups(0.276, 0.415, 0.309)
    assert smallest_change_to_target(team, population, 0.10) == {"laag": 5, "middelbaar": 6}
    restricted = smallest_change_to_target(
        team, population, 0.10, groups_allowed=PROFESSIONAL_GROUPS
    )
    assert restricted is None


# --- compare ------------------------------------------------------------------------------


def test_compare_bundles_the_worked_example(worked_example_population: pd.Series):
    summary = compare(professional(3, 9), worked_example_population)
    assert round(summary.dissimilarity, 2) == 0.32
    assert summary.biggest_gap_group in PROFESSIONAL_GROUPS
    assert abs(summary.biggest_gap_pp) == pytest.approx(32.3, abs=0.05)
    assert summary.blau_team == pytest.approx((1 - 0.25**2 - 0.75**2) / 0.5)
    assert summary.test.p_value == pytest.approx(binomtest(3, 12, 0.573145366).pvalue)


def test_compare_of_empty_team_has_no_gap_and_no_sentence():
    summary = compare(three_groups(0, 0, 0), three_groups(0.3, 0.5, 0.2))
    assert summary.biggest_gap_group is None
    assert math.isnan(summary.dissimilarity)
    assert summary.test.sentence is None
