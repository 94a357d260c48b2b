"""Team composition breakdowns, over time and turnover, on the tiny hand-made team."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.composition import (
    breakdown,
    composition_over_time,
    experience_band,
    registration_label,
    turnover_per_year,
    with_composition_columns,
)
from analysis.education import active_on
from tests.fixture_data import tiny_dataset

END = pd.Timestamp(2026, 6, 30)


@pytest.fixture
def members() -> pd.DataFrame:
    frame = pd.DataFrame([m for m in tiny_dataset()["member"] if m["team_id"] == 1])
    for column in ("started_on", "ended_on", "registration_valid_until"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.rename(columns={"id": "member_id"})


def test_breakdown_by_cbs_group_counts_unknown_separately(members: pd.DataFrame) -> None:
    team = with_composition_columns(active_on(members, END), END)
    table = breakdown(team, "cbs_group").set_index("cbs_group")
    assert table["value"].to_dict() == {"hoog": 2, "laag": 1, "middelbaar": 1, "onbekend": 1}
    assert table.loc["hoog", "share"] == pytest.approx(0.4)


def test_fte_breakdown_sums_fte_and_keeps_headcount(members: pd.DataFrame) -> None:
    team = with_composition_columns(active_on(members, END), END)
    table = breakdown(team, "cbs_group", weight="fte").set_index("cbs_group")
    # hoog: Bram 0.8 + Carla 1.0; total FTE 3.2
    assert table.loc["hoog", "value"] == pytest.approx(1.8)
    assert table.loc["hoog", "share"] == pytest.approx(1.8 / 3.2)
    assert table.loc["hoog", "headcount"] == 2


def test_registration_label_marks_expired_registrations(members: pd.DataFrame) -> None:
    labels = registration_label(members, pd.Timestamp(2028, 1, 1))
    assert labels[members["display_name"] == "Bram de Boer"].item() == "SKJ (verlopen)"
    labels_now = registration_label(members, END)
    assert labels_now[members["display_name"] == "Bram de Boer"].item() == "SKJ"
    assert labels_now[members["display_name"] == "Anna Jansen"].item() == "geen"


@pytest.mark.parametrize("years,band", [(0, "0–1 jaar"), (4, "2–4 jaar"), (25, "20+ jaar")])
def test_experience_bands(years: int, band: str) -> None:
    assert experience_band(pd.Series([years])).item() == band


def test_composition_over_time_follows_start_and_end_dates(members: pd.DataFrame) -> None:
    long = composition_over_time(members, pd.Timestamp(2026, 2, 1), END)
    middelbaar = long[long["cbs_group"] == "middelbaar"].set_index("day")["value"]
    # Anna and Dirk until Dirk leaves on 31 March; from April only Anna.
    assert middelbaar[pd.Timestamp(2026, 3, 31)] == 2
    assert middelbaar[pd.Timestamp(2026, 4, 30)] == 1
    assert list(middelbaar.index)[-1] == END


def test_turnover_counts_joiners_and_leavers_per_year(members: pd.DataFrame) -> None:
    turnover = turnover_per_year(members).set_index("year")
    assert turnover.loc[2020, "joined"] == 4
    assert turnover.loc[2026, "left"] == 1
    assert turnover["joined"].sum() == 6
