"""The seeded sample generator: deterministic, and its data keeps the domain's invariants."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from data_model.bulk import row_counts
from data_model.store import open_store
from sample_data import StoreNotEmptyError, build_dataset, populate

PROJECT_ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 6, 30)
HG_TEAM = "Sociaal Team Hardinxveld-Giessendam"
MBO = {"mbo1", "mbo2", "mbo3", "mbo4"}
HBO = {"hbo_ad", "hbo_bachelor", "hbo_master", "wo_bachelor", "wo_master"}
CASE_CODE = re.compile(r"^(HG|SL|GO|ML)-\d{4}-\d{4}$")
# (seed, as_of): the usual sample, another seed early in the pilots, the earliest as_of allowed.
SCENARIOS = [(2015, AS_OF), (7, dt.date(2021, 3, 15)), (2015, dt.date(2020, 1, 1))]

Dataset = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return build_dataset(2015, AS_OF)


@pytest.fixture(scope="module", params=SCENARIOS, ids=lambda s: f"seed{s[0]}-{s[1]}")
def any_sample(request: pytest.FixtureRequest) -> Dataset:
    seed, as_of = request.param
    return build_dataset(seed, as_of)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_store(f"sqlite:///{tmp_path}/t.db").engine


def _by_id(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {row["id"]: row for row in rows}


def _hg_team_id(data: Dataset) -> int:
    return next(team["id"] for team in data["team"] if team["name"] == HG_TEAM)


def _hg_cases(data: Dataset) -> list[dict[str, Any]]:
    team_id = _hg_team_id(data)
    return [case for case in data["case"] if case["team_id"] == team_id]


def _grouped(rows: list[dict[str, Any]], key: str) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def _duo_group(level: str) -> str:
    return "mbo" if level in MBO else "hbo" if level in HBO else "overig"


def _active_on(row: dict[str, Any], day: dt.date) -> bool:
    return row["started_on"] <= day and (row["ended_on"] is None or day <= row["ended_on"])


# --- determinism -------------------------------------------------------------------------------


def test_same_seed_and_as_of_give_identical_datasets() -> None:
    assert build_dataset(42, AS_OF) == build_dataset(42, AS_OF)


def test_another_seed_gives_another_dataset() -> None:
    assert build_dataset(42, AS_OF) != build_dataset(43, AS_OF)


def test_as_of_defaults_to_today() -> None:
    data = build_dataset(2015)
    assert max(case["opened_on"] for case in data["case"]) <= dt.date.today()
    assert data == build_dataset(2015, dt.date.today())


def test_as_of_before_2020_is_refused() -> None:
    with pytest.raises(ValueError):
        build_dataset(2015, dt.date(2019, 6, 1))


# --- invariants for every scenario -------------------------------------------------------------


@pytest.mark.parametrize("table", ["member", "case", "assignment", "phase_period"])
def test_every_end_date_is_on_or_after_its_start(any_sample: Dataset, table: str) -> None:
    start, end = ("opened_on", "closed_on") if table == "case" else ("started_on", "ended_on")
    for row in any_sample[table]:
        assert row[end] is None or row[end] >= row[start], row


def test_every_case_has_contiguous_ordered_phases_within_its_dates(any_sample: Dataset) -> None:
    order = ["toeleiding", "begeleiding", "uitstroom", "waakvlam"]
    phases = _grouped(any_sample["phase_period"], "case_id")
    for case in any_sample["case"]:
        periods = sorted(phases[case["id"]], key=lambda p: p["started_on"])
        assert periods, case["code"]
        assert [p["phase"] for p in periods] == order[: len(periods)]
        assert periods[0]["started_on"] == case["opened_on"]
        assert periods[-1]["ended_on"] == case["closed_on"]
        for before, after in pairwise(periods):
            assert before["ended_on"] is not None
            assert after["started_on"] == before["ended_on"] + dt.timedelta(days=1)


def test_outcome_matches_whether_the_case_is_open(any_sample: Dataset) -> None:
    for case in any_sample["case"]:
        if case["closed_on"] is None:
            assert case["outcome"] in ("lopend", "waakvlam")
        else:
            assert case["outcome"] != "lopend"


def test_assignments_lie_within_case_dates(any_sample: Dataset) -> None:
    cases = _by_id(any_sample["case"])
    for assignment in any_sample["assignment"]:
        case = cases[assignment["case_id"]]
        assert assignment["started_on"] >= case["opened_on"]
        if case["closed_on"] is not None:
            assert assignment["ended_on"] is not None
            assert assignment["ended_on"] <= case["closed_on"]


def test_assignments_lie_within_the_members_membership(any_sample: Dataset) -> None:
    members = _by_id(any_sample["member"])
    for assignment in any_sample["assignment"]:
        member = members[assignment["member_id"]]
        assert assignment["started_on"] >= member["started_on"]
        if member["ended_on"] is not None:
            assert assignment["ended_on"] is not None
            assert assignment["ended_on"] <= member["ended_on"]


def test_members_work_only_on_cases_of_their_own_team(any_sample: Dataset) -> None:
    members = _by_id(any_sample["member"])
    cases = _by_id(any_sample["case"])
    for assignment in any_sample["assignment"]:
        member_team = members[assignment["member_id"]]["team_id"]
        assert member_team == cases[assignment["case_id"]]["team_id"]


def test_every_case_has_someone_with_the_regierol(any_sample: Dataset) -> None:
    assignments = _grouped(any_sample["assignment"], "case_id")
    for case in any_sample["case"]:
        assert any(a["role"] == "regie" for a in assignments[case["id"]]), case["code"]


def test_a_leaving_member_hands_the_case_over_the_next_day(sample: Dataset) -> None:
    members = _by_id(sample["member"])
    starts = {(a["case_id"], a["role"], a["started_on"]) for a in sample["assignment"]}
    cases = _by_id(sample["case"])
    hand_overs = 0
    for a in sample["assignment"]:
        left_on = members[a["member_id"]]["ended_on"]
        closed_on = cases[a["case_id"]]["closed_on"]
        if a["role"] == "consult" or left_on is None or a["ended_on"] != left_on:
            continue
        if closed_on is None or closed_on > left_on:
            next_day = left_on + dt.timedelta(days=1)
            hand_overs += (a["case_id"], a["role"], next_day) in starts
    assert hand_overs >= 10


def test_case_codes_are_unique_per_team_and_carry_no_names(any_sample: Dataset) -> None:
    codes = Counter((case["team_id"], case["code"]) for case in any_sample["case"])
    assert max(codes.values()) == 1
    name_parts = {
        part.lower() for member in any_sample["member"] for part in member["display_name"].split()
    }
    for case in any_sample["case"]:
        assert CASE_CODE.match(case["code"]), case["code"]
        assert not any(part in case["code"].lower() for part in name_parts if len(part) > 2)


def test_pseudonyms_are_unique_per_team(any_sample: Dataset) -> None:
    pseudonyms = Counter((m["team_id"], m["pseudonym"]) for m in any_sample["member"])
    assert max(pseudonyms.values()) == 1


# --- Hardinxveld-Giessendam --------------------------------------------------------------------


def test_hardinxveld_team_has_turnover_and_at_least_ten_active_members(sample: Dataset) -> None:
    members = [m for m in sample["member"] if m["team_id"] == _hg_team_id(sample)]
    active = [m for m in members if _active_on(m, AS_OF)]
    assert 12 <= len(members) <= 18
    assert 10 <= len(active) < len(members)
    assert any(m["started_on"] > dt.date(2019, 1, 1) for m in members)


def test_hardinxveld_has_several_hundred_cases(sample: Dataset) -> None:
    assert 400 <= len(_hg_cases(sample)) <= 600


def test_both_pilots_are_present(sample: Dataset) -> None:
    cases = _hg_cases(sample)
    confused = [c for c in cases if c["pilot"] == "verwarde_personen"]
    pilot_light = [c for c in cases if c["pilot"] == "waakvlam"]
    assert 30 <= len(confused) <= 40
    assert all(dt.date(2021, 1, 1) <= c["opened_on"] <= dt.date(2023, 12, 31) for c in confused)
    assert 40 <= len(pilot_light) <= 60
    assert all(c["opened_on"] >= dt.date(2022, 1, 1) for c in pilot_light)
    with_phase = {p["case_id"] for p in sample["phase_period"] if p["phase"] == "waakvlam"}
    assert with_phase and with_phase <= {c["id"] for c in pilot_light}


def test_mbo_holds_most_regierollen_in_verwarde_personen(sample: Dataset) -> None:
    members = _by_id(sample["member"])
    confused = {c["id"] for c in sample["case"] if c["pilot"] == "verwarde_personen"}
    leads = [
        _duo_group(members[a["member_id"]]["education_level"])
        for a in sample["assignment"]
        if a["case_id"] in confused and a["role"] == "regie"
    ]
    assert leads.count("mbo") / len(leads) > 0.5


def test_mbo_does_more_toeleiding_and_waakvlam_work_than_hbo(sample: Dataset) -> None:
    members = _by_id(sample["member"])
    phases = _grouped(sample["phase_period"], "case_id")
    days: Counter[tuple[str, str]] = Counter()
    for a in sample["assignment"]:
        group = _duo_group(members[a["member_id"]]["education_level"])
        for period in phases[a["case_id"]]:
            first = max(a["started_on"], period["started_on"])
            last = min(a["ended_on"] or AS_OF, period["ended_on"] or AS_OF)
            days[(period["phase"], group)] += max(0, (last - first).days + 1)
    assert days[("toeleiding", "mbo")] > days[("toeleiding", "hbo")]
    assert days[("waakvlam", "mbo")] > 2 * days[("waakvlam", "hbo")]


def test_duo_mix_is_mostly_tandems_and_solos(sample: Dataset) -> None:
    members = _by_id(sample["member"])
    assignments = _grouped(sample["assignment"], "case_id")
    kinds: Counter[str] = Counter()
    for case in _hg_cases(sample):
        ids = {a["member_id"] for a in assignments[case["id"]] if a["role"] != "consult"}
        groups = sorted(_duo_group(members[i]["education_level"]) for i in ids)
        kinds["solo" if len(groups) == 1 else "3+" if len(groups) > 2 else "-".join(groups)] += 1
    total = sum(kinds.values())
    assert 0.35 <= kinds["hbo-mbo"] / total <= 0.55
    assert 0.20 <= kinds["solo"] / total <= 0.35
    assert kinds["hbo-hbo"] and kinds["mbo-mbo"] and kinds["3+"]


def test_one_registration_expires_soon_and_one_has_expired(sample: Dataset) -> None:
    team_id = _hg_team_id(sample)
    active = [m for m in sample["member"] if m["team_id"] == team_id and _active_on(m, AS_OF)]
    until = [m["registration_valid_until"] for m in active if m["registration"] != "geen"]
    assert sum(AS_OF <= day <= AS_OF + dt.timedelta(days=90) for day in until) == 1
    assert sum(day < AS_OF for day in until) == 1
    assert {m["registration"] for m in active} >= {"skj", "big", "geen"}


def test_risky_youth_cases_mostly_have_a_registered_member(sample: Dataset) -> None:
    members = _by_id(sample["member"])
    assignments = _grouped(sample["assignment"], "case_id")
    verdicts: Counter[str] = Counter()
    for case in _hg_cases(sample):
        if case["target_group"] != "jeugd" or not case["risk_flags"]:
            continue
        registered = any(
            members[a["member_id"]]["registration"] != "geen"
            and members[a["member_id"]]["registration_valid_until"] >= AS_OF
            for a in assignments[case["id"]]
        )
        explained = bool(case["tenzij_motivering"])
        verdicts["conform" if registered else "uitgelegd" if explained else "niet"] += 1
    assert verdicts["conform"] > 0.8 * sum(verdicts.values())
    assert verdicts["uitgelegd"] >= 1 and verdicts["uitgelegd"] + verdicts["niet"] >= 3


def test_about_forty_percent_of_youth_cases_carry_risk_flags(sample: Dataset) -> None:
    youth = [c for c in _hg_cases(sample) if c["target_group"] == "jeugd"]
    share = sum(bool(c["risk_flags"]) for c in youth) / len(youth)
    assert 0.3 <= share <= 0.5


# --- population ----------------------------------------------------------------------------------


def test_population_rows_are_fictional_except_nederland(sample: Dataset) -> None:
    for row in sample["population_education"]:
        if row["region_code"] == "NL01":
            assert (row["source"], row["status"], row["year"]) == (
                "CBS 84799NED",
                "definitief",
                2020,
            )
            assert (row["low"], row["middle"], row["high"]) == (3663210, 5505600, 4100340)
        else:
            assert (row["source"], row["status"]) == ("fictief", "fictief")
            assert all(row[key] % 10 == 0 for key in ("low", "middle", "high"))


def test_buurten_add_up_to_wijken_and_municipality(sample: Dataset) -> None:
    areas = {area["cbs_code"]: area for area in sample["area"]}
    parents = _by_id(sample["area"])
    municipalities = _by_id(sample["municipality"])
    population = {(r["region_code"], r["year"]): r for r in sample["population_education"]}
    totals: Counter[tuple[str, int, str]] = Counter()
    for (code, year), row in population.items():
        if code.startswith("BU"):
            buurt = areas[code]
            wijk = parents[buurt["parent_id"]]["cbs_code"]
            gemeente = municipalities[buurt["municipality_id"]]["cbs_code"]
            for key in ("low", "middle", "high"):
                totals[(wijk, year, key)] += row[key]
                totals[(gemeente, year, key)] += row[key]
    for (code, year, key), total in totals.items():
        assert population[(code, year)][key] == total


def test_hardinxveld_has_about_13000_residents_aged_15_to_74(sample: Dataset) -> None:
    row = next(
        r
        for r in sample["population_education"]
        if (r["region_code"], r["year"]) == ("GM0523", 2023)
    )
    total = row["low"] + row["middle"] + row["high"]
    assert 12_000 <= total <= 14_000
    assert 0.25 < row["low"] / total < 0.35 and 0.2 < row["high"] / total < 0.3


# --- the store and the command line ------------------------------------------------------------


def test_populate_fills_a_real_store_and_reports_its_counts(engine: Engine) -> None:
    counts = populate(engine, seed=2015, as_of=AS_OF)
    assert counts == row_counts(engine)
    assert counts["case"] > 1000 and counts["municipality"] == 4


def test_populate_is_fast(engine: Engine) -> None:
    started = time.perf_counter()
    populate(engine, seed=2015, as_of=AS_OF)
    assert time.perf_counter() - started < 2.0


def test_populate_refuses_a_store_with_data(engine: Engine) -> None:
    counts = populate(engine, as_of=AS_OF)
    with pytest.raises(StoreNotEmptyError):
        populate(engine, as_of=AS_OF)
    assert row_counts(engine) == counts


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sample_data.generate", *args]
    return subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)


def test_cli_fills_a_new_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/t.db"
    result = _run_cli("--db", url, "--seed", "3", "--as-of", "2025-12-31")
    assert result.returncode == 0, result.stderr
    engine = open_store(url).engine
    assert row_counts(engine) == {
        table: len(rows) for table, rows in build_dataset(3, dt.date(2025, 12, 31)).items()
    }


def test_cli_refuses_a_store_with_data(tmp_path: Path, engine: Engine) -> None:
    counts = populate(engine, as_of=AS_OF)
    result = _run_cli("--db", f"sqlite:///{tmp_path}/t.db", "--as-of", "2025-01-01")
    assert result.returncode == 2
    assert "bevat al gegevens" in result.stderr
    assert row_counts(engine) == counts


def test_cli_rejects_an_invalid_as_of_date(tmp_path: Path) -> None:
    result = _run_cli("--db", f"sqlite:///{tmp_path}/t.db", "--as-of", "30-06-2025")
    assert result.returncode == 2
    assert "geen geldige datum" in result.stderr
