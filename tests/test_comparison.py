"""The comparison table (one row per team) on the tiny fixture, worked out by hand, and the SQL
aggregates checked against the per-team pandas analyses on the sample data.

Period 2026-01-01 t/m 2026-06-30 (181 days). From tests/fixture_data.py:

Testteam (Testdorp, population 300/500/200 -> 0.3/0.5/0.2)
  members on 30 June: Anna mbo4 1.0, Bram hbo 0.8, Carla hbo 1.0, Eva none 0.2, Frank unknown 0.2
  -> headcount 5, FTE 3.2; laag 1, middelbaar 1, hoog 2 of 4 known -> 0.25/0.25/0.50, D = 0.30;
  mbo 1/5 = 0.2, hbo 2/5 = 0.4. Dirk (mbo3, 0.5) left on 31 March (90 days in the period).
  cases in period: TD-001, TD-002, TD-003, TD-004, TD-006 = 5 (TD-005 closed in 2024);
  closed in period: TD-002 (zelfredzaam) -> escalation 0/1.
  duo types on the reference day: TD-001 Anna+Bram mbo-hbo, TD-002 Carla solo, TD-003 Anna solo
  (Dirk left), TD-004 Anna+Carla mbo-hbo, TD-006 Anna+Eva duo met overig
  -> in duo 3/5 = 0.6, tandem 2/5 = 0.4.
  open on 30 June by phase: TD-001 begeleiding, TD-003 begeleiding, TD-004 toeleiding,
  TD-006 waakvlam -> 1/2/0/1 of 4.
  member-cases: Anna 4 (001, 003, 004, 006), Bram 1, Carla 2 (002, 004), Dirk 1 (003),
  Eva 1 (006), Frank 0 = 9; effective FTE 3.2 + 0.5·90/181 -> 9 / 3.4486 = 2.61 per FTE.
Team Vergelijk (Vergelijkstad, 100/100/200 -> 0.25/0.25/0.50)
  Gert mbo4 1.0, Hanna hbo_master 1.0 -> 0/0.5/0.5, D = ½(0.25 + 0.25 + 0) = 0.25;
  one case VS-101 (open, Gert regie + Hanna begeleiding: tandem, toeleiding); nothing closed;
  member-cases 2 / 2.0 FTE = 1.0.
Nederland: 3,663,210 / 5,505,600 / 4,100,340 -> 0.276 / 0.415 / 0.309.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine

from analysis.comparison import (
    comparison_table,
    long_mix,
    netherlands_shares,
    sort_table,
    team_labels,
)
from analysis.duos import DUO_TYPES, case_duo_types, duo_mix
from analysis.phases import PHASES, open_cases_by_phase
from analysis.pilots import pilot_summary, regie_by_education
from analysis.representation import dissimilarity
from analysis.workload import caseload_per_fte
from data_model import comparison_queries as cq
from data_model import queries
from data_model.bulk import insert_dataset
from data_model.store import open_store
from sample_data.dataset import build_dataset
from tests.fixture_data import PERIOD_END, PERIOD_START
from ui.comparison import default_teams, mask_small_counts
from ui.filters import Filters

TEAMS = [1, 2]
TESTTEAM, VERGELIJK = 0, 1  # row positions in team order


def table_for(engine: Engine, team_ids: list[int], start: dt.date, end: dt.date) -> pd.DataFrame:
    teams = queries.load_teams(engine)
    teams = teams[teams["team_id"].isin(team_ids)].sort_values("team_id")
    population = queries.load_population(engine, (*teams["municipality_code"], "NL01"))
    reads = cq.load_comparison_reads(engine, team_ids, start, end)  # as the page reads them
    return comparison_table(
        teams=teams,
        members=reads.members,
        case_counts=reads.case_counts,
        duo_counts=reads.duo_counts,
        phase_counts=reads.phase_counts,
        member_cases=reads.member_cases,
        population=population,
        start=pd.Timestamp(start),
        end=pd.Timestamp(end),
    )


@pytest.fixture
def tiny_table(tiny_engine: Engine) -> pd.DataFrame:
    return table_for(tiny_engine, TEAMS, PERIOD_START, PERIOD_END)


# --- The hand-worked comparison table ------------------------------------------------------------


def test_one_row_per_team_labelled_by_municipality(tiny_table: pd.DataFrame) -> None:
    assert tiny_table["label"].to_list() == ["Testdorp", "Vergelijkstad"]
    assert tiny_table["team_name"].to_list() == ["Testteam", "Team Vergelijk"]


def test_team_size_and_education_mix_on_the_period_end(tiny_table: pd.DataFrame) -> None:
    test, other = tiny_table.iloc[TESTTEAM], tiny_table.iloc[VERGELIJK]
    assert (test["headcount"], test["fte"]) == (5, pytest.approx(3.2))
    assert [test["team_laag"], test["team_middelbaar"], test["team_hoog"]] == [0.25, 0.25, 0.5]
    assert (test["mbo_share"], test["hbo_share"]) == (pytest.approx(0.2), pytest.approx(0.4))
    assert (other["headcount"], other["fte"]) == (2, pytest.approx(2.0))
    assert [other["team_laag"], other["team_middelbaar"], other["team_hoog"]] == [0, 0.5, 0.5]


def test_population_shares_and_dissimilarity_per_municipality(tiny_table: pd.DataFrame) -> None:
    test, other = tiny_table.iloc[TESTTEAM], tiny_table.iloc[VERGELIJK]
    assert [test["pop_laag"], test["pop_middelbaar"], test["pop_hoog"]] == pytest.approx(
        [0.3, 0.5, 0.2]
    )
    assert test["dissimilarity"] == pytest.approx(0.30)
    assert [other["pop_laag"], other["pop_middelbaar"], other["pop_hoog"]] == pytest.approx(
        [0.25, 0.25, 0.5]
    )
    assert other["dissimilarity"] == pytest.approx(0.25)
    assert test["population_fictional"] and test["population_year"] == 2023


def test_duo_mix_and_tandem_share_per_team(tiny_table: pd.DataFrame) -> None:
    test, other = tiny_table.iloc[TESTTEAM], tiny_table.iloc[VERGELIJK]
    assert (test["cases"], test["n_duo"], test["n_tandem"]) == (5, 3, 2)
    assert (test["duo_share"], test["tandem_share"]) == (pytest.approx(0.6), pytest.approx(0.4))
    assert (other["cases"], other["tandem_share"]) == (1, 1.0)


def test_phase_mix_of_open_cases_on_the_period_end(tiny_table: pd.DataFrame) -> None:
    test, other = tiny_table.iloc[TESTTEAM], tiny_table.iloc[VERGELIJK]
    assert test["open_with_phase"] == 4
    assert [test[f"share_{phase}"] for phase in PHASES] == [0.25, 0.5, 0.0, 0.25]
    assert [other[f"n_{phase}"] for phase in PHASES] == [1, 0, 0, 0]


def test_escalation_rate_of_closed_cases_with_wilson_interval(tiny_table: pd.DataFrame) -> None:
    test, other = tiny_table.iloc[TESTTEAM], tiny_table.iloc[VERGELIJK]
    # Testteam: 0 of 1 closed escalated; Wilson upper bound z²/(1 + z²) = 3.8415/4.8415 = 0.7935
    assert (test["closed"], test["escalated"], test["escalation_rate"]) == (1, 0, 0.0)
    assert test["escalation_high"] == pytest.approx(0.7935, abs=1e-4)
    # Team Vergelijk closed nothing: no rate.
    assert other["closed"] == 0 and math.isnan(other["escalation_rate"])


def test_caseload_per_fte_weighs_fte_by_presence_in_the_period(tiny_table: pd.DataFrame) -> None:
    test, other = tiny_table.iloc[TESTTEAM], tiny_table.iloc[VERGELIJK]
    assert test["member_cases"] == 9
    assert test["effective_fte"] == pytest.approx(3.2 + 0.5 * 90 / 181)
    assert test["caseload_per_fte"] == pytest.approx(9 / (3.2 + 0.5 * 90 / 181))
    assert round(test["caseload_per_fte"], 2) == 2.61
    assert other["caseload_per_fte"] == pytest.approx(1.0)


def test_nederland_benchmark_shares(tiny_engine: Engine) -> None:
    population = queries.load_population(tiny_engine, ("NL01",))
    assert netherlands_shares(population).round(3).to_list() == [0.276, 0.415, 0.309]


def test_nederland_benchmark_without_figures_is_unknown_not_an_error(tiny_engine: Engine) -> None:
    assert netherlands_shares(queries.load_population(tiny_engine, ("GM9991",))).isna().all()


def test_choosing_one_team_gives_only_that_teams_row(tiny_engine: Engine) -> None:
    table = table_for(tiny_engine, [2], PERIOD_START, PERIOD_END)
    assert table["label"].to_list() == ["Vergelijkstad"]
    assert table["cases"].to_list() == [1]


def test_another_period_changes_the_figures(tiny_engine: Engine) -> None:
    # 1-31 January 2026: Dirk is still in the team (6 on 31 Jan; mbo3 -> middelbaar 2 of 5).
    table = table_for(tiny_engine, TEAMS, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    test = table.iloc[TESTTEAM]
    assert test["headcount"] == 6
    assert test["team_middelbaar"] == pytest.approx(0.4)
    # TD-001, TD-003 (opened 15 Jan) and TD-006 were open in January.
    assert test["cases"] == 3


def test_teams_without_members_or_cases_get_zero_counts_and_no_shares(
    empty_engine: Engine,
) -> None:
    insert_dataset(
        empty_engine,
        {
            "municipality": [{"id": 1, "cbs_code": "GM9999", "name": "Leegdorp"}],
            "team": [{"id": 1, "municipality_id": 1, "name": "Leeg team", "founded_on": None}],
        },
    )
    row = table_for(empty_engine, [1], PERIOD_START, PERIOD_END).iloc[0]
    assert (row["headcount"], row["cases"], row["member_cases"]) == (0, 0, 0)
    assert math.isnan(row["team_hoog"]) and math.isnan(row["dissimilarity"])
    assert math.isnan(row["pop_hoog"]) and math.isnan(row["caseload_per_fte"])


def test_escalations_count_only_cases_closed_within_the_period(tiny_engine: Engine) -> None:
    def case(id_: int, opened: dt.date, closed: dt.date, outcome: str) -> dict:
        return {
            "id": id_,
            "team_id": 2,
            "code": f"VS-{id_}",
            "target_group": "volwassene",
            "complexity": "enkelvoudig",
            "opened_on": opened,
            "closed_on": closed,
            "outcome": outcome,
        }

    d = dt.date
    insert_dataset(
        tiny_engine,
        {
            "case": [
                case(201, d(2025, 11, 1), d(2026, 2, 1), "opgeschaald"),  # closed in period
                case(202, d(2026, 1, 5), d(2026, 3, 1), "zelfredzaam"),  # closed in period
                case(203, d(2026, 2, 1), d(2026, 7, 10), "opgeschaald"),  # closed after
                case(204, d(2025, 1, 1), d(2025, 12, 31), "opgeschaald"),  # before the period
            ]
        },
    )
    other = table_for(tiny_engine, TEAMS, PERIOD_START, PERIOD_END).iloc[VERGELIJK]
    # cases: VS-101, 201, 202, 203 = 4; closed 201, 202; escalated 201 -> 1/2
    assert (other["cases"], other["closed"], other["escalated"]) == (4, 2, 1)
    assert other["escalation_rate"] == pytest.approx(0.5)


# --- Sorting, labels, long mixes, small numbers --------------------------------------------------


def test_sorting_on_dissimilarity_descending_puts_testdorp_first(tiny_table: pd.DataFrame) -> None:
    assert sort_table(tiny_table, "dissimilarity", True)["label"].to_list() == [
        "Testdorp",
        "Vergelijkstad",
    ]
    assert sort_table(tiny_table, "dissimilarity", False)["label"].to_list() == [
        "Vergelijkstad",
        "Testdorp",
    ]


def test_sorting_puts_missing_values_last_either_way(tiny_table: pd.DataFrame) -> None:
    # Vergelijkstad has no escalation rate (nothing closed).
    for descending in (True, False):
        ordered = sort_table(tiny_table, "escalation_rate", descending)
        assert ordered["label"].to_list()[-1] == "Vergelijkstad"


def test_sorting_on_the_label_itself(tiny_table: pd.DataFrame) -> None:
    assert sort_table(tiny_table, "label", True)["label"].to_list() == [
        "Vergelijkstad",
        "Testdorp",
    ]


def test_two_teams_in_one_municipality_get_the_team_in_their_label() -> None:
    teams = pd.DataFrame(
        {
            "municipality_name": ["Gorinchem", "Gorinchem", "Sliedrecht"],
            "team_name": ["Noord", "Zuid", "Sociaal Team"],
        }
    )
    assert team_labels(teams).to_list() == ["Gorinchem · Noord", "Gorinchem · Zuid", "Sliedrecht"]


def test_long_duo_mix_follows_the_table_order(tiny_engine: Engine) -> None:
    table = sort_table(table_for(tiny_engine, TEAMS, PERIOD_START, PERIOD_END), "label", True)
    counts = cq.load_duo_type_counts(tiny_engine, TEAMS, PERIOD_START, PERIOD_END)
    mix = long_mix(table, counts, "duo_type", DUO_TYPES)
    assert mix["label"].drop_duplicates().to_list() == ["Vergelijkstad", "Testdorp"]
    shares = mix.set_index(["label", "duo_type"])["share"]
    assert shares["Testdorp", "mbo-hbo"] == pytest.approx(0.4)
    assert shares["Testdorp", "duo met overig"] == pytest.approx(0.2)
    assert shares["Vergelijkstad", "mbo-hbo"] == pytest.approx(1.0)


def test_presentation_mode_hides_shares_resting_on_fewer_than_five(
    tiny_table: pd.DataFrame,
) -> None:
    masked = mask_small_counts(tiny_table, presentation=True)
    test = masked.iloc[TESTTEAM]
    # tandem share rests on 2 tandems, hoog on 2 people, D on 4 known people: hidden
    assert math.isnan(test["tandem_share"]) and math.isnan(test["team_hoog"])
    assert math.isnan(test["dissimilarity"])
    # a share of 0 rests on no one: it stays; population shares are never hidden
    assert test["share_uitstroom"] == 0.0
    assert test["pop_hoog"] == pytest.approx(0.2)
    # member-cases 9: caseload per FTE stays
    assert test["caseload_per_fte"] == pytest.approx(tiny_table.iloc[TESTTEAM]["caseload_per_fte"])
    assert mask_small_counts(tiny_table, presentation=False).equals(tiny_table)


# --- SQL aggregates agree with the per-team analyses ---------------------------------------------


@pytest.fixture(scope="module")
def sample_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path = Path(tmp_path_factory.mktemp("sample")) / "sample.db"
    engine = open_store(f"sqlite:///{path}").engine
    insert_dataset(engine, build_dataset(seed=2015, as_of=dt.date(2025, 6, 30)))
    return engine


PERIODS = [
    (dt.date(2024, 7, 1), dt.date(2025, 6, 30)),
    (dt.date(2021, 1, 1), dt.date(2023, 12, 31)),
    (dt.date(2023, 3, 1), dt.date(2023, 3, 31)),
]


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_sql_aggregates_match_the_team_analyses_for_every_sample_team(
    sample_engine: Engine, start: dt.date, end: dt.date
) -> None:
    team_ids = [int(t) for t in queries.load_teams(sample_engine)["team_id"]]
    table = table_for(sample_engine, team_ids, start, end).set_index("team_id")
    duo = cq.load_duo_type_counts(sample_engine, team_ids, start, end)
    phases_at_end = cq.load_open_phase_counts(sample_engine, team_ids, end)
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    for team in team_ids:
        cases = queries.load_cases(sample_engine, [team], start, end)
        assignments = queries.load_assignments(sample_engine, [team], start, end)
        phases = queries.load_phases(sample_engine, [team], start, end)
        members = queries.load_members(sample_engine, [team])
        expected_duo = duo_mix(case_duo_types(cases, assignments, first, last))
        got_duo = duo[duo["team_id"] == team].set_index("duo_type")["cases"]
        assert got_duo.reindex(list(DUO_TYPES), fill_value=0).to_list() == (
            expected_duo["cases"].to_list()
        )
        expected_phase = open_cases_by_phase(cases, phases, last)
        got_phase = phases_at_end[phases_at_end["team_id"] == team].set_index("phase")["cases"]
        assert got_phase.reindex(list(PHASES), fill_value=0).to_list() == (expected_phase.to_list())
        workload = caseload_per_fte(assignments, members, first, last)
        assert table.loc[team, "member_cases"] == workload["member_cases"].sum()
        assert table.loc[team, "effective_fte"] == pytest.approx(workload["fte"].sum())
        summary = pilot_summary(cases, first, last)
        assert table.loc[team, "cases"] == summary["cases"].sum() == len(cases)
        assert table.loc[team, "closed"] == summary["closed"].sum()
        assert table.loc[team, "escalated"] == summary["escalated"].sum()
        groups = ["laag", "middelbaar", "hoog"]
        expected_d = dissimilarity(
            table.loc[team, [f"team_{g}" for g in groups]].set_axis(groups).astype(float),
            table.loc[team, [f"pop_{g}" for g in groups]].set_axis(groups).astype(float),
        )
        assert table.loc[team, "dissimilarity"] == pytest.approx(expected_d)


def test_sample_data_shows_mbo_regie_in_the_verwarde_personen_pilot(
    sample_engine: Engine,
) -> None:
    """The study's finding must be visible: an mbo'er held the regierol in that pilot."""
    start, end = dt.date(2021, 1, 1), dt.date(2023, 12, 31)
    team = int(
        queries.load_teams(sample_engine).query("municipality_code == 'GM0523'")["team_id"].iloc[0]
    )
    cases = queries.load_cases(sample_engine, [team], start, end)
    assignments = queries.load_assignments(sample_engine, [team], start, end)
    regie = regie_by_education(cases, assignments, pd.Timestamp(start), pd.Timestamp(end))
    shares = regie.set_index(["group", "education_group"])["share"]
    assert shares["verwarde_personen", "mbo"] > 0.8
    assert shares["verwarde_personen", "mbo"] > shares["geen", "mbo"] + 0.3


def _filters_for(municipality_id: int, team_id: int) -> Filters:
    return Filters(
        url="sqlite://",
        municipality_id=municipality_id,
        municipality_name=f"Gemeente {municipality_id}",
        municipality_code=f"GM{municipality_id:04d}",
        team_id=team_id,
        team_name=f"Team {team_id}",
        start=PERIOD_START,
        end=PERIOD_END,
        presentation=False,
    )


def test_by_default_all_teams_are_compared_when_there_are_few() -> None:
    teams = pd.DataFrame({"team_id": [1, 2, 3], "municipality_id": [1, 2, 3]})
    assert default_teams(teams, _filters_for(2, 2)) == [1, 2, 3]


def test_by_default_only_the_current_municipality_when_there_are_many_teams() -> None:
    # 12 teams in 10 municipalities; the current municipality 4 has teams 4 and 11.
    teams = pd.DataFrame({"team_id": list(range(1, 13)), "municipality_id": [*range(1, 11), 4, 7]})
    assert default_teams(teams, _filters_for(4, 11)) == [4, 11]
