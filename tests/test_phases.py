"""Phases: open cases per phase, member-days, durations and transitions, worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.phases import (
    PHASES,
    member_days_by_phase,
    member_days_summary,
    open_cases_by_phase,
    phase_counts_over_time,
    phase_durations,
    phase_members,
    phase_transitions,
)

T = pd.Timestamp


def make_cases(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, opened_on, closed_on or None, target_group, outcome)."""
    frame = pd.DataFrame(
        rows, columns=["case_id", "opened_on", "closed_on", "target_group", "outcome"]
    )
    for column in ("opened_on", "closed_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def make_phases(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, phase, started_on, ended_on or None)."""
    frame = pd.DataFrame(rows, columns=["case_id", "phase", "started_on", "ended_on"])
    frame["phase_id"] = range(1, len(frame) + 1)
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def make_assignments(rows: list[tuple]) -> pd.DataFrame:
    """rows: (assignment_id, case_id, member_id, education_level, role, started_on, ended_on)."""
    columns = [
        "assignment_id",
        "case_id",
        "member_id",
        "education_level",
        "role",
        "started_on",
        "ended_on",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


# --- Open cases per phase ------------------------------------------------------------------------


def spring_cases() -> pd.DataFrame:
    return make_cases(
        [
            (1, "2024-01-01", None, "jeugd", "lopend"),
            (2, "2024-03-01", None, "jeugd", "lopend"),
            (3, "2024-01-15", "2024-03-10", "gezin", "waakvlam"),
            (4, "2024-02-01", None, "gezin", "lopend"),
            (5, "2024-03-20", None, "gezin", "lopend"),
            (6, "2024-01-01", None, "oudere", "lopend"),
        ]
    )


def spring_phases() -> pd.DataFrame:
    return make_phases(
        [
            (1, "toeleiding", "2024-01-01", "2024-01-31"),
            (1, "begeleiding", "2024-02-01", None),
            (2, "toeleiding", "2024-03-01", None),
            (3, "toeleiding", "2024-01-15", "2024-02-14"),
            (3, "begeleiding", "2024-02-15", "2024-02-29"),
            (3, "uitstroom", "2024-03-01", "2024-03-10"),
            (3, "waakvlam", "2024-03-11", None),  # after closing: the case is not open
            (6, "begeleiding", "2024-01-01", "2024-02-29"),
            (6, "uitstroom", "2024-03-01", "2024-03-15"),
            (6, "waakvlam", "2024-03-15", None),  # hand-over day 03-15 → waakvlam
        ]
    )


def test_open_cases_by_phase_on_a_day() -> None:
    counts = open_cases_by_phase(spring_cases(), spring_phases(), T("2024-03-15"))
    # Open on 03-15: 1 (begeleiding), 2 (toeleiding), 4 (no phase: not counted), 6 (waakvlam).
    # 3 closed on 03-10, 5 opens on 03-20.
    assert list(counts.index) == list(PHASES)
    assert counts.to_dict() == {"toeleiding": 1, "begeleiding": 1, "uitstroom": 0, "waakvlam": 1}


def test_open_cases_by_phase_without_cases() -> None:
    counts = open_cases_by_phase(spring_cases().iloc[:0], spring_phases(), T("2024-03-15"))
    assert counts.tolist() == [0, 0, 0, 0]


def test_phase_counts_over_time_read_each_month_end() -> None:
    long_df = phase_counts_over_time(
        spring_cases(), spring_phases(), T("2024-01-01"), T("2024-03-15")
    )
    assert len(long_df) == 3 * 4
    table = long_df.pivot(index="month", columns="phase", values="cases")
    # Jan 31: 1 toeleiding, 3 toeleiding, 6 begeleiding.
    assert table.loc[T("2024-01-01")].to_dict() == {
        "begeleiding": 1,
        "toeleiding": 2,
        "uitstroom": 0,
        "waakvlam": 0,
    }
    # Feb 29: 1, 3 and 6 all in begeleiding (4 open but without phase).
    assert table.loc[T("2024-02-01"), "begeleiding"] == 3
    assert table.loc[T("2024-02-01")].sum() == 3
    # March is read on the period end, 03-15: as in the single-day test.
    assert table.loc[T("2024-03-01")].to_dict() == {
        "begeleiding": 1,
        "toeleiding": 1,
        "uitstroom": 0,
        "waakvlam": 1,
    }


# --- Member-days ---------------------------------------------------------------------------------

JANUARY = (T("2024-01-01"), T("2024-01-31"))


def work_phases() -> pd.DataFrame:
    return make_phases(
        [
            (1, "toeleiding", "2023-12-20", "2024-01-10"),
            (1, "begeleiding", "2024-01-11", None),
            (2, "toeleiding", "2024-01-20", "2024-01-25"),
            (2, "uitstroom", "2024-01-26", "2024-01-31"),
            (3, "toeleiding", "2024-01-01", None),  # case 3 has no assignment
            (4, "toeleiding", "2023-11-01", "2023-12-31"),
        ]
    )


def work_assignments() -> pd.DataFrame:
    return make_assignments(
        [
            (1, 1, 10, "mbo4", "regie", "2023-12-20", None),
            (2, 1, 20, "hbo_bachelor", "begeleiding", "2024-01-05", "2024-01-15"),  # leaves
            (3, 2, 30, "none", "consult", "2024-01-27", "2024-01-28"),
            (4, 4, 20, "hbo_bachelor", "regie", "2023-11-01", "2023-12-31"),
        ]
    )


def test_member_days_by_phase_overlaps_assignment_phase_and_period() -> None:
    days = member_days_by_phase(work_assignments(), work_phases(), *JANUARY)
    found = {(row.assignment_id, row.phase): row.days for row in days.itertuples(index=False)}
    assert found == {
        (1, "toeleiding"): 10,  # Jan 1 (period start) – Jan 10 (phase end)
        (1, "begeleiding"): 21,  # Jan 11 – Jan 31 (both open: clipped at period end)
        (2, "toeleiding"): 6,  # Jan 5 (assignment start) – Jan 10
        (2, "begeleiding"): 5,  # Jan 11 – Jan 15 (member left mid-case)
        (3, "uitstroom"): 2,  # Jan 27 – Jan 28; no overlap with toeleiding Jan 20–25
    }
    # Case 3 (no assignment) and case 4 (all before the period) contribute nothing.
    assert set(days["case_id"]) == {1, 2}
    groups = days.set_index("assignment_id")["education_group"].to_dict()
    assert groups == {1: "mbo", 2: "hbo", 3: "overig"}


def test_member_days_by_phase_stops_at_as_of() -> None:
    days = member_days_by_phase(work_assignments(), work_phases(), *JANUARY, as_of=T("2024-01-20"))
    found = {(row.assignment_id, row.phase): row.days for row in days.itertuples(index=False)}
    # Open ends now run to Jan 20: assignment 1 in begeleiding Jan 11–20 = 10 days; the
    # consult (Jan 27–28) lies after as_of.
    assert found == {
        (1, "toeleiding"): 10,
        (1, "begeleiding"): 10,
        (2, "toeleiding"): 6,
        (2, "begeleiding"): 5,
    }


def test_member_days_summary_shares_per_phase() -> None:
    days = member_days_by_phase(work_assignments(), work_phases(), *JANUARY)
    summary = member_days_summary(days).set_index(["education_group", "phase"])
    assert len(summary) == 3 * 4
    # toeleiding: mbo 10, hbo 6 → 10/16 and 6/16.
    assert summary.loc[("mbo", "toeleiding"), "days"] == 10
    assert summary.loc[("mbo", "toeleiding"), "share"] == pytest.approx(10 / 16)
    assert summary.loc[("hbo", "toeleiding"), "share"] == pytest.approx(6 / 16)
    # begeleiding: mbo 21, hbo 5 → 21/26.
    assert summary.loc[("mbo", "begeleiding"), "share"] == pytest.approx(21 / 26)
    # uitstroom: only the consult (overig) → 1; waakvlam: nothing → 0.
    assert summary.loc[("overig", "uitstroom"), "share"] == pytest.approx(1.0)
    assert summary.loc[("mbo", "waakvlam"), "share"] == 0.0


def test_member_days_summary_counts_the_members_behind_each_share() -> None:
    days = member_days_by_phase(work_assignments(), work_phases(), *JANUARY)
    summary = member_days_summary(days)
    members = summary.set_index(["education_group", "phase"])["members"]
    # Member 10 (mbo) and member 20 (hbo) both work toeleiding and begeleiding on case 1.
    assert members[("mbo", "toeleiding")] == 1
    assert members[("hbo", "begeleiding")] == 1
    assert members[("overig", "uitstroom")] == 1
    assert (phase_members(summary, "toeleiding"), phase_members(summary, "waakvlam")) == (2, 0)
    assert phase_members(summary, "toeleiding", "mbo") == 1


def test_member_days_summary_can_leave_out_consult() -> None:
    days = member_days_by_phase(work_assignments(), work_phases(), *JANUARY)
    summary = member_days_summary(days, roles=("regie", "begeleiding"))
    uitstroom = summary[summary["phase"] == "uitstroom"]
    assert uitstroom["days"].sum() == 0
    assert uitstroom["share"].sum() == 0.0


def test_member_days_without_assignments() -> None:
    days = member_days_by_phase(work_assignments().iloc[:0], work_phases(), *JANUARY)
    assert days.empty
    assert member_days_summary(days)["days"].sum() == 0


# --- Durations -----------------------------------------------------------------------------------


def duration_cases() -> pd.DataFrame:
    return make_cases(
        [
            (1, "2024-01-01", None, "jeugd", "lopend"),
            (2, "2024-01-01", None, "jeugd", "lopend"),
            (3, "2024-01-01", None, "jeugd", "lopend"),
            (4, "2024-01-01", None, "jeugd", "lopend"),
            (5, "2024-01-01", None, "volwassene", "lopend"),
        ]
    )


def duration_phases() -> pd.DataFrame:
    return make_phases(
        [
            (1, "toeleiding", "2024-01-01", "2024-01-10"),  # 10 days
            (1, "begeleiding", "2024-01-11", "2024-02-09"),  # 21 + 9 = 30 days
            (2, "toeleiding", "2024-01-01", "2024-01-20"),  # 20 days
            (3, "toeleiding", "2024-01-01", "2024-01-31"),  # 31 days
            (4, "toeleiding", "2024-01-01", None),  # still running: left out
            (5, "toeleiding", "2024-01-01", "2024-01-05"),  # 5 days
        ]
    )


def test_phase_durations_by_target_group() -> None:
    stats = phase_durations(duration_phases(), duration_cases())
    assert stats[["phase", "group"]].values.tolist() == [
        ["toeleiding", "jeugd"],
        ["toeleiding", "volwassene"],
        ["begeleiding", "jeugd"],
    ]
    youth = stats.iloc[0]
    # [10, 20, 31]: median 20; p25 at position 0.5 → 15; p75 at 1.5 → 20 + 0.5·11 = 25.5.
    assert youth["count"] == 3
    assert youth["median"] == 20
    assert youth["p25"] == pytest.approx(15)
    assert youth["p75"] == pytest.approx(25.5)
    assert stats.iloc[2][["count", "p25", "median", "p75"]].tolist() == [1, 30, 30, 30]


def test_phase_durations_by_duo_type() -> None:
    case_types = pd.DataFrame(
        {"case_id": [1, 2, 3, 5], "duo_type": ["mbo-hbo", "mbo-hbo", "solo", "solo"]}
    )
    stats = phase_durations(duration_phases(), duration_cases(), case_types, by="duo_type")
    by = stats.set_index(["phase", "group"])
    # toeleiding mbo-hbo [10, 20]: median 15, p25 12.5, p75 17.5.
    assert by.loc[("toeleiding", "mbo-hbo"), ["p25", "median", "p75"]].tolist() == [12.5, 15, 17.5]
    # toeleiding solo [5, 31]: median 18, p25 5 + 0.25·26 = 11.5, p75 5 + 0.75·26 = 24.5.
    assert by.loc[("toeleiding", "solo"), ["p25", "median", "p75"]].tolist() == [11.5, 18, 24.5]
    with pytest.raises(ValueError, match="case_types"):
        phase_durations(duration_phases(), duration_cases(), by="duo_type")


def test_phase_durations_without_completed_phases() -> None:
    running = duration_phases()[lambda frame: frame["ended_on"].isna()]
    assert phase_durations(running, duration_cases()).empty


# --- Transitions ---------------------------------------------------------------------------------


def test_phase_transitions_follow_each_case_to_its_outcome() -> None:
    cases = make_cases(
        [
            (1, "2024-01-01", "2024-05-01", "jeugd", "zelfredzaam"),
            (2, "2024-01-01", "2024-06-01", "gezin", "waakvlam"),
            (3, "2024-01-01", None, "gezin", "lopend"),
            (4, "2024-01-01", None, "gezin", "lopend"),  # no phases: left out
        ]
    )
    phases = make_phases(
        [
            (1, "uitstroom", "2024-04-01", "2024-05-01"),  # given out of order
            (1, "toeleiding", "2024-01-01", "2024-01-31"),
            (1, "begeleiding", "2024-02-01", "2024-03-31"),
            (2, "toeleiding", "2024-01-01", "2024-01-31"),
            (2, "begeleiding", "2024-02-01", "2024-02-29"),
            (2, "begeleiding", "2024-03-01", "2024-03-31"),  # repeat: merged
            (2, "waakvlam", "2024-04-01", None),
            (3, "toeleiding", "2024-01-01", None),
        ]
    )
    flows = phase_transitions(phases, cases)
    found = {(row.source, row.target): row.value for row in flows.itertuples(index=False)}
    assert found == {
        ("toeleiding", "begeleiding"): 2,
        ("begeleiding", "uitstroom"): 1,
        ("uitstroom", "uitkomst: zelfredzaam"): 1,
        ("begeleiding", "waakvlam"): 1,
        ("waakvlam", "uitkomst: waakvlam"): 1,
        ("toeleiding", "uitkomst: lopend"): 1,
    }
    assert flows.iloc[0]["value"] == 2  # largest flow first


def test_phase_transitions_without_phases() -> None:
    flows = phase_transitions(make_phases([]), make_cases([]))
    assert flows.empty
    assert list(flows.columns) == ["source", "target", "value"]
