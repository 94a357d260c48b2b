"""Query functions return exactly the team's rows for the period, as typed DataFrames."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from sqlalchemy import Engine, insert

from data_model import queries
from data_model.models import PopulationEducation
from tests.fixture_data import PERIOD_END, PERIOD_START

D = dt.date


def test_teams_come_with_their_municipality(tiny_engine: Engine) -> None:
    teams = queries.load_teams(tiny_engine)
    assert list(teams["team_name"]) == ["Testteam", "Team Vergelijk"]
    assert list(teams["municipality_code"]) == ["GM9991", "GM9992"]


def test_members_of_one_team_only_with_dates_as_timestamps(tiny_engine: Engine) -> None:
    members = queries.load_members(tiny_engine, [1])
    assert len(members) == 6
    assert set(members["team_id"]) == {1}
    assert pd.api.types.is_datetime64_any_dtype(members["ended_on"])
    dirk = members.set_index("display_name").loc["Dirk Mulder"]
    assert dirk["ended_on"] == pd.Timestamp(2026, 3, 31)


def test_cases_are_those_open_at_some_day_of_the_period(tiny_engine: Engine) -> None:
    cases = queries.load_cases(tiny_engine, [1], PERIOD_START, PERIOD_END)
    assert sorted(cases["code"]) == ["TD-001", "TD-002", "TD-003", "TD-004", "TD-006"]
    assert cases.set_index("code").loc["TD-001", "area_code"] == "BU99910101"


def test_a_case_closed_on_the_first_day_still_counts(tiny_engine: Engine) -> None:
    cases = queries.load_cases(tiny_engine, [1], D(2024, 6, 30), D(2024, 12, 31))
    assert list(cases["code"]) == ["TD-005"]


def test_cases_of_another_team_never_leak_in(tiny_engine: Engine) -> None:
    cases = queries.load_cases(tiny_engine, [2], PERIOD_START, PERIOD_END)
    assert list(cases["code"]) == ["VS-101"]


def test_assignments_overlapping_the_period_carry_member_education(tiny_engine: Engine) -> None:
    assignments = queries.load_assignments(tiny_engine, [1], PERIOD_START, PERIOD_END)
    assert sorted(assignments["assignment_id"]) == [1, 2, 3, 4, 5, 6, 7, 9, 10]
    levels = assignments.set_index("assignment_id")["education_level"]
    assert levels[2] == "hbo_bachelor"


def test_phases_give_the_whole_history_of_the_periods_cases(tiny_engine: Engine) -> None:
    phases = queries.load_phases(tiny_engine, [1], PERIOD_START, PERIOD_END)
    assert sorted(phases["phase_id"]) == [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    assert phases["ended_on"].isna().sum() == 4


def test_areas_of_a_municipality_with_parent_codes(tiny_engine: Engine) -> None:
    areas = queries.load_areas(tiny_engine, [1])
    assert list(areas["area_code"]) == ["BU99910101", "BU99910102", "WK999101"]
    assert areas.set_index("area_code").loc["BU99910101", "parent_code"] == "WK999101"


def test_population_takes_newest_year_and_prefers_real_figures(tiny_engine: Engine) -> None:
    with tiny_engine.begin() as conn:
        conn.execute(
            insert(PopulationEducation),
            [
                {
                    "region_code": "GM9991",
                    "region_name": "Testdorp",
                    "region_kind": "gemeente",
                    "year": 2024,
                    "low": 10,
                    "middle": 20,
                    "high": 30,
                    "source": "fictief",
                    "status": "fictief",
                },
                {
                    "region_code": "GM9991",
                    "region_name": "Testdorp",
                    "region_kind": "gemeente",
                    "year": 2024,
                    "low": 40,
                    "middle": 50,
                    "high": 60,
                    "source": "CBS 85984NED",
                    "status": "voorlopig",
                },
            ],
        )
    population = queries.load_population(tiny_engine, ["GM9991", "NL01"]).set_index("region_code")
    assert population.loc["GM9991", "low"] == 40
    assert population.loc["GM9991", "source"] == "CBS 85984NED"
    assert population.loc["NL01", "year"] == 2020
    older = queries.load_population(tiny_engine, ["GM9991"], year=2023)
    assert older.loc[0, "low"] == 300
