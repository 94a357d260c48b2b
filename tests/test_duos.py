"""Duo types: hand-made cases and assignments whose figures are worked out in the comments."""

from __future__ import annotations

from itertools import permutations

import numpy as np
import pandas as pd
import pytest

from analysis.duos import (
    DUO_TYPES,
    case_duo_types,
    case_phase_at,
    co_assignment_matrix,
    duo_breakdown,
    duo_case_days,
    duo_mix,
    duo_mix_over_time,
    duo_segments,
    duo_type,
    duo_types_at,
    period_buckets,
    random_pairing_expectation,
    tandem_roles,
    tandem_vs_chance,
    with_phase,
)
from analysis.education import duo_group

T = pd.Timestamp
LEVEL = {"m1": "mbo4", "m2": "mbo3", "h1": "hbo_bachelor", "h2": "wo_master", "o1": "none"}
MEMBER_ID = {"m1": 1, "m2": 2, "h1": 3, "h2": 4, "o1": 5}


def make_cases(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, opened_on, closed_on or None, target_group)."""
    frame = pd.DataFrame(rows, columns=["case_id", "opened_on", "closed_on", "target_group"])
    frame["code"] = [f"C{case_id}" for case_id in frame["case_id"]]
    frame["complexity"] = "enkelvoudig"
    frame["pilot"] = "geen"
    for column in ("opened_on", "closed_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def make_assignments(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, member key, role, started_on, ended_on or None)."""
    frame = pd.DataFrame(rows, columns=["case_id", "member", "role", "started_on", "ended_on"])
    frame["assignment_id"] = range(1, len(frame) + 1)
    frame["member_id"] = frame["member"].map(MEMBER_ID).astype("int64")
    frame["education_level"] = frame["member"].map(LEVEL).astype("str")
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.drop(columns="member")


def make_phases(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, phase, started_on, ended_on or None)."""
    frame = pd.DataFrame(rows, columns=["case_id", "phase", "started_on", "ended_on"])
    frame["phase_id"] = range(1, len(frame) + 1)
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


# Period Q1 2024; the reference day is 2024-03-31 unless a case closed earlier.
START, END = T("2024-01-01"), T("2024-03-31")


def quarter_cases() -> pd.DataFrame:
    return make_cases(
        [
            (1, "2023-12-01", None, "jeugd"),  # m1 + h1 → mbo-hbo
            (2, "2024-01-15", "2024-02-10", "jeugd"),  # m1 + m2 on 02-10 → mbo-mbo
            (3, "2024-02-01", None, "volwassene"),  # h2 left 02-29, consult ignored → solo
            (4, "2024-03-01", None, "volwassene"),  # nobody → geen toewijzing
            (5, "2024-01-01", None, "volwassene"),  # h2 + o1 → duo met overig
            (6, "2024-01-01", None, "gezin"),  # m1 + h1 + h2 → 3+
            (7, "2023-10-01", "2023-12-20", "gezin"),  # closed before the period: left out
            (8, "2024-04-05", None, "gezin"),  # opens after the period: left out
            (9, "2024-01-01", None, "oudere"),  # h1 + h2 → hbo-hbo
            (10, "2024-01-01", None, "oudere"),  # m2 in two roles → solo
        ]
    )


def quarter_assignments() -> pd.DataFrame:
    return make_assignments(
        [
            (1, "m1", "regie", "2023-12-01", None),
            (1, "h1", "begeleiding", "2023-12-01", None),
            (2, "m1", "regie", "2024-01-15", None),
            (2, "m2", "begeleiding", "2024-01-15", "2024-02-10"),
            (3, "h1", "regie", "2024-02-01", None),
            (3, "h2", "begeleiding", "2024-02-01", "2024-02-29"),
            (3, "m1", "consult", "2024-02-01", None),
            (5, "h2", "regie", "2024-01-01", None),
            (5, "o1", "begeleiding", "2024-01-01", None),
            (6, "m1", "regie", "2024-01-01", None),
            (6, "h1", "begeleiding", "2024-01-01", None),
            (6, "h2", "begeleiding", "2024-01-01", None),
            (7, "m1", "regie", "2023-10-01", "2023-12-20"),
            (9, "h1", "regie", "2024-01-01", None),
            (9, "h2", "begeleiding", "2024-01-01", None),
            (10, "m2", "regie", "2024-01-01", None),
            (10, "m2", "begeleiding", "2024-01-01", None),
        ]
    )


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ([], "geen toewijzing"),
        (["mbo4"], "solo"),
        (["none"], "solo"),
        (["mbo4", "mbo2"], "mbo-mbo"),
        (["hbo_bachelor", "mbo3"], "mbo-hbo"),
        (["wo_master", "hbo_ad"], "hbo-hbo"),
        (["mbo4", "unknown"], "duo met overig"),
        (["none", "hbo_master"], "duo met overig"),
        (["mbo4", "hbo_bachelor", "none"], "3+"),
        (["mbo4", "mbo4", "mbo4", "mbo4"], "3+"),
    ],
)
def test_duo_type_follows_the_education_groups(levels: list[str], expected: str) -> None:
    assert duo_type(levels) == expected


def test_case_duo_types_reads_each_case_on_its_reference_day() -> None:
    types = case_duo_types(quarter_cases(), quarter_assignments(), START, END)
    by_case = types.set_index("case_id")
    assert sorted(by_case.index) == [1, 2, 3, 4, 5, 6, 9, 10]
    assert by_case["duo_type"].to_dict() == {
        1: "mbo-hbo",
        2: "mbo-mbo",
        3: "solo",
        4: "geen toewijzing",
        5: "duo met overig",
        6: "3+",
        9: "hbo-hbo",
        10: "solo",
    }
    assert by_case.loc[2, "reference_day"] == T("2024-02-10")  # closed before the period end
    assert by_case.loc[1, "reference_day"] == END
    assert by_case.loc[6, ["mbo", "hbo", "overig"]].tolist() == [1, 2, 0]
    assert by_case.loc[1, "target_group"] == "jeugd"
    assert {"code", "complexity", "pilot"} <= set(types.columns)


def test_case_duo_types_of_no_cases_is_empty() -> None:
    types = case_duo_types(quarter_cases().iloc[:0], quarter_assignments(), START, END)
    assert types.empty
    assert duo_mix(types)["cases"].sum() == 0


def test_duo_mix_counts_and_shares_every_type() -> None:
    types = case_duo_types(quarter_cases(), quarter_assignments(), START, END)
    mix = duo_mix(types).set_index("duo_type")
    assert list(mix.index) == list(DUO_TYPES)
    # 8 cases: solo 2 (cases 3, 10), every other type 1.
    assert mix["cases"].to_dict() == {
        "solo": 2,
        "mbo-mbo": 1,
        "mbo-hbo": 1,
        "hbo-hbo": 1,
        "3+": 1,
        "duo met overig": 1,
        "geen toewijzing": 1,
    }
    assert mix.loc["solo", "share"] == pytest.approx(2 / 8)
    assert mix.loc["mbo-hbo", "share"] == pytest.approx(1 / 8)


def test_duo_mix_of_nothing_has_zero_shares() -> None:
    mix = duo_mix(pd.DataFrame({"duo_type": pd.Series([], dtype="str")}))
    assert mix["cases"].tolist() == [0] * len(DUO_TYPES)
    assert mix["share"].tolist() == [0.0] * len(DUO_TYPES)


def test_duo_types_at_a_day_uses_only_assignments_active_that_day() -> None:
    cases, assignments = quarter_cases(), quarter_assignments()
    on_feb_15 = duo_types_at(cases[cases["case_id"].isin([2, 3])], assignments, T("2024-02-15"))
    # Case 2: m2 left on 02-10, so only m1 → solo.
    # Case 3: h1 + h2 (h2 until 02-29), consult m1 ignored → hbo-hbo.
    assert on_feb_15.to_dict() == {2: "solo", 3: "hbo-hbo"}
    on_feb_10 = duo_types_at(cases[cases["case_id"] == 2], assignments, T("2024-02-10"))
    assert on_feb_10.to_dict() == {2: "mbo-mbo"}  # an end date is inclusive


# --- Case-days -----------------------------------------------------------------------------------

JANUARY = (T("2024-01-01"), T("2024-01-31"))


def january_cases() -> pd.DataFrame:
    return make_cases(
        [
            (1, "2023-12-15", None, "jeugd"),
            (2, "2024-01-25", "2024-01-28", "jeugd"),
            (3, "2024-01-05", None, "gezin"),
        ]
    )


def january_assignments() -> pd.DataFrame:
    return make_assignments(
        [
            (1, "m1", "regie", "2023-12-15", None),
            (1, "h1", "begeleiding", "2024-01-11", "2024-01-20"),
            (3, "m1", "regie", "2024-01-05", None),
            (3, "m2", "begeleiding", "2024-01-05", None),
            (3, "h1", "consult", "2024-01-10", None),
        ]
    )


def test_duo_segments_split_a_case_where_assignments_start_and_end() -> None:
    segments = duo_segments(january_cases(), january_assignments(), *JANUARY)
    case_1 = segments[segments["case_id"] == 1]
    # Jan 1–10 solo (m1), Jan 11–20 m1 + h1, Jan 21–31 solo again.
    assert case_1["first_day"].tolist() == [T("2024-01-01"), T("2024-01-11"), T("2024-01-21")]
    assert case_1["last_day"].tolist() == [T("2024-01-10"), T("2024-01-20"), T("2024-01-31")]
    assert case_1["days"].tolist() == [10, 10, 11]
    assert case_1["duo_type"].tolist() == ["solo", "mbo-hbo", "solo"]
    # The consult on case 3 does not split it: one stretch Jan 5–31.
    assert segments.loc[segments["case_id"] == 3, "days"].tolist() == [27]


def test_duo_case_days_sums_days_per_type() -> None:
    days = duo_case_days(january_cases(), january_assignments(), *JANUARY).set_index("duo_type")
    # solo 10 + 11 = 21; mbo-hbo 10; case 2: Jan 25–28 without anyone = 4; case 3 Jan 5–31 = 27.
    assert days.loc["solo", "case_days"] == 21
    assert days.loc["mbo-hbo", "case_days"] == 10
    assert days.loc["geen toewijzing", "case_days"] == 4
    assert days.loc["mbo-mbo", "case_days"] == 27
    assert days["case_days"].sum() == 62
    assert days.loc["mbo-mbo", "share"] == pytest.approx(27 / 62)


def test_duo_case_days_counts_the_cases_behind_each_type() -> None:
    days = duo_case_days(january_cases(), january_assignments(), *JANUARY).set_index("duo_type")
    # Case 1 is solo twice and mbo-hbo once: one case behind each; case 2 and 3 one each.
    behind = days["cases_with_type"]
    assert behind[["solo", "mbo-hbo", "geen toewijzing", "mbo-mbo"]].tolist() == [1, 1, 1, 1]
    assert behind.sum() == 4


def test_duo_case_days_without_cases_is_all_zero() -> None:
    days = duo_case_days(january_cases().iloc[:0], january_assignments(), *JANUARY)
    assert days["case_days"].sum() == 0
    assert list(days["duo_type"]) == list(DUO_TYPES)


# --- Over time -----------------------------------------------------------------------------------


def test_period_buckets_are_clipped_to_the_period() -> None:
    buckets = period_buckets(T("2024-01-15"), T("2024-03-10"))
    assert buckets["bucket"].tolist() == [T("2024-01-01"), T("2024-02-01"), T("2024-03-01")]
    assert buckets["first_day"].tolist() == [T("2024-01-15"), T("2024-02-01"), T("2024-03-01")]
    assert buckets["last_day"].tolist() == [T("2024-01-31"), T("2024-02-29"), T("2024-03-10")]


def test_duo_mix_over_time_reads_each_month_at_its_end() -> None:
    cases = make_cases(
        [
            ("X", "2023-12-01", None, "jeugd"),
            ("Y", "2024-02-10", "2024-02-20", "jeugd"),
            ("Z", "2024-01-02", "2024-01-10", "jeugd"),  # closed before the period starts
            ("W", "2024-03-05", None, "jeugd"),
        ]
    )
    assignments = make_assignments(
        [
            ("X", "m1", "regie", "2023-12-01", None),
            ("X", "h1", "begeleiding", "2023-12-01", "2024-02-15"),
            ("Y", "m2", "regie", "2024-02-10", None),
            ("Y", "h2", "begeleiding", "2024-02-10", None),
            ("Z", "m1", "regie", "2024-01-02", None),
        ]
    )
    over_time = duo_mix_over_time(cases, assignments, T("2024-01-15"), T("2024-03-10"))
    assert len(over_time) == 3 * len(DUO_TYPES)
    cases_by = over_time.set_index(["month", "duo_type"])["cases"]
    share_by = over_time.set_index(["month", "duo_type"])["share"]
    # January (read Jan 31): X = m1 + h1 → mbo-hbo; Z closed before Jan 15.
    assert cases_by[(T("2024-01-01"), "mbo-hbo")] == 1
    assert over_time.loc[over_time["month"] == T("2024-01-01"), "cases"].sum() == 1
    # February: X solo on Feb 29 (h1 left Feb 15), Y mbo-hbo on its closing day Feb 20.
    assert cases_by[(T("2024-02-01"), "solo")] == 1
    assert share_by[(T("2024-02-01"), "mbo-hbo")] == pytest.approx(0.5)
    # March (read Mar 10, the period end): X solo, W without anyone.
    assert cases_by[(T("2024-03-01"), "solo")] == 1
    assert cases_by[(T("2024-03-01"), "geen toewijzing")] == 1


# --- Breakdowns ----------------------------------------------------------------------------------


def test_duo_breakdown_gives_shares_within_each_group() -> None:
    types = case_duo_types(quarter_cases(), quarter_assignments(), START, END)
    breakdown = duo_breakdown(types, "target_group").set_index(["group", "duo_type"])
    # jeugd: case 1 mbo-hbo, case 2 mbo-mbo → 1/2 each.
    assert breakdown.loc[("jeugd", "mbo-hbo"), "share"] == pytest.approx(0.5)
    assert breakdown.loc[("jeugd", "mbo-mbo"), "cases"] == 1
    assert breakdown.loc[("jeugd", "solo"), "cases"] == 0
    # oudere: case 9 hbo-hbo, case 10 solo.
    assert breakdown.loc[("oudere", "solo"), "share"] == pytest.approx(0.5)
    with pytest.raises(ValueError, match="uitsplitsing"):
        duo_breakdown(types, "kleur")


def test_case_phase_at_prefers_the_phase_that_started_last() -> None:
    phases = make_phases(
        [
            (1, "toeleiding", "2024-01-01", "2024-02-01"),
            (1, "begeleiding", "2024-02-01", None),
        ]
    )
    days = pd.DataFrame(
        {
            "case_id": [1, 1, 1, 2],
            "day": pd.to_datetime(["2024-01-15", "2024-02-01", "2024-03-01", "2024-03-01"]),
        }
    )
    assert case_phase_at(phases, days).tolist() == [
        "toeleiding",
        "begeleiding",  # hand-over day
        "begeleiding",
        "geen fase",  # case 2 has no phases
    ]


def test_duo_breakdown_by_phase_on_the_reference_day() -> None:
    phases = make_phases(
        [
            (1, "toeleiding", "2023-12-01", "2024-01-31"),
            (1, "begeleiding", "2024-02-01", None),
            (2, "toeleiding", "2024-01-15", "2024-02-10"),
        ]
    )
    types = with_phase(case_duo_types(quarter_cases(), quarter_assignments(), START, END), phases)
    phase_of = types.set_index("case_id")["phase"]
    assert phase_of[1] == "begeleiding"  # on 2024-03-31
    assert phase_of[2] == "toeleiding"  # on its closing day 2024-02-10
    assert phase_of[9] == "geen fase"
    breakdown = duo_breakdown(types, "phase").set_index(["group", "duo_type"])
    assert breakdown.loc[("begeleiding", "mbo-hbo"), "share"] == pytest.approx(1.0)
    assert breakdown.loc[("geen fase", "solo"), "cases"] == 2  # cases 3 and 10


# --- Random pairing ------------------------------------------------------------------------------


def small_team() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "member_id": [1, 2, 3, 4, 5, 6],
            "education_level": ["mbo4", "mbo3", "hbo_bachelor", "hbo_master", "wo_master", "none"],
            "fte": [0.8, 1.0, 1.0, 0.5, 0.9, 0.6],
        }
    )


def brute_force_pairing(team: pd.DataFrame, weights: list[float]) -> dict[str, float]:
    """Enumerate every ordered pair of different members: P = w_i/W · w_j/(W − w_i)."""
    total = sum(weights)
    shares = {"mbo-mbo": 0.0, "mbo-hbo": 0.0, "hbo-hbo": 0.0, "duo met overig": 0.0}
    levels = team["education_level"].tolist()
    for i, j in permutations(range(len(team)), 2):
        probability = weights[i] / total * weights[j] / (total - weights[i])
        groups = sorted([duo_group(levels[i]), duo_group(levels[j])])
        kind = "duo met overig" if "overig" in groups else "-".join(sorted(groups, reverse=True))
        shares[kind] += probability
    return shares


def test_random_pairing_with_fte_weights_matches_brute_force() -> None:
    team = small_team()
    expected = brute_force_pairing(team, team["fte"].tolist())
    observed = random_pairing_expectation(team, weight="fte")
    for kind, share in expected.items():
        assert observed[kind] == pytest.approx(share)
    assert observed.sum() == pytest.approx(1.0)


def test_random_pairing_by_headcount_is_a_count_of_ordered_pairs() -> None:
    observed = random_pairing_expectation(small_team(), weight=None)
    # 6 members → 30 ordered pairs. mbo-mbo 2·1 = 2; mbo-hbo 2·3·2 = 12; hbo-hbo 3·2 = 6;
    # with the 'none' member 1·5·2 = 10.
    assert observed["mbo-mbo"] == pytest.approx(2 / 30)
    assert observed["mbo-hbo"] == pytest.approx(12 / 30)
    assert observed["hbo-hbo"] == pytest.approx(6 / 30)
    assert observed["duo met overig"] == pytest.approx(10 / 30)


def test_random_pairing_needs_two_members() -> None:
    assert random_pairing_expectation(small_team().iloc[:1]).isna().all()


def test_random_pairing_ignores_members_without_weight() -> None:
    team = small_team().assign(fte=[1.0, 1.0, 0.0, 0.0, 0.0, 0.0])
    assert random_pairing_expectation(team)["mbo-mbo"] == pytest.approx(1.0)


# --- Tandem vs chance ----------------------------------------------------------------------------

HEADCOUNT_EXPECTATION = pd.Series(
    {"mbo-mbo": 2 / 30, "mbo-hbo": 12 / 30, "hbo-hbo": 6 / 30, "duo met overig": 10 / 30}
)


def types_frame(counts: dict[str, int]) -> pd.DataFrame:
    kinds = [kind for kind, count in counts.items() for _ in range(count)]
    return pd.DataFrame({"case_id": range(len(kinds)), "duo_type": kinds})


def test_tandem_vs_chance_equal_to_expectation() -> None:
    frame = types_frame({"mbo-hbo": 6, "mbo-mbo": 2, "hbo-hbo": 2, "solo": 3, "3+": 1})
    result = tandem_vs_chance(frame, HEADCOUNT_EXPECTATION)
    # Duo cases: 6 + 2 + 2 = 10 (solo and 3+ do not count); observed 6/10.
    # Expected among mbo/hbo pairs: 12 / (2 + 12 + 6) = 0.6 → 6 is the mode, p = 1.
    assert (result.duo_cases, result.tandems) == (10, 6)
    assert result.observed_share == pytest.approx(0.6)
    assert result.expected_share == pytest.approx(0.6)
    assert result.p_value == pytest.approx(1.0)
    assert result.sentence is not None
    assert "niet groter dan toeval" in result.sentence
    assert "Van de 10 duo's" in result.sentence


def test_tandem_vs_chance_all_tandems() -> None:
    result = tandem_vs_chance(types_frame({"mbo-hbo": 10}), HEADCOUNT_EXPECTATION)
    # Bin(10, 0.6): P(10) = 0.6^10 = 0.006047; outcomes no more likely: P(0) = 0.4^10 = 0.000105,
    # P(1) = 10·0.6·0.4^9 = 0.001573 (P(2) = 0.010617 is larger) → p = 0.007725.
    assert result.p_value == pytest.approx(0.006047 + 0.000105 + 0.001573, abs=2e-6)
    assert result.sentence is not None
    assert "meer tandems dan toeval" in result.sentence
    assert "p = 0,008" in result.sentence


def test_tandem_vs_chance_says_nothing_below_five_duos() -> None:
    result = tandem_vs_chance(types_frame({"mbo-hbo": 3, "mbo-mbo": 1}), HEADCOUNT_EXPECTATION)
    assert result.duo_cases == 4
    assert result.observed_share == pytest.approx(0.75)
    assert result.p_value is None
    assert result.sentence is None


def test_tandem_vs_chance_without_cases() -> None:
    result = tandem_vs_chance(types_frame({}), HEADCOUNT_EXPECTATION)
    assert result.duo_cases == 0
    assert np.isnan(result.observed_share)
    assert result.sentence is None


# --- Roles and co-assignment ---------------------------------------------------------------------


def test_tandem_roles_counts_who_holds_each_role() -> None:
    cases = make_cases([(case_id, "2024-01-01", None, "jeugd") for case_id in range(1, 6)])
    assignments = make_assignments(
        [
            (1, "m1", "regie", "2024-01-01", None),  # regie mbo, begeleiding hbo
            (1, "h1", "begeleiding", "2024-01-01", None),
            (2, "h1", "regie", "2024-01-01", None),  # regie hbo, begeleiding mbo
            (2, "m2", "begeleiding", "2024-01-01", None),
            (3, "m1", "regie", "2024-01-01", None),  # both regie, nobody begeleiding
            (3, "h2", "regie", "2024-01-01", None),
            (4, "h2", "regie", "2024-01-01", None),  # regie hbo, begeleiding mbo
            (4, "m2", "begeleiding", "2024-01-01", None),
            (5, "m1", "regie", "2024-01-01", None),  # mbo-mbo: not a tandem
            (5, "m2", "begeleiding", "2024-01-01", None),
        ]
    )
    table = tandem_roles(cases, assignments, START, END)
    assert table.loc["regie"].to_dict() == {"mbo": 1, "hbo": 2, "beide": 1, "geen": 0}
    assert table.loc["begeleiding"].to_dict() == {"mbo": 2, "hbo": 1, "beide": 0, "geen": 1}


def team_members() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "member_id": [1, 2, 3, 4],
            "pseudonym": ["Aster", "Berk", "Ceder", "Den"],
            "display_name": ["Anna", "Bram", "Cor", "Dirk"],
        }
    )


def co_assignments() -> pd.DataFrame:
    frame = pd.DataFrame(
        [
            (1, 1, "regie", "2024-01-01", None),  # case 1: 1 and 2 overlap in February
            (1, 2, "begeleiding", "2024-02-01", "2024-03-01"),
            (2, 1, "regie", "2024-01-01", "2024-01-31"),  # case 2: 1 then 3, no common day
            (2, 3, "begeleiding", "2024-02-01", None),
            (3, 2, "regie", "2024-03-01", None),  # case 3: 2 and 3 together
            (3, 3, "begeleiding", "2024-03-15", None),
            (3, 1, "consult", "2024-03-01", None),  # consult does not count
            (4, 1, "regie", "2023-11-01", "2023-12-31"),  # case 4: before the period
            (4, 2, "begeleiding", "2023-11-01", "2023-12-31"),
            (4, 4, "begeleiding", "2023-11-01", "2023-12-31"),
            (5, 1, "regie", "2024-04-01", "2024-04-30"),  # case 5: 1 twice, with 2 → once
            (5, 1, "begeleiding", "2024-05-01", None),
            (5, 2, "begeleiding", "2024-04-15", None),
        ],
        columns=["case_id", "member_id", "role", "started_on", "ended_on"],
    )
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_co_assignment_matrix_counts_cases_worked_together() -> None:
    matrix = co_assignment_matrix(
        co_assignments(), team_members(), T("2024-01-01"), T("2024-06-30")
    )
    # Aster–Berk: cases 1 and 5 → 2; Berk–Ceder: case 3 → 1; Aster–Ceder: 0 (case 2 has no
    # common day, case 3 is a consult). Den only worked before the period: not shown.
    assert list(matrix.index) == ["Aster", "Berk", "Ceder"]
    assert list(matrix.columns) == ["Aster", "Berk", "Ceder"]
    assert matrix.to_numpy().tolist() == [[0, 2, 0], [2, 0, 1], [0, 1, 0]]


def test_co_assignment_matrix_can_use_display_names() -> None:
    matrix = co_assignment_matrix(
        co_assignments(), team_members(), T("2024-01-01"), T("2024-06-30"), label="display_name"
    )
    assert list(matrix.index) == ["Anna", "Bram", "Cor"]


def test_co_assignment_matrix_of_an_empty_period_is_empty() -> None:
    matrix = co_assignment_matrix(
        co_assignments(), team_members(), T("2020-01-01"), T("2020-12-31")
    )
    assert matrix.empty
