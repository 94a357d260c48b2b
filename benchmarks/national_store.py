"""The national benchmark store: generated once into benchmarks/data/, described by a JSON file.

The description records how the store was made (seed, as-of date, generation time) and which
teams are the biggest in the benchmark period, so later runs reuse the store as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

BENCHMARK_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCHMARK_DIR / "data"
STORE_PATH = DATA_DIR / "national.db"
PERIOD_DAYS = 365


@dataclass(frozen=True)
class Team:
    team_id: int
    municipality_id: int
    cases_in_period: int
    members: int


@dataclass(frozen=True)
class StoreInfo:
    path: str
    seed: int
    as_of: str  # ISO date; the benchmark period is the 12 months up to it
    generation_seconds: float
    rows: dict[str, int]
    teams: list[Team]  # biggest first (cases open in the period)
    all_team_ids: list[int]

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        end = dt.date.fromisoformat(self.as_of)
        return end - dt.timedelta(days=PERIOD_DAYS - 1), end


def description_path(store: Path) -> Path:
    return store.with_suffix(".json")


def load_or_generate(store: Path, seed: int, as_of: dt.date | None) -> tuple[StoreInfo, bool]:
    """The description of an existing store, or a new store; True when it was generated now."""
    described = description_path(store)
    if store.exists() and described.exists():
        return _read_description(described), False
    for stale in (store, described, *store.parent.glob(f"{store.name}-*")):
        stale.unlink(missing_ok=True)
    return generate(store, seed, as_of or dt.date.today()), True


def generate(store: Path, seed: int, as_of: dt.date) -> StoreInfo:
    from data_model.store import open_store
    from sample_data.national import NATIONAL, build_national, insert_national

    store.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    engine = open_store(f"sqlite:///{store}").engine
    tables = build_national(seed, as_of, NATIONAL)
    rows = insert_national(engine, tables)
    engine.dispose()
    seconds = time.perf_counter() - started
    end = as_of
    start = end - dt.timedelta(days=PERIOD_DAYS - 1)
    info = StoreInfo(
        path=str(store),
        seed=seed,
        as_of=as_of.isoformat(),
        generation_seconds=round(seconds, 1),
        rows=rows,
        teams=_teams_by_size(tables, start, end),
        all_team_ids=[int(team_id) for team_id in tables["team"]["id"]],
    )
    description_path(store).write_text(json.dumps(asdict(info), indent=2))
    return info


def _teams_by_size(tables: dict, start: dt.date, end: dt.date) -> list[Team]:
    cases = tables["case"]
    opened = np.array(cases["opened_on"], dtype="datetime64[D]")
    closed = np.array([day or dt.date.max for day in cases["closed_on"]], dtype="datetime64[D]")
    in_period = (opened <= np.datetime64(end)) & (closed >= np.datetime64(start))
    team_ids = np.asarray(cases["team_id"])
    counts = np.bincount(team_ids[in_period], minlength=len(tables["team"]["id"]) + 1)
    members = np.bincount(np.asarray(tables["member"]["team_id"]), minlength=len(counts))
    municipality = dict(
        zip(tables["team"]["id"].tolist(), tables["team"]["municipality_id"].tolist(), strict=True)
    )
    order = np.argsort(-counts[1:], kind="stable") + 1
    return [Team(int(t), int(municipality[int(t)]), int(counts[t]), int(members[t])) for t in order]


def _read_description(path: Path) -> StoreInfo:
    raw = json.loads(path.read_text())
    raw["teams"] = [Team(**team) for team in raw["teams"]]
    return StoreInfo(**raw)
