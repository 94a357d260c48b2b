"""The national-size generator: right shape at every size, deterministic, and valid data.

The full national run (500,000 cases) is for the benchmark; these tests use small factors.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import Engine

from data_model import queries
from data_model.bulk import insert_columns, insert_dataset, row_counts
from data_model.meta import holds_sample_data
from data_model.store import open_store
from sample_data.dataset import NATIONAL_SCALE, SCALE_NAMES, populate_scale
from sample_data.national import NATIONAL, Tables, build_national, populate_national
from tests.fixture_data import PERIOD_END, PERIOD_START, tiny_dataset

PROJECT_ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 6, 30)
FACTOR = 0.01  # 4 municipalities, 5,000 cases


@pytest.fixture(scope="module")
def tables() -> Tables:
    return build_national(2015, AS_OF, NATIONAL.scaled(FACTOR))


@pytest.fixture(scope="module")
def frames(tables: Tables) -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame(columns) for name, columns in tables.items()}


def _days(column: pd.Series) -> pd.Series:
    return pd.to_datetime(column)


# --- size and shape -----------------------------------------------------------------------------


def test_national_size_is_all_dutch_wijkteams_together() -> None:
    assert (NATIONAL.municipalities, NATIONAL.teams) == (350, 400)
    assert (NATIONAL.members, NATIONAL.cases) == (8_000, 500_000)


def test_a_tiny_factor_keeps_at_least_two_municipalities_and_a_team_each() -> None:
    tiny = NATIONAL.scaled(0.002)
    assert tiny.municipalities == 2 and tiny.teams == 2
    assert tiny.members >= 8 * tiny.teams and tiny.cases >= 100 * tiny.teams


def test_a_non_positive_factor_is_refused() -> None:
    with pytest.raises(ValueError):
        NATIONAL.scaled(0)


def test_table_sizes_follow_the_requested_size(frames: dict[str, pd.DataFrame]) -> None:
    size = NATIONAL.scaled(FACTOR)
    assert len(frames["municipality"]) == size.municipalities
    assert len(frames["team"]) == size.teams
    assert len(frames["member"]) == size.members
    assert len(frames["case"]) == size.cases


def test_assignments_and_phases_per_case_match_the_national_proportions(
    frames: dict[str, pd.DataFrame],
) -> None:
    """National: 500,000 cases, about 1.2 million assignments and 1.5 million phase periods."""
    cases = len(frames["case"])
    assert 2.25 <= len(frames["assignment"]) / cases <= 2.55
    assert 2.8 <= len(frames["phase_period"]) / cases <= 3.1


def test_wijken_and_buurten_per_municipality_are_like_the_cbs_map(
    frames: dict[str, pd.DataFrame],
) -> None:
    """Nederland: ~3,300 wijken and ~14,000 buurten in ~350 municipalities."""
    kinds = frames["area"].groupby("kind").size() / len(frames["municipality"])
    assert 2 <= kinds["wijk"] <= 25
    assert 2 <= kinds["buurt"] / kinds["wijk"] <= 7


def test_every_team_has_members_and_cases_in_proportion(frames: dict[str, pd.DataFrame]) -> None:
    members = frames["member"].groupby("team_id").size()
    cases = frames["case"].groupby("team_id").size()
    assert members.min() >= 6
    per_member = cases / members
    assert per_member.between(0.5 * per_member.median(), 2 * per_member.median()).all()


# --- determinism --------------------------------------------------------------------------------


def test_same_seed_gives_the_same_rows(tables: Tables) -> None:
    again = build_national(2015, AS_OF, NATIONAL.scaled(FACTOR))
    for name, columns in tables.items():
        for column, values in columns.items():
            assert list(values) == list(again[name][column]), (name, column)


def test_another_seed_gives_other_cases(tables: Tables) -> None:
    other = build_national(16, AS_OF, NATIONAL.scaled(FACTOR))
    assert list(other["case"]["opened_on"]) != list(tables["case"]["opened_on"])


# --- invariants the database also checks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "start", "end"),
    [
        ("member", "started_on", "ended_on"),
        ("case", "opened_on", "closed_on"),
        ("assignment", "started_on", "ended_on"),
        ("phase_period", "started_on", "ended_on"),
    ],
)
def test_every_end_is_on_or_after_its_start(
    frames: dict[str, pd.DataFrame], table: str, start: str, end: str
) -> None:
    rows = frames[table]
    ends = _days(rows[end])
    assert (ends.isna() | (ends >= _days(rows[start]))).all()


def test_outcome_matches_whether_the_case_is_closed(frames: dict[str, pd.DataFrame]) -> None:
    cases = frames["case"]
    open_ = cases["closed_on"].isna()
    assert cases.loc[open_, "outcome"].isin(["lopend", "waakvlam"]).all()
    assert (cases.loc[~open_, "outcome"] != "lopend").all()
    assert set(cases["outcome"]) >= {"lopend", "zelfredzaam", "opgeschaald"}


def test_members_have_valid_fte_and_dated_registrations(frames: dict[str, pd.DataFrame]) -> None:
    members = frames["member"]
    assert members["fte"].between(0, 1.5, inclusive="right").all()
    registered = members["registration"] != "geen"
    assert members.loc[registered, "registration_valid_until"].notna().all()
    assert set(members["registration"]) == {"geen", "skj", "big"}
    assert (members["years_experience"] >= 0).all()


def test_codes_are_unique_per_team(frames: dict[str, pd.DataFrame]) -> None:
    assert not frames["member"].duplicated(["team_id", "pseudonym"]).any()
    assert not frames["case"].duplicated(["team_id", "code"]).any()
    assert not frames["team"].duplicated(["municipality_id", "name"]).any()


def test_cbs_codes_have_the_right_form_and_are_unique(frames: dict[str, pd.DataFrame]) -> None:
    municipalities, areas = frames["municipality"], frames["area"]
    assert municipalities["cbs_code"].str.fullmatch(r"GM\d{4}").all()
    wijken = areas[areas["kind"] == "wijk"]
    buurten = areas[areas["kind"] == "buurt"]
    assert wijken["cbs_code"].str.fullmatch(r"WK\d{6}").all()
    assert buurten["cbs_code"].str.fullmatch(r"BU\d{8}").all()
    assert municipalities["cbs_code"].is_unique and areas["cbs_code"].is_unique


def test_buurten_lie_in_a_wijk_of_their_own_municipality(frames: dict[str, pd.DataFrame]) -> None:
    areas = frames["area"].set_index("id")
    buurten = areas[areas["kind"] == "buurt"]
    parents = areas.loc[buurten["parent_id"].astype(int)]
    assert (parents["kind"] == "wijk").all()
    assert (parents["municipality_id"].to_numpy() == buurten["municipality_id"].to_numpy()).all()
    assert areas.loc[areas["kind"] == "wijk", "parent_id"].isna().all()
    assert (buurten["cbs_code"].str[2:8].to_numpy() == parents["cbs_code"].str[2:].to_numpy()).all()


def test_every_municipality_wijk_and_buurt_has_population_each_year(
    frames: dict[str, pd.DataFrame],
) -> None:
    population = frames["population_education"]
    regions = set(frames["municipality"]["cbs_code"]) | set(frames["area"]["cbs_code"])
    for year in NATIONAL.population_years:
        assert set(population.loc[population["year"] == year, "region_code"]) == regions
    reference = population[population["region_code"] == "NL01"]
    assert list(reference["status"]) == ["definitief"]
    fictional = population[population["region_code"] != "NL01"]
    assert (fictional["status"] == "fictief").all()
    assert (fictional[["low", "middle", "high"]] % 10 == 0).all().all()


def test_wijk_and_municipality_counts_are_sums_of_their_buurten(
    frames: dict[str, pd.DataFrame],
) -> None:
    population = frames["population_education"].set_index(["region_code", "year"])
    areas = frames["area"].set_index("id")
    buurten = areas[areas["kind"] == "buurt"]
    year = max(NATIONAL.population_years)
    wijk_codes = areas.loc[buurten["parent_id"].astype(int), "cbs_code"].to_numpy()
    counts = population.xs(year, level="year").loc[buurten["cbs_code"], ["low", "middle", "high"]]
    sums = counts.groupby(wijk_codes).sum()
    assert (population.xs(year, level="year").loc[sums.index, sums.columns] == sums).all().all()
    first = frames["municipality"].iloc[0]
    own = areas[(areas["kind"] == "wijk") & (areas["municipality_id"] == first["id"])]
    wijk_total = population.xs(year, level="year").loc[own["cbs_code"], "low"].sum()
    assert population.loc[(first["cbs_code"], year), "low"] == wijk_total


# --- cases, phases and who works on them ----------------------------------------------------------


def test_phases_are_contiguous_ordered_and_span_the_case(frames: dict[str, pd.DataFrame]) -> None:
    order = {"toeleiding": 0, "begeleiding": 1, "uitstroom": 2, "waakvlam": 3}
    phases = frames["phase_period"].assign(rank=lambda f: f["phase"].map(order))
    phases = phases.sort_values(["case_id", "rank"])
    cases = frames["case"].set_index("id")
    first = phases.groupby("case_id").head(1).set_index("case_id")
    last = phases.groupby("case_id").tail(1).set_index("case_id")  # .last() would skip None
    assert len(first) == len(cases)
    assert (first["phase"] == "toeleiding").all()
    assert (_days(first["started_on"]) == _days(cases.loc[first.index, "opened_on"])).all()
    closed = cases.loc[last.index, "closed_on"]
    assert (_days(last["ended_on"]).isna() == closed.isna()).all()
    assert (_days(last["ended_on"]).dropna() == _days(closed).dropna()).all()
    following = phases.groupby("case_id").shift(-1).dropna(subset=["started_on"])
    before = phases.loc[following.index]
    assert (following["rank"] == before["rank"] + 1).all()
    gap = _days(following["started_on"]) - _days(before["ended_on"])
    assert (gap == pd.Timedelta(days=1)).all()


def test_assignments_lie_within_case_and_membership(frames: dict[str, pd.DataFrame]) -> None:
    assignments = frames["assignment"]
    cases = frames["case"].set_index("id").loc[assignments["case_id"]]
    members = frames["member"].set_index("id").loc[assignments["member_id"]]
    start, end = _days(assignments["started_on"]), _days(assignments["ended_on"])
    far = pd.Timestamp("2200-01-01")
    assert (start.to_numpy() >= _days(cases["opened_on"]).to_numpy()).all()
    assert (start.to_numpy() >= _days(members["started_on"]).to_numpy()).all()
    assert (end.fillna(far).to_numpy() <= _days(cases["closed_on"]).fillna(far).to_numpy()).all()
    assert (end.fillna(far).to_numpy() <= _days(members["ended_on"]).fillna(far).to_numpy()).all()
    assert (cases["team_id"].to_numpy() == members["team_id"].to_numpy()).all()


def test_every_case_has_a_regierol_and_most_have_a_duo(frames: dict[str, pd.DataFrame]) -> None:
    assignments = frames["assignment"]
    leads = assignments.loc[assignments["role"] == "regie", "case_id"]
    assert set(leads) == set(frames["case"]["id"])
    workers = assignments[assignments["role"] != "consult"].groupby("case_id")["member_id"]
    share_solo = (workers.nunique() == 1).mean()
    assert 0.2 <= share_solo <= 0.45


def test_case_mix_follows_the_regional_rules(frames: dict[str, pd.DataFrame]) -> None:
    cases = frames["case"]
    youth = cases[cases["target_group"] == "jeugd"]
    assert 0.3 <= (youth["risk_flags"] != "").mean() <= 0.5
    assert set(cases["pilot"]) == {"geen", "verwarde_personen", "waakvlam"}
    waakvlam_cases = set(frames["phase_period"].query("phase == 'waakvlam'")["case_id"])
    assert waakvlam_cases <= set(cases.loc[cases["pilot"] == "waakvlam", "id"])
    pattern = re.compile(r"^T\d{3}-(\d{4})-\d{5}$")
    years = cases["code"].map(lambda code: int(pattern.match(code).group(1)))  # type: ignore[union-attr]
    assert (years == _days(cases["opened_on"]).dt.year).all()


# --- into a store --------------------------------------------------------------------------------


def test_populate_fills_an_empty_store_marks_it_fictional_and_reads_back(store_url: str) -> None:
    engine = open_store(store_url).engine
    size = NATIONAL.scaled(0.002)
    counts = populate_national(engine, 2015, AS_OF, size)
    assert row_counts(engine) == counts
    assert counts["case"] == size.cases
    assert holds_sample_data(engine)
    team = int(queries.load_teams(engine)["team_id"].iloc[0])
    cases = queries.load_cases(engine, [team], AS_OF - dt.timedelta(days=364), AS_OF)
    assert len(cases) > 50 and cases["code"].str.startswith("T0").all()
    engine.dispose()


def test_populate_refuses_a_store_with_data(tiny_engine: Engine) -> None:
    from sample_data.dataset import StoreNotEmptyError

    before = row_counts(tiny_engine)
    with pytest.raises(StoreNotEmptyError):
        populate_national(tiny_engine, 2015, AS_OF, NATIONAL.scaled(0.002))
    assert row_counts(tiny_engine) == before


def test_insert_columns_stores_what_insert_dataset_stores(tmp_path: Path) -> None:
    rows = tiny_dataset()
    by_rows = open_store(f"sqlite:///{tmp_path / 'rows.db'}").engine
    by_columns = open_store(f"sqlite:///{tmp_path / 'columns.db'}").engine
    insert_dataset(by_rows, rows)
    columns = {
        name: {key: np.array([row[key] for row in table], dtype=object) for key in table[0]}
        for name, table in rows.items()
        if table
    }
    insert_columns(by_columns, columns)
    for load in (queries.load_cases, queries.load_assignments, queries.load_phases):
        expected = load(by_rows, [1, 2], PERIOD_START, PERIOD_END)
        pd.testing.assert_frame_equal(load(by_columns, [1, 2], PERIOD_START, PERIOD_END), expected)
    pd.testing.assert_frame_equal(
        queries.load_members(by_columns, [1, 2]), queries.load_members(by_rows, [1, 2])
    )


def test_insert_columns_refuses_columns_of_different_length(empty_engine: Engine) -> None:
    with pytest.raises(ValueError):
        insert_columns(empty_engine, {"municipality": {"id": [1, 2], "cbs_code": ["GM0001"]}})
    assert row_counts(empty_engine)["municipality"] == 0


def test_scale_names_include_national() -> None:
    assert NATIONAL_SCALE in SCALE_NAMES and "regio" in SCALE_NAMES
    with pytest.raises(ValueError):
        populate_scale(None, "regio", factor=0.5)  # type: ignore[arg-type]


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sample_data.generate", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_builds_a_small_national_store_and_refuses_a_second_time(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'national.db'}"
    first = _run_cli(
        "--db", url, "--scale", "national", "--factor", "0.002", "--as-of", "2026-06-30"
    )
    assert first.returncode == 0, first.stderr
    assert "casussen: 1000" in first.stdout
    engine = open_store(url).engine
    assert holds_sample_data(engine)
    engine.dispose()
    again = _run_cli("--db", url, "--scale", "national", "--factor", "0.002")
    assert again.returncode == 2
    assert "bevat al gegevens" in again.stderr


def test_cli_refuses_a_factor_for_the_regional_scale(tmp_path: Path) -> None:
    result = _run_cli("--db", f"sqlite:///{tmp_path / 'r.db'}", "--factor", "0.5")
    assert result.returncode == 2
    assert "--factor" in result.stderr


def test_the_benchmarks_naive_baseline_reads_exactly_what_the_queries_read(
    tmp_path: Path,
) -> None:
    """benchmarks/naive.py (whole tables, filtered in pandas) must give the same frames, or the
    benchmark would compare different work."""
    from benchmarks import naive

    engine = open_store(f"sqlite:///{tmp_path / 'national.db'}").engine
    populate_national(engine, 2015, AS_OF, NATIONAL.scaled(0.002))
    start, end = AS_OF - dt.timedelta(days=364), AS_OF
    calls = {
        "load_teams": (),
        "load_members": ([2],),
        "load_cases": ([2], start, end),
        "load_assignments": ([2], start, end),
        "load_phases": ([2], start, end),
        "load_areas": ([1],),
        "load_population": (["NL01", "GM9999", *queries.load_areas(engine, [2])["area_code"]],),
    }
    for name, args in calls.items():
        naive.forget_tables()
        expected = getattr(queries, name)(engine, *args)
        assert len(expected), name
        pd.testing.assert_frame_equal(getattr(naive, name)(engine, *args), expected, obj=name)
    engine.dispose()
