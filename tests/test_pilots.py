"""Pilot outcomes against regular cases: hand-worked examples for every figure of the Pilots page.

Period 2026-01-01 t/m 2026-06-30 (181 days). The hand-made cases:

 id  group              opened      closed      outcome               counts?  closed in period?
 1   verwarde_personen  2025-12-01  2026-01-30  opgeschaald           yes      yes (61 days)
 2   verwarde_personen  2026-02-01  2026-02-10  zelfredzaam           yes      yes (10 days)
 3   verwarde_personen  2026-03-01  2026-07-15  afgeschaald           yes      no (after the period)
 4   verwarde_personen  2026-04-01  -           lopend                yes      no
 5   geen               2025-06-01  2025-12-31  zelfredzaam           no (closed before)
 6   geen               2026-01-01  2026-01-01  voortijdig_beeindigd  yes      yes (1 day)
 7   geen               2026-01-10  2026-03-10  opgeschaald           yes      yes (60 days)
 8   geen               2026-05-01  2026-06-30  afgeschaald           yes      yes (61 days)
 9   waakvlam           2025-01-01  -           waakvlam              yes      no
10   geen               2026-07-01  -           lopend                no (opens after)
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

from analysis.pilots import (
    compare_escalation,
    escalation_rate,
    outcome_at_end,
    outcome_mix,
    pilot_summary,
    quarterly_outcomes,
    regie_by_education,
    regie_sentence,
)
from ui.pilots import mask_quarters, mask_shares, mask_summary

START, END = pd.Timestamp("2026-01-01"), pd.Timestamp("2026-06-30")
VP, WV, REG = "verwarde_personen", "waakvlam", "geen"


def cases_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows (case_id, pilot, opened_on, closed_on or None, outcome) as fetched from the store."""
    frame = pd.DataFrame(rows, columns=["case_id", "pilot", "opened_on", "closed_on", "outcome"])
    for column in ("opened_on", "closed_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def hand_made_cases() -> pd.DataFrame:
    return cases_frame(
        [
            (1, VP, "2025-12-01", "2026-01-30", "opgeschaald"),
            (2, VP, "2026-02-01", "2026-02-10", "zelfredzaam"),
            (3, VP, "2026-03-01", "2026-07-15", "afgeschaald"),
            (4, VP, "2026-04-01", None, "lopend"),
            (5, REG, "2025-06-01", "2025-12-31", "zelfredzaam"),
            (6, REG, "2026-01-01", "2026-01-01", "voortijdig_beeindigd"),
            (7, REG, "2026-01-10", "2026-03-10", "opgeschaald"),
            (8, REG, "2026-05-01", "2026-06-30", "afgeschaald"),
            (9, WV, "2025-01-01", None, "waakvlam"),
            (10, REG, "2026-07-01", None, "lopend"),
        ]
    )


def closed_cases(pilot: str, escalated: int, closed: int, first_id: int) -> list[tuple]:
    """`closed` cases of `pilot` closed within the period, the first `escalated` escalated."""
    return [
        (
            first_id + i,
            pilot,
            "2026-02-01",
            "2026-03-01",
            "opgeschaald" if i < escalated else "zelfredzaam",
        )
        for i in range(closed)
    ]


# --- Outcome at the period end -------------------------------------------------------------------


def test_outcome_at_end_uses_no_knowledge_from_after_the_period() -> None:
    outcome = outcome_at_end(hand_made_cases(), END).to_list()
    # Case 3 closed on 2026-07-15 as afgeschaald, but on 2026-06-30 it was still running.
    assert outcome[2] == "lopend"
    # Case 9 is open in the waakvlam phase: its registered status stays visible.
    assert outcome[8] == "waakvlam"
    assert outcome[:2] == ["opgeschaald", "zelfredzaam"]


def test_outcome_mix_counts_every_case_of_the_period_once_per_group() -> None:
    mix = outcome_mix(hand_made_cases(), START, END).set_index(["group", "outcome"])
    # verwarde personen: opgeschaald 1, zelfredzaam 1, lopend 2 (cases 3 and 4) of 4.
    assert mix.loc[(VP, "opgeschaald"), "cases"] == 1
    assert mix.loc[(VP, "lopend"), "cases"] == 2
    assert mix.loc[(VP, "lopend"), "share"] == pytest.approx(0.5)
    # regular: cases 6, 7, 8 (5 closed before, 10 opens after): one each of three outcomes.
    assert mix.loc[(REG, "afgeschaald"), "share"] == pytest.approx(1 / 3)
    assert mix.loc[(REG, "zelfredzaam"), "cases"] == 0
    assert mix.loc[(WV, "waakvlam"), "share"] == pytest.approx(1.0)
    assert len(mix) == 3 * 6


# --- Summary: cases, escalation, duration --------------------------------------------------------


def test_summary_counts_cases_closed_cases_and_escalations_per_group() -> None:
    summary = pilot_summary(hand_made_cases(), START, END)
    assert summary.loc[VP, ["cases", "closed", "escalated"]].to_list() == [4, 2, 1]
    assert summary.loc[REG, ["cases", "closed", "escalated"]].to_list() == [3, 3, 1]
    assert summary.loc[WV, ["cases", "closed", "escalated"]].to_list() == [1, 0, 0]


def test_escalation_rate_has_closed_cases_in_the_period_as_denominator() -> None:
    summary = pilot_summary(hand_made_cases(), START, END)
    # verwarde personen: 1 of the 2 closed (not of all 4 cases) -> 0.5
    assert summary.loc[VP, "escalation_rate"] == pytest.approx(0.5)
    # regular: 1 (case 7) of 3 closed -> 1/3
    assert summary.loc[REG, "escalation_rate"] == pytest.approx(1 / 3)
    # waakvlam: nothing closed -> no rate, no interval
    assert math.isnan(summary.loc[WV, "escalation_rate"])
    assert math.isnan(summary.loc[WV, "escalation_high"])


def test_duration_is_median_and_quartiles_of_closed_cases_in_days_both_ends_included() -> None:
    summary = pilot_summary(hand_made_cases(), START, END)
    # verwarde personen: 61 days (1 Dec - 30 Jan) and 10 days (1-10 Feb):
    # median 35.5; quartiles by linear interpolation 10 + 0.25·51 = 22.75, 10 + 0.75·51 = 48.25
    assert summary.loc[VP, ["median_days", "p25_days", "p75_days"]].to_list() == [
        35.5,
        22.75,
        48.25,
    ]
    # regular: 1, 60 (10 Jan - 10 Mar) and 61 days (1 May - 30 Jun): median 60,
    # p25 = 1 + 0.5·59 = 30.5, p75 = 60 + 0.5·1 = 60.5
    assert summary.loc[REG, ["median_days", "p25_days", "p75_days"]].to_list() == [
        60.0,
        30.5,
        60.5,
    ]


def test_summary_of_no_cases_has_zero_counts_and_no_rates() -> None:
    summary = pilot_summary(hand_made_cases().iloc[0:0], START, END)
    assert summary["cases"].sum() == 0
    assert summary["escalation_rate"].isna().all()
    assert summary["median_days"].isna().all()


@pytest.mark.parametrize(("escalated", "closed"), [(0, 1), (1, 2), (3, 10), (32, 181), (7, 7)])
def test_escalation_interval_matches_statsmodels_wilson(escalated: int, closed: int) -> None:
    rate, low, high = escalation_rate(escalated, closed)
    expected_low, expected_high = proportion_confint(escalated, closed, alpha=0.05, method="wilson")
    assert rate == pytest.approx(escalated / closed)
    assert low == pytest.approx(expected_low, abs=1e-9)
    assert high == pytest.approx(expected_high, abs=1e-9)


def test_escalation_rate_without_closed_cases_is_not_available() -> None:
    assert all(math.isnan(value) for value in escalation_rate(0, 0))


# --- Pilot against regular -----------------------------------------------------------------------


def test_fewer_than_ten_closed_cases_are_too_small_to_compare_and_say_so() -> None:
    comparison = compare_escalation(pilot_summary(hand_made_cases(), START, END), VP)
    assert comparison.too_small
    assert math.isnan(comparison.p_value)
    assert "te klein om te vergelijken" in comparison.sentence
    assert "2 casussen in de pilot verwarde personen en 3 reguliere" in comparison.sentence


def test_fisher_exact_test_on_three_of_ten_against_none_of_ten() -> None:
    cases = cases_frame(closed_cases(VP, 3, 10, 100) + closed_cases(REG, 0, 10, 200))
    comparison = compare_escalation(pilot_summary(cases, START, END), VP)
    # Hypergeometric, 20 cases, 3 escalated, 10 in the pilot: P(3) = P(0) = C(17,7)/C(20,10)
    # = 19448/184756 = 2/19 each; P(1) = P(2) = 7.5/19 are more likely. Two-sided p = 4/19.
    assert not comparison.too_small
    assert comparison.p_value == pytest.approx(4 / 19)
    assert "kan goed toeval zijn" in comparison.sentence
    assert "p = 0,21" in comparison.sentence
    # 3/10 = 30 % with Wilson interval 10.8 %-60.3 %; 0/10 = 0 % with 0 %-27.8 %.
    assert "30 % (95%-interval 11 % – 60 %)" in comparison.sentence
    assert "0 % (95%-interval 0 % – 28 %)" in comparison.sentence


def test_a_clear_difference_is_called_larger_than_chance_with_its_direction() -> None:
    cases = cases_frame(closed_cases(VP, 10, 10, 100) + closed_cases(REG, 0, 10, 200))
    comparison = compare_escalation(pilot_summary(cases, START, END), VP)
    # Only the two extreme tables are this unlikely: p = 2 / C(20,10) = 2/184756.
    assert comparison.p_value == pytest.approx(2 / 184756)
    assert "schaalt vaker op" in comparison.verdict
    assert "p < 0,001" in comparison.verdict
    assert comparison.verdict in comparison.sentence


def test_comparing_an_unknown_pilot_is_refused() -> None:
    with pytest.raises(ValueError, match="Onbekende pilot"):
        compare_escalation(pilot_summary(hand_made_cases(), START, END), "geen")


# --- Who held the regierol -----------------------------------------------------------------------


def hand_made_assignments() -> pd.DataFrame:
    rows = [
        (1, 11, "regie", "2025-12-01", None, "mbo4"),
        (1, 12, "begeleiding", "2025-12-01", None, "hbo_bachelor"),  # not regie
        (2, 13, "regie", "2026-02-01", "2026-02-10", "mbo3"),
        (3, 12, "regie", "2026-03-01", None, "hbo_bachelor"),
        (4, 11, "regie", "2026-04-01", None, "mbo4"),
        (5, 11, "regie", "2025-06-01", "2025-12-31", "mbo4"),  # case 5 does not count
        (6, 12, "regie", "2026-01-01", "2026-01-01", "hbo_bachelor"),
        (7, 14, "regie", "2026-01-10", None, "wo_master"),
        (8, 11, "regie", "2026-05-01", None, "mbo4"),
        (9, 12, "regie", "2025-01-01", "2025-06-30", "hbo_bachelor"),  # ended before the period
        (9, 15, "regie", "2025-07-01", None, "none"),
    ]
    frame = pd.DataFrame(
        rows,
        columns=["case_id", "member_id", "role", "started_on", "ended_on", "education_level"],
    )
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_regierol_is_counted_per_regie_assignment_by_education_group() -> None:
    regie = regie_by_education(hand_made_cases(), hand_made_assignments(), START, END)
    counts = regie.set_index(["group", "education_group"])["assignments"]
    # verwarde personen: mbo (cases 1, 2, 4) 3, hbo (case 3) 1
    assert (counts[VP, "mbo"], counts[VP, "hbo"], counts[VP, "overig"]) == (3, 1, 0)
    # regular: hbo (6), wo counts as hbo (7), mbo (8); case 5 does not count
    assert (counts[REG, "mbo"], counts[REG, "hbo"]) == (1, 2)
    # waakvlam: only the running regie (no diploma -> overig)
    assert (counts[WV, "hbo"], counts[WV, "overig"]) == (0, 1)
    shares = regie.set_index(["group", "education_group"])["share"]
    assert shares[VP, "mbo"] == pytest.approx(0.75)


def test_regie_share_interval_is_wilson() -> None:
    regie = regie_by_education(hand_made_cases(), hand_made_assignments(), START, END)
    row = regie.set_index(["group", "education_group"]).loc[(VP, "mbo")]
    low, high = proportion_confint(3, 4, alpha=0.05, method="wilson")
    assert (row["share_low"], row["share_high"]) == (pytest.approx(low), pytest.approx(high))


def test_regie_sentence_states_who_held_the_regie_in_pilot_and_regular_cases() -> None:
    regie = regie_by_education(hand_made_cases(), hand_made_assignments(), START, END)
    assert regie_sentence(regie, VP) == (
        "In de pilot verwarde personen had een mbo'er de regie in 3 van de 4 "
        "regietoewijzingen (75 %); bij reguliere casussen in 1 van de 3 (33 %)."
    )


def test_regie_sentence_is_none_without_regie_in_the_pilot() -> None:
    regie = regie_by_education(hand_made_cases(), hand_made_assignments().iloc[0:0], START, END)
    assert regie_sentence(regie, VP) is None


# --- Over time -----------------------------------------------------------------------------------


def test_quarterly_outcomes_count_open_closed_and_escalated_cases_per_quarter() -> None:
    quarters = quarterly_outcomes(hand_made_cases(), START, END)
    table = quarters.set_index(["quarter", "group"])
    q1, q2 = pd.Timestamp("2026-01-01"), pd.Timestamp("2026-04-01")
    # verwarde personen Q1: open 1, 2, 3; closed 1, 2; escalated 1. Q2: open 3, 4; none closed.
    assert table.loc[(q1, VP), ["cases", "closed", "escalated"]].to_list() == [3, 2, 1]
    assert table.loc[(q2, VP), ["cases", "closed", "escalated"]].to_list() == [2, 0, 0]
    assert math.isnan(table.loc[(q2, VP), "escalation_rate"])
    # regular Q1: open 6, 7; closed both; 7 escalated -> 50 %. Q2: case 8, closed, not escalated.
    assert table.loc[(q1, REG), "escalation_rate"] == pytest.approx(0.5)
    assert table.loc[(q2, REG), ["cases", "closed", "escalated"]].to_list() == [1, 1, 0]
    assert len(quarters) == 2 * 3


def test_a_period_inside_one_quarter_has_one_quarter() -> None:
    quarters = quarterly_outcomes(hand_made_cases(), START, pd.Timestamp("2026-02-15"))
    assert quarters["quarter"].unique().tolist() == [pd.Timestamp("2026-01-01")]


# --- Small-number rule (presentation mode) -------------------------------------------------------


def test_presentation_hides_rates_and_durations_resting_on_fewer_than_five_cases() -> None:
    summary = pilot_summary(hand_made_cases(), START, END)
    masked = mask_summary(summary, presentation=True)
    # verwarde personen: 1 of 2 closed escalated; regular: 1 of 3 -> every rate rests on < 5
    assert masked["escalation_rate"].isna().all()
    assert masked[["median_days", "p25_days", "p75_days"]].isna().all().all()
    # the counts themselves stay for the display, which shows them as "<5"
    assert masked["closed"].to_list() == summary["closed"].to_list()
    assert mask_summary(summary, presentation=False).equals(summary)


def test_presentation_keeps_a_rate_on_enough_cases_of_both_kinds() -> None:
    cases = cases_frame(closed_cases(VP, 5, 10, 100) + closed_cases(REG, 4, 10, 200))
    masked = mask_summary(pilot_summary(cases, START, END), presentation=True)
    # pilot: 5 escalated, 5 not -> shown; regular: 4 escalated -> hidden
    assert masked.loc[VP, "escalation_rate"] == pytest.approx(0.5)
    assert math.isnan(masked.loc[REG, "escalation_rate"])


def test_presentation_hides_counts_and_shares_of_small_cells() -> None:
    mix = mask_shares(outcome_mix(hand_made_cases(), START, END), presentation=True)
    cell = mix.set_index(["group", "outcome"]).loc[(VP, "lopend")]
    assert math.isnan(cell["cases"]) and math.isnan(cell["share"])
    empty = mix.set_index(["group", "outcome"]).loc[(VP, "waakvlam")]
    assert (empty["cases"], empty["share"]) == (0, 0.0)


def test_presentation_hides_small_quarter_counts_and_their_rates() -> None:
    raw = quarterly_outcomes(hand_made_cases(), START, END)
    quarters = mask_quarters(raw, presentation=True)
    # every quarter and group has 0-3 cases: the non-zero ones are hidden, zeros stay 0
    assert quarters["cases"].isna().to_list() == (raw["cases"] > 0).to_list()
    assert quarters["escalation_rate"].isna().all()
