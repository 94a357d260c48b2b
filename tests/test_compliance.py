"""Norm van verantwoorde werktoedeling: status per youth case with risk, and expiring registers."""

from __future__ import annotations

import pandas as pd

from analysis.compliance import (
    compliance_status,
    compliance_summary,
    expiring_registrations,
)

T = pd.Timestamp
START, END = T("2024-01-01"), T("2024-06-30")


def make_members(rows: list[tuple]) -> pd.DataFrame:
    """rows: (member_id, education_level, registration, valid_until, started_on, ended_on)."""
    columns = [
        "member_id",
        "education_level",
        "registration",
        "registration_valid_until",
        "started_on",
        "ended_on",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame["pseudonym"] = [f"Lid {member_id}" for member_id in frame["member_id"]]
    frame["display_name"] = [f"Naam {member_id}" for member_id in frame["member_id"]]
    for column in ("registration_valid_until", "started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def make_cases(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, target_group, risk_flags, opened_on, closed_on, tenzij_motivering)."""
    columns = [
        "case_id",
        "target_group",
        "risk_flags",
        "opened_on",
        "closed_on",
        "tenzij_motivering",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame["code"] = [f"J{case_id}" for case_id in frame["case_id"]]
    for column in ("opened_on", "closed_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def make_assignments(rows: list[tuple]) -> pd.DataFrame:
    """rows: (case_id, member_id, role, started_on, ended_on)."""
    frame = pd.DataFrame(rows, columns=["case_id", "member_id", "role", "started_on", "ended_on"])
    frame["assignment_id"] = range(1, len(frame) + 1)
    frame["education_level"] = "hbo_bachelor"
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def team() -> pd.DataFrame:
    return make_members(
        [
            (1, "hbo_bachelor", "skj", "2026-01-01", "2020-01-01", None),
            (2, "hbo_bachelor", "skj", "2024-03-31", "2020-01-01", None),  # expires in the period
            (3, "mbo4", "geen", None, "2020-01-01", None),
            (4, "hbo_bachelor", "big", "2025-12-31", "2020-01-01", None),  # wijkverpleegkundige
            (5, "hbo_master", "skj", None, "2020-01-01", None),  # end date unknown
        ]
    )


def youth_cases() -> pd.DataFrame:
    risk = "veiligheidsrisico"
    return make_cases(
        [
            (1, "jeugd", "crisis", "2024-01-10", None, None),
            (2, "jeugd", risk, "2024-01-10", None, None),
            (3, "jeugd", risk, "2024-01-10", "2024-03-15", None),
            (4, "jeugd", risk, "2024-01-10", None, "Gedragswetenschapper kijkt mee"),
            (5, "jeugd", risk, "2024-01-10", None, ""),
            (6, "jeugd", risk, "2024-01-10", None, None),
            (7, "jeugd", "", "2024-01-10", None, None),
            (8, "volwassene", risk, "2024-01-10", None, None),
            (9, "jeugd", risk, "2023-06-01", "2023-12-31", None),
            (10, "jeugd", "crisis,onveilige_omgeving", "2024-01-10", None, None),
            (11, "jeugd", risk, "2024-01-10", None, "   "),
            (12, "jeugd", None, "2024-01-10", None, None),
            (13, "jeugd", risk, "2024-01-10", None, None),
        ]
    )


def youth_assignments() -> pd.DataFrame:
    return make_assignments(
        [
            (1, 1, "begeleiding", "2024-01-10", None),
            (2, 2, "regie", "2024-01-10", None),  # valid on opening, expired on 06-30
            (2, 3, "begeleiding", "2024-01-10", None),
            (3, 2, "regie", "2024-01-10", None),  # closed 03-15: still valid then
            (4, 3, "regie", "2024-01-10", None),
            (6, 3, "regie", "2024-01-10", None),
            (6, 1, "consult", "2024-01-10", None),  # consult does not count
            (7, 3, "regie", "2024-01-10", None),
            (8, 3, "regie", "2024-01-10", None),
            (10, 4, "regie", "2024-01-10", None),
            (11, 5, "regie", "2024-01-10", None),
            (13, 1, "begeleiding", "2024-01-10", "2024-05-01"),  # gone before 06-30
            (13, 3, "regie", "2024-01-10", None),
        ]
    )


def statuses() -> pd.DataFrame:
    return compliance_status(youth_cases(), youth_assignments(), team(), START, END)


def test_only_youth_cases_with_risk_in_the_period_are_checked() -> None:
    # 7 (no risk), 12 (risk missing), 8 (not youth) and 9 (closed in 2023) are out.
    assert sorted(statuses()["case_id"]) == [1, 2, 3, 4, 5, 6, 10, 11, 13]


def test_status_per_case() -> None:
    status = statuses().set_index("case_id")["status"].to_dict()
    assert status == {
        1: "conform",  # SKJ valid until 2026
        2: "niet conform",  # SKJ expired 03-31, reference day 06-30; mbo colleague unregistered
        3: "conform",  # closed 03-15, SKJ still valid that day
        4: "uitgelegd",  # no registered member, tenzij-motivering
        5: "niet conform",  # no assignment at all (empty motivering)
        6: "niet conform",  # the registered member is only consulted
        10: "conform",  # BIG registration counts too
        11: "niet conform",  # SKJ without end date is not shown valid; blank motivering
        13: "niet conform",  # the registered member left the case on 05-01
    }


def test_status_columns_show_the_reference_day_and_counts() -> None:
    table = statuses().set_index("case_id")
    assert list(statuses().columns) == [
        "case_id",
        "code",
        "status",
        "reference_day",
        "assigned_members",
        "registered_members",
    ]
    assert table.loc[3, "reference_day"] == T("2024-03-15")
    assert table.loc[2, "reference_day"] == END
    assert table.loc[2, ["assigned_members", "registered_members"]].tolist() == [2, 0]
    assert table.loc[5, ["assigned_members", "registered_members"]].tolist() == [0, 0]
    assert table.loc[1, "code"] == "J1"


def test_compliance_summary_counts_every_status() -> None:
    summary = compliance_summary(statuses())
    # conform 1, 3, 10; uitgelegd 4; niet conform 2, 5, 6, 11, 13.
    assert summary.to_dict() == {"conform": 3, "uitgelegd": 1, "niet conform": 5}


def test_no_cases_in_scope_gives_zero_counts() -> None:
    empty = compliance_status(youth_cases().iloc[:0], youth_assignments(), team(), START, END)
    assert empty.empty
    assert compliance_summary(empty).tolist() == [0, 0, 0]


def test_expiring_registrations_within_ninety_days_and_expired_ones() -> None:
    members = make_members(
        [
            (1, "hbo_bachelor", "skj", "2026-01-01", "2020-01-01", None),  # far away
            (2, "hbo_bachelor", "skj", "2024-03-31", "2020-01-01", None),  # 30 days
            (3, "mbo4", "geen", None, "2020-01-01", None),
            (6, "hbo_bachelor", "skj", "2024-02-01", "2020-01-01", None),  # expired 29 days ago
            (7, "hbo_bachelor", "skj", "2024-05-30", "2020-01-01", None),  # exactly 90 days
            (8, "hbo_bachelor", "big", "2024-05-31", "2020-01-01", None),  # 91 days: not yet
            (9, "hbo_bachelor", "skj", "2024-04-01", "2020-01-01", "2024-02-15"),  # left team
        ]
    )
    table = expiring_registrations(members, T("2024-03-01"))
    # Feb 2024 has 29 days: Feb 1 → Mar 1 = 29; Mar 1 → Mar 31 = 30; → May 30 = 30 + 30 + 30.
    assert table["member_id"].tolist() == [6, 2, 7]
    assert table["days_left"].tolist() == [-29, 30, 90]
    assert table["expired"].tolist() == [True, False, False]
    assert table["pseudonym"].tolist() == ["Lid 6", "Lid 2", "Lid 7"]


def test_expiring_registrations_with_nothing_to_report() -> None:
    table = expiring_registrations(team().iloc[[0, 2]], T("2024-03-01"))
    assert table.empty
    assert "expired" in table.columns
