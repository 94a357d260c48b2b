"""Gelijkwaardigheid: caseload per FTE and the regierol, per education group, by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.workload import caseload_per_fte, lead_role_share, member_caseloads

T = pd.Timestamp
# 100 days: January 31 + February 29 + March 31 = 91, plus April 1–9.
START, END = T("2024-01-01"), T("2024-04-09")
LEVEL = {1: "mbo4", 2: "mbo3", 3: "hbo_bachelor", 4: "hbo_master", 5: "none", 6: "wo_master"}


def members() -> pd.DataFrame:
    frame = pd.DataFrame(
        [
            (1, 0.8, "2020-01-01", None),  # whole period → 0.8
            (2, 1.0, "2024-03-21", None),  # Mar 21–31 (11) + Apr 1–9 (9) = 20 days → 0.2
            (3, 1.0, "2019-01-01", None),  # → 1.0
            (4, 0.5, "2019-01-01", "2024-02-19"),  # Jan 31 + Feb 1–19 = 50 days → 0.25
            (5, 0.4, "2019-01-01", "2023-12-31"),  # left before the period
            (6, 0.9, "2024-05-01", None),  # starts after the period
        ],
        columns=["member_id", "fte", "started_on", "ended_on"],
    )
    frame["education_level"] = frame["member_id"].map(LEVEL)
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def assignments() -> pd.DataFrame:
    frame = pd.DataFrame(
        [
            (1, 1, "regie", "2024-01-01", None),
            (2, 1, "regie", "2024-01-01", None),
            (2, 1, "begeleiding", "2024-02-01", None),  # same case again: once
            (3, 1, "consult", "2024-02-01", "2024-02-02"),  # consult: no caseload
            (4, 1, "regie", "2023-10-01", "2023-12-31"),  # before the period
            (5, 2, "begeleiding", "2024-03-21", None),
            (1, 3, "begeleiding", "2024-01-01", None),
            (6, 3, "regie", "2024-01-01", None),
            (7, 3, "regie", "2024-03-01", None),
            (2, 4, "begeleiding", "2024-01-01", "2024-02-19"),
            (8, 4, "regie", "2024-01-01", "2024-02-19"),
            (9, 5, "regie", "2023-01-01", "2023-12-31"),  # before the period
        ],
        columns=["case_id", "member_id", "role", "started_on", "ended_on"],
    )
    frame["assignment_id"] = range(1, len(frame) + 1)
    frame["education_level"] = frame["member_id"].map(LEVEL)
    for column in ("started_on", "ended_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_member_caseloads_weight_fte_by_presence() -> None:
    per_member = member_caseloads(assignments(), members(), START, END).set_index("member_id")
    assert sorted(per_member.index) == [1, 2, 3, 4]
    assert per_member["active_days"].to_dict() == {1: 100, 2: 20, 3: 100, 4: 50}
    assert per_member["effective_fte"].to_dict() == pytest.approx({1: 0.8, 2: 0.2, 3: 1.0, 4: 0.25})
    # 1: cases 1, 2 (consult 3 and old case 4 not counted); 2: case 5; 3: 1, 6, 7; 4: 2, 8.
    assert per_member["cases"].to_dict() == {1: 2, 2: 1, 3: 3, 4: 2}


def test_caseload_per_fte_by_education_group() -> None:
    table = caseload_per_fte(assignments(), members(), START, END).set_index("education_group")
    assert list(table.index) == ["mbo", "hbo", "overig"]
    # mbo: 2 + 1 = 3 cases over 0.8 + 0.2 = 1.0 fte → 3.0.
    assert table.loc["mbo", ["members", "member_cases"]].tolist() == [2, 3]
    assert table.loc["mbo", "fte"] == pytest.approx(1.0)
    assert table.loc["mbo", "cases_per_fte"] == pytest.approx(3.0)
    # hbo: 3 + 2 = 5 cases over 1.0 + 0.25 = 1.25 fte → 4.0.
    assert table.loc["hbo", "cases_per_fte"] == pytest.approx(4.0)
    # overig: member 5 left before the period → no fte, no ratio.
    assert table.loc["overig", "members"] == 0
    assert np.isnan(table.loc["overig", "cases_per_fte"])


def test_caseload_per_fte_without_members() -> None:
    table = caseload_per_fte(assignments(), members().iloc[:0], START, END)
    assert table["member_cases"].sum() == 0
    assert table["cases_per_fte"].isna().all()


def test_lead_role_share_against_all_assignments() -> None:
    table = lead_role_share(assignments(), START, END).set_index("education_group")
    # In the period: mbo 5 assignments (member 1: four, member 2: one), 2 of them regie;
    # hbo 5 (member 3: three, member 4: two), 3 regie. The two 2023 assignments are out.
    assert table.loc["mbo", ["lead_assignments", "all_assignments"]].tolist() == [2, 5]
    assert table.loc["hbo", ["lead_assignments", "all_assignments"]].tolist() == [3, 5]
    # Shares: regie 2/5 and 3/5; all 5/10 each → ratios 0.8 and 1.2.
    assert table.loc["mbo", "lead_share"] == pytest.approx(0.4)
    assert table.loc["hbo", "all_share"] == pytest.approx(0.5)
    assert table.loc["mbo", "ratio"] == pytest.approx(0.8)
    assert table.loc["hbo", "ratio"] == pytest.approx(1.2)
    assert np.isnan(table.loc["overig", "ratio"])


def test_lead_role_share_without_assignments() -> None:
    table = lead_role_share(assignments().iloc[:0], START, END)
    assert table["all_assignments"].sum() == 0
    assert table["lead_share"].tolist() == [0.0, 0.0, 0.0]
