"""A national-size fictional data set: every Dutch wijkteam together, generated column-wise.

At full size: ~350 municipalities, 400 teams, 8,000 members, 500,000 cases, ~1.2 million
assignments and ~1.5 million phase periods, plus population figures for every municipality, wijk
and buurt. Everything except the Nederland reference figures is invented and labelled "fictief".

The generator draws whole columns at once with numpy (one `default_rng(seed)`), so the same seed,
as_of and size always give the same rows. Each table is a dict column name → sequence, inserted
in big chunks by `data_model.bulk.insert_columns`. The case mix (target groups, risks,
complexity, outcomes, phase lengths, duo types) follows the regional sample's rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from sqlalchemy import Engine

from data_model.bulk import analyze, insert_columns, is_empty
from data_model.enums import (
    Complexity,
    Discipline,
    EducationLevel,
    FigureStatus,
    Outcome,
    Phase,
    Pilot,
    Registration,
    RiskFlag,
    TargetGroup,
)
from data_model.meta import SAMPLE_DATA_KEY, set_store_setting
from sample_data.cases import (
    AFTER_PILOT_LIGHT,
    COMPLEX_SHARE,
    CONFUSED_REFERRALS,
    EXPLAINED_SHARE,
    NOT_CONFORM_SHARE,
    OUTCOME_WEIGHTS,
    REFERRAL_WEIGHTS,
    RISK_SHARE,
    TARGET_WEIGHTS,
    TENZIJ_MOTIVERINGEN,
)
from sample_data.members import FIRST_NAMES, SURNAMES
from sample_data.regions import FICTIONAL_SOURCE, NATIONAL_REFERENCE

Columns = dict[str, Any]  # column name → numpy array or list, all of one length
Tables = dict[str, Columns]
IntArray = np.ndarray

EPOCH = dt.date(1970, 1, 1)
NO_END = np.iinfo(np.int64).max // 2  # "still running" as a day number larger than any date
CONFUSED_WINDOW = (dt.date(2021, 1, 1), dt.date(2023, 12, 31))
PILOT_LIGHT_FROM = dt.date(2022, 1, 1)
CONFUSED_SHARE = 0.03  # of the cases opened in the pilot window
PILOT_LIGHT_SHARE = 0.30  # of the cases opened since the pilot started
CONSULT_SHARE = 0.60
CORE_MEMBERS = 2  # per team: one mbo'er and one registered hbo'er who stay the whole time

PREFIXES = (
    "Wester", "Ooster", "Noorder", "Zuider", "Hoog", "Laag", "Nieuw", "Oud", "Groot", "Klein",
    "Berg", "Dal", "Veen", "Zand", "Klei", "Water", "Brug", "Molen", "Kerk", "Linde", "Eiken",
    "Beuken", "Wilgen", "Elzen", "Heide", "Duin", "Polder", "Vlier", "Haver", "Rogge",
)  # fmt: skip
SUFFIXES = (
    "hoven", "dijk", "wijk", "veen", "dam", "broek", "horst", "loo", "rade", "sloot", "burg",
    "hout", "meer", "beek", "zijl", "kerk", "stede", "wold", "donk", "schot",
)  # fmt: skip
TEAM_PARTS = ("Noord", "Zuid", "Oost", "West", "Centrum", "Midden")
WIJK_WORDS = ("Centrum", "Dorp", "Buitengebied", "Haven", "Park", "Kern", "Wijk", "Veld")

EDUCATION_PROFESSIONAL = {
    EducationLevel.MBO3: 8, EducationLevel.MBO4: 30, EducationLevel.HBO_AD: 3,
    EducationLevel.HBO_BACHELOR: 45, EducationLevel.HBO_MASTER: 6,
    EducationLevel.WO_BACHELOR: 3, EducationLevel.WO_MASTER: 4, EducationLevel.UNKNOWN: 1,
}  # fmt: skip
EDUCATION_LAY = {
    EducationLevel.NONE: 25, EducationLevel.MBO1: 15, EducationLevel.MBO2: 25,
    EducationLevel.MBO3: 10, EducationLevel.UNKNOWN: 25,
}  # fmt: skip
DISCIPLINES_PROFESSIONAL = {
    Discipline.SOCIAL_WORKER: 25, Discipline.YOUTH_FAMILY: 20, Discipline.CLIENT_SUPPORT: 10,
    Discipline.WMO_CONSULTANT: 12, Discipline.DISTRICT_NURSE: 6, Discipline.DEBT_COUNSELLOR: 5,
    Discipline.SOCIAL_BROKER: 4, Discipline.YOUTH_WORKER: 6, Discipline.CARER_COORDINATOR: 3,
    Discipline.CASE_DIRECTOR: 6, Discipline.BEHAVIOURAL_SCIENTIST: 3,
}  # fmt: skip
LAY_SHARE = {Discipline.VOLUNTEER: 0.05, Discipline.EXPERIENCE_EXPERT: 0.03}
KIND_OF = {
    Discipline.VOLUNTEER: "vrijwilliger",
    Discipline.EXPERIENCE_EXPERT: "ervaringsdeskundige",
}
SKJ_DISCIPLINES = (
    Discipline.YOUTH_FAMILY,
    Discipline.BEHAVIOURAL_SCIENTIST,
    Discipline.SOCIAL_WORKER,
    Discipline.CASE_DIRECTOR,
)
FTE_PROFESSIONAL = (0.5, 0.56, 0.67, 0.78, 0.89, 1.0)
FTE_LAY = (0.1, 0.2, 0.3)
MBO = ("mbo1", "mbo2", "mbo3", "mbo4")
HBO = ("hbo_ad", "hbo_bachelor", "hbo_master", "wo_bachelor", "wo_master")

# Duo plans: (kind, weight) per pilot. Slots are (group, role) pairs; see `_slot_plans`.
REGULAR_PLANS = {"solo": 27, "tandem": 45, "hbo-hbo": 11, "mbo-mbo": 11, "3+": 6}
CONFUSED_PLANS = {"solo-mbo": 30, "tandem-mbo-lead": 45, "mbo-mbo": 10, "tandem-hbo-lead": 8,
                  "3+": 7}  # fmt: skip
PILOT_LIGHT_PLANS = {"solo-mbo": 35, "tandem-mbo-lead": 45, "mbo-mbo": 12, "solo-hbo": 8}

# Member groups a slot can ask for.
G_MBO, G_HBO, G_REG, G_HBO_UNREG, G_LAY, G_WORKER = range(6)


@dataclass(frozen=True)
class NationalSize:
    """How big the national data set is; `scaled(0.002)` keeps the shape at a tiny size."""

    municipalities: int = 350
    teams: int = 400
    members: int = 8_000
    cases: int = 500_000
    cases_from: dt.date = dt.date(2019, 1, 1)
    population_years: tuple[int, ...] = (2021, 2023)

    def scaled(self, factor: float) -> NationalSize:
        """The same shape at `factor` of the size (at least two municipalities and teams)."""
        if factor <= 0:
            raise ValueError("factor must be positive")
        municipalities = max(2, round(self.municipalities * factor))
        teams = max(municipalities, round(self.teams * factor))
        members = max(teams * 8, round(self.members * factor))
        cases = max(teams * 100, round(self.cases * factor))
        return replace(
            self, municipalities=municipalities, teams=teams, members=members, cases=cases
        )


NATIONAL = NationalSize()


@dataclass(frozen=True)
class Context:
    rng: np.random.Generator
    size: NationalSize
    as_of: int  # day number
    cases_from: int


def day_number(day: dt.date) -> int:
    return (day - EPOCH).days


def as_dates(days: IntArray) -> list[dt.date | None]:
    """Day numbers → dates; NO_END (still running) → None."""
    values = np.where(days >= NO_END, np.iinfo(np.int64).min, days)
    return values.astype("datetime64[D]").tolist()


def build_national(seed: int, as_of: dt.date, size: NationalSize = NATIONAL) -> Tables:
    """Every table as columns with explicit ids 1..n; deterministic in (seed, as_of, size)."""
    if as_of <= size.cases_from:
        raise ValueError(f"as_of must be after {size.cases_from.isoformat()}")
    ctx = Context(np.random.default_rng(seed), size, day_number(as_of), day_number(size.cases_from))
    regions = _regions(ctx)
    teams = _teams(ctx, regions)
    members = _members(ctx, teams)
    cases, phases, windows = _cases(ctx, teams, regions)
    assignments = _assignments(ctx, members, windows)
    return {
        "municipality": regions.municipality,
        "area": regions.area,
        "population_education": regions.population,
        "team": teams.table,
        "member": members.table,
        "case": cases,
        "assignment": assignments,
        "phase_period": phases,
    }


def populate_national(
    engine: Engine, seed: int, as_of: dt.date, size: NationalSize = NATIONAL
) -> dict[str, int]:
    """Generate and bulk-insert the data set into an empty store, mark it fictional, ANALYZE."""
    _refuse_data(engine)
    return insert_national(engine, build_national(seed, as_of, size))


def insert_national(engine: Engine, tables: Tables) -> dict[str, int]:
    """Insert built tables into an empty store, mark it fictional, ANALYZE; rows per table."""
    _refuse_data(engine)
    insert_columns(engine, tables)
    set_store_setting(engine, SAMPLE_DATA_KEY, "fictief")
    analyze(engine)
    return {name: _length(columns) for name, columns in tables.items()}


def _refuse_data(engine: Engine) -> None:
    if not is_empty(engine):
        from sample_data.dataset import StoreNotEmptyError

        raise StoreNotEmptyError(
            "De database bevat al gegevens. Voorbeeldgegevens worden alleen in een lege database "
            "geladen; er is niets veranderd."
        )


def _length(columns: Mapping[str, Sequence[Any]]) -> int:
    return len(next(iter(columns.values()))) if columns else 0


# --- helpers -------------------------------------------------------------------------------------


def _weighted_choice(rng: np.random.Generator, weights: Mapping[Any, float], n: int) -> np.ndarray:
    """`n` draws of the keys of `weights` (as strings) with those weights."""
    keys = np.array([str(key) for key in weights], dtype=object)
    probabilities = np.array(list(weights.values()), dtype=float)
    return keys[rng.choice(len(keys), size=n, p=probabilities / probabilities.sum())]


def _apportion(total: int, weights: np.ndarray, minimum: int) -> IntArray:
    """Split `total` over the weights (largest remainder), every share at least `minimum`."""
    rest = total - minimum * len(weights)
    if rest < 0:
        raise ValueError("total too small for the minimum")
    exact = weights / weights.sum() * rest
    counts = np.floor(exact).astype(np.int64)
    short = rest - int(counts.sum())
    counts[np.argsort(-(exact - counts), kind="stable")[:short]] += 1
    return counts + minimum


def _triangular(rng: np.random.Generator, low: int, high: int, mode: int, n: int) -> IntArray:
    return np.rint(rng.triangular(low, mode, high, size=n)).astype(np.int64)


def _ids(n: int) -> IntArray:
    return np.arange(1, n + 1, dtype=np.int64)


# --- municipalities, wijken, buurten and their population ---------------------------------------


@dataclass(frozen=True)
class Regions:
    municipality: Columns
    area: Columns
    population: Columns
    residents: np.ndarray  # per municipality, residents 15-74
    buurt_ids: list[IntArray]  # per municipality (0-based): its buurt ids
    buurt_weights: list[np.ndarray]  # per municipality: residents per buurt


def _regions(ctx: Context) -> Regions:
    rng, n = ctx.rng, ctx.size.municipalities
    numbers = np.sort(rng.choice(np.arange(1, 2000), size=n, replace=False))
    codes = [f"GM{number:04d}" for number in numbers]
    names = _municipality_names(rng, n)
    residents = np.clip(rng.lognormal(np.log(25_000), 0.9, size=n), 3_000, 700_000)
    builder = _AreaBuilder(rng)
    for index in range(n):
        builder.add_municipality(index + 1, codes[index], names[index], residents[index])
    municipality = {"id": _ids(n), "cbs_code": codes, "name": names}
    population = _population_rows(builder, codes, names, ctx.size.population_years)
    return Regions(
        municipality=municipality,
        area=builder.columns(),
        population=population,
        residents=residents,
        buurt_ids=builder.buurt_ids,
        buurt_weights=builder.buurt_residents,
    )


def _municipality_names(rng: np.random.Generator, n: int) -> list[str]:
    combos = [prefix + suffix for prefix in PREFIXES for suffix in SUFFIXES]
    order = rng.permutation(len(combos))
    return [
        combos[order[i % len(combos)]] + ("" if i < len(combos) else f" {i // len(combos) + 1}")
        for i in range(n)
    ]


class _AreaBuilder:
    """Collects wijk and buurt rows (ids in order) and the buurt population mixes."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.rows: dict[str, list[Any]] = {
            key: [] for key in ("municipality_id", "parent_id", "cbs_code", "name", "kind")
        }
        self.buurt_ids: list[IntArray] = []
        self.buurt_residents: list[np.ndarray] = []
        self.buurt_shares: list[np.ndarray] = []  # per municipality: (buurten, 3)
        self.wijk_of_buurt: list[IntArray] = []  # per municipality: wijk index per buurt
        self.wijk_codes: list[list[str]] = []
        self.wijk_names: list[list[str]] = []
        self.buurt_codes: list[list[str]] = []
        self.buurt_names: list[list[str]] = []

    def add_municipality(
        self, municipality_id: int, code: str, name: str, residents: float
    ) -> None:
        rng = self.rng
        wijken = int(np.clip(round(residents / 4_000), 2, 60))
        per_wijk = rng.integers(2, 8, size=wijken)
        buurten = int(per_wijk.sum())
        weights = rng.gamma(2.0, 1.0, size=buurten)
        buurt_residents = residents * weights / weights.sum()
        base = rng.dirichlet((28, 41, 31))
        shares = rng.dirichlet(base * 60, size=buurten)
        ids, wijk_index, names = [], [], []
        wijk_codes, wijk_names, buurt_codes = [], [], []
        for w in range(wijken):
            wijk_code = f"WK{code[2:]}{w + 1:02d}"
            wijk_name = f"{name} {WIJK_WORDS[w % len(WIJK_WORDS)]} {w // len(WIJK_WORDS) + 1}"
            wijk_id = self._add(municipality_id, None, wijk_code, wijk_name, "wijk")
            wijk_codes.append(wijk_code)
            wijk_names.append(wijk_name)
            for b in range(int(per_wijk[w])):
                buurt_code = f"BU{code[2:]}{w + 1:02d}{b + 1:02d}"
                buurt_name = f"{wijk_name}-{b + 1}"
                ids.append(self._add(municipality_id, wijk_id, buurt_code, buurt_name, "buurt"))
                wijk_index.append(w)
                buurt_codes.append(buurt_code)
                names.append(buurt_name)
        self.buurt_ids.append(np.array(ids, dtype=np.int64))
        self.buurt_residents.append(buurt_residents)
        self.buurt_shares.append(shares)
        self.wijk_of_buurt.append(np.array(wijk_index, dtype=np.int64))
        self.wijk_codes.append(wijk_codes)
        self.wijk_names.append(wijk_names)
        self.buurt_codes.append(buurt_codes)
        self.buurt_names.append(names)

    def _add(
        self, municipality_id: int, parent: int | None, code: str, name: str, kind: str
    ) -> int:
        for key, value in zip(
            ("municipality_id", "parent_id", "cbs_code", "name", "kind"),
            (municipality_id, parent, code, name, kind),
            strict=True,
        ):
            self.rows[key].append(value)
        return len(self.rows["cbs_code"])

    def columns(self) -> Columns:
        return {"id": _ids(len(self.rows["cbs_code"])), **self.rows}


def _population_rows(
    areas: _AreaBuilder, codes: list[str], names: list[str], years: tuple[int, ...]
) -> Columns:
    """Buurt counts rounded to tens; wijk and municipality rows are their sums."""
    rows: dict[str, list[Any]] = {key: [] for key in ("region_code", "region_name", "region_kind")}
    rows |= {key: [] for key in ("year", "low", "middle", "high")}

    def add(code: str, name: str, kind: str, year: int, counts: np.ndarray) -> None:
        for key, value in zip(rows, (code, name, kind, year, *counts.tolist()), strict=True):
            rows[key].append(value)

    for year in years:
        shift = 0.015 if year < max(years) else 0.0  # a slightly less educated earlier year
        for m, (code, name) in enumerate(zip(codes, names, strict=True)):
            shares = areas.buurt_shares[m] + np.array([shift, 0.0, -shift])
            counts = np.rint(areas.buurt_residents[m][:, None] * shares / 10).astype(np.int64) * 10
            counts = np.maximum(counts, 0)
            for b, buurt_code in enumerate(areas.buurt_codes[m]):
                add(buurt_code, areas.buurt_names[m][b], "buurt", year, counts[b])
            wijk_totals = np.zeros((len(areas.wijk_codes[m]), 3), dtype=np.int64)
            np.add.at(wijk_totals, areas.wijk_of_buurt[m], counts)
            for w, wijk_code in enumerate(areas.wijk_codes[m]):
                add(wijk_code, areas.wijk_names[m][w], "wijk", year, wijk_totals[w])
            add(code, name, "gemeente", year, wijk_totals.sum(axis=0))
    n = len(rows["region_code"])
    rows |= {"source": [FICTIONAL_SOURCE] * n, "status": [str(FigureStatus.FICTIONAL)] * n}
    reference: dict[str, Any] = {key: str(value) for key, value in NATIONAL_REFERENCE.items()}
    reference |= {key: NATIONAL_REFERENCE[key] for key in ("year", "low", "middle", "high")}
    return {"id": _ids(n + 1)} | {key: [reference[key], *values] for key, values in rows.items()}


# --- teams ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Teams:
    table: Columns
    municipality_index: IntArray  # 0-based municipality per team
    weight: np.ndarray  # relative size (population served)
    prefix: list[str]
    town: list[str]  # municipality name per team


def _teams(ctx: Context, regions: Regions) -> Teams:
    rng, n_m, n_t = ctx.rng, ctx.size.municipalities, ctx.size.teams
    per_municipality = np.ones(n_m, dtype=np.int64)
    biggest = np.argsort(-regions.residents, kind="stable")
    for extra in range(n_t - n_m):
        per_municipality[biggest[extra % n_m]] += 1
    municipality_index = np.repeat(np.arange(n_m), per_municipality)
    names: list[str] = []
    for m, count in enumerate(per_municipality):
        town = regions.municipality["name"][m]
        if count == 1:
            names.append(f"Sociaal Team {town}")
        else:
            names += [f"Wijkteam {town} {_team_part(i)}" for i in range(count)]
    founded = rng.integers(day_number(dt.date(2015, 1, 1)), day_number(dt.date(2019, 1, 1)), n_t)
    weight = regions.residents[municipality_index] / per_municipality[municipality_index]
    weight = weight * rng.lognormal(0.0, 0.25, size=n_t)
    table = {
        "id": _ids(n_t),
        "municipality_id": municipality_index + 1,
        "name": names,
        "founded_on": as_dates(founded),
    }
    prefixes = [f"T{index:03d}" for index in range(1, n_t + 1)]
    towns = [regions.municipality["name"][m] for m in municipality_index]
    return Teams(table, municipality_index, weight, prefixes, towns)


def _team_part(index: int) -> str:
    part = TEAM_PARTS[index % len(TEAM_PARTS)]
    return part if index < len(TEAM_PARTS) else f"{part} {index // len(TEAM_PARTS) + 1}"


# --- members -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Members:
    table: Columns
    team: IntArray  # 0-based team index per member (members are grouped by team)
    start: IntArray
    end: IntArray  # NO_END when still in the team
    group: dict[int, np.ndarray]  # slot group → boolean mask over members
    fte: np.ndarray
    team_offsets: IntArray  # members of team t are [team_offsets[t], team_offsets[t + 1])


def _members(ctx: Context, teams: Teams) -> Members:
    rng, as_of = ctx.rng, ctx.as_of
    per_team = _apportion(ctx.size.members, teams.weight, minimum=6)
    n = int(per_team.sum())
    team = np.repeat(np.arange(len(per_team)), per_team)
    offsets = np.concatenate(([0], np.cumsum(per_team)))
    rank = np.arange(n) - offsets[team]
    core_mbo, core_hbo = rank == 0, rank == 1
    discipline = _disciplines(rng, n, core_mbo | core_hbo)
    discipline[core_hbo] = str(Discipline.YOUTH_FAMILY)
    lay = np.isin(discipline, [str(d) for d in LAY_SHARE])
    level = np.where(
        lay,
        _weighted_choice(rng, EDUCATION_LAY, n),
        _weighted_choice(rng, EDUCATION_PROFESSIONAL, n),
    )
    level[core_mbo] = str(EducationLevel.MBO4)
    level[core_hbo] = str(EducationLevel.HBO_BACHELOR)
    level[discipline == str(Discipline.BEHAVIOURAL_SCIENTIST)] = str(EducationLevel.WO_MASTER)
    kind = np.array([KIND_OF.get(Discipline(d), "professional") for d in discipline], dtype=object)
    start, end = _membership(ctx, n, core_mbo | core_hbo)
    registration, valid_until = _registrations(rng, discipline, level, as_of, core_hbo)
    fte = np.where(lay, rng.choice(FTE_LAY, size=n), rng.choice(FTE_PROFESSIONAL, size=n))
    experience = rng.integers(0, 16, size=n) + (as_of - start) // 365
    first = rng.integers(0, len(FIRST_NAMES), size=n)
    last = rng.integers(0, len(SURNAMES), size=n)
    employer = _employers(rng, teams, team, discipline)
    table = {
        "id": _ids(n),
        "team_id": team + 1,
        "display_name": [
            f"{FIRST_NAMES[f]} {SURNAMES[s]}" for f, s in zip(first, last, strict=True)
        ],
        "pseudonym": [f"{teams.prefix[t]}-M{r + 1:03d}" for t, r in zip(team, rank, strict=True)],
        "education_level": level,
        "discipline": discipline,
        "kind": kind,
        "employer": employer,
        "fte": fte,
        "registration": registration,
        "registration_valid_until": as_dates(valid_until),
        "started_on": as_dates(start),
        "ended_on": as_dates(end),
        "years_experience": np.maximum(experience, 0),
    }
    groups = _member_groups(level, kind, discipline, registration)
    return Members(table, team, start, end, groups, fte, offsets)


def _disciplines(rng: np.random.Generator, n: int, core: np.ndarray) -> np.ndarray:
    """Mostly professionals; a few volunteers and ervaringsdeskundigen; core: social workers."""
    discipline = _weighted_choice(rng, DISCIPLINES_PROFESSIONAL, n)
    draw = rng.random(n)
    threshold = 0.0
    for lay_discipline, share in LAY_SHARE.items():
        discipline[(draw >= threshold) & (draw < threshold + share)] = str(lay_discipline)
        threshold += share
    discipline[core] = str(Discipline.SOCIAL_WORKER)
    return discipline


def _membership(ctx: Context, n: int, core: np.ndarray) -> tuple[IntArray, IntArray]:
    """Start and end days: core members and old hands start before the cases; some leave."""
    rng, first, as_of = ctx.rng, ctx.cases_from, ctx.as_of
    old_hand = core | (rng.random(n) < 0.55)
    start = np.where(
        old_hand,
        first - rng.integers(30, 8 * 365, size=n),
        rng.integers(first, as_of + 1, size=n),
    )
    leaves = ~core & (rng.random(n) < 0.30)
    end = start + rng.integers(180, 6 * 365, size=n)
    end = np.where(leaves & (end < as_of), end, NO_END)
    return start.astype(np.int64), end.astype(np.int64)


def _registrations(
    rng: np.random.Generator,
    discipline: np.ndarray,
    level: np.ndarray,
    as_of: int,
    core_hbo: np.ndarray,
) -> tuple[np.ndarray, IntArray]:
    n = len(discipline)
    higher = np.isin(level, HBO)
    skj = higher & np.isin(discipline, [str(d) for d in SKJ_DISCIPLINES]) & (rng.random(n) < 0.8)
    big = higher & (discipline == str(Discipline.DISTRICT_NURSE))
    skj |= core_hbo
    registration = np.full(n, str(Registration.NONE), dtype=object)
    registration[skj] = str(Registration.SKJ)
    registration[big] = str(Registration.BIG)
    until = as_of + rng.integers(-120, 5 * 365, size=n)
    until[core_hbo] = as_of + rng.integers(365, 5 * 365, size=int(core_hbo.sum()))
    until = np.where(registration == str(Registration.NONE), NO_END, until)
    return registration, until


def _employers(
    rng: np.random.Generator, teams: Teams, team: IntArray, discipline: np.ndarray
) -> list[str]:
    """The team's default employer (municipality or welfare foundation); nurses: home care."""
    municipal = rng.random(len(teams.town)) < 0.4
    default = [
        f"Gemeente {town}" if own else f"Welzijn {town}"
        for town, own in zip(teams.town, municipal, strict=True)
    ]
    nurse = discipline == str(Discipline.DISTRICT_NURSE)
    return [
        f"Thuiszorg {teams.town[t]}" if is_nurse else default[t]
        for t, is_nurse in zip(team.tolist(), nurse.tolist(), strict=True)
    ]


def _member_groups(
    level: np.ndarray, kind: np.ndarray, discipline: np.ndarray, registration: np.ndarray
) -> dict[int, np.ndarray]:
    professional = kind == "professional"
    worker = professional & (discipline != str(Discipline.BEHAVIOURAL_SCIENTIST))
    registered = registration != str(Registration.NONE)
    hbo = worker & np.isin(level, HBO)
    return {
        G_MBO: worker & np.isin(level, MBO),
        G_HBO: hbo,
        G_REG: hbo & registered,
        G_HBO_UNREG: hbo & ~registered,
        G_LAY: ~professional,
        G_WORKER: professional,
    }


# --- cases and phases ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseWindows:
    """What staffing needs to know per case (0-based case index = id - 1)."""

    team: IntArray
    opened: IntArray
    closed: IntArray  # NO_END when still running
    guidance: tuple[IntArray, IntArray]  # start, end of begeleiding; start -1 when absent
    pilot: np.ndarray
    compliance: np.ndarray  # 'n/a', 'conform', 'not_conform'


def _cases(ctx: Context, teams: Teams, regions: Regions) -> tuple[Columns, Columns, CaseWindows]:
    rng, n = ctx.rng, ctx.size.cases
    per_team = _apportion(n, teams.weight, minimum=1)
    team = np.repeat(np.arange(len(per_team)), per_team)
    opened = rng.integers(ctx.cases_from, ctx.as_of + 1, size=n)
    order = np.lexsort((opened, team))
    team, opened = team[order], opened[order]
    pilot = _pilots(rng, opened)
    target = _by_pilot(rng, pilot, TARGET_WEIGHTS)
    flags = _risk_flags(rng, target)
    complexity = _complexity(rng, target, pilot, flags)
    planned = _planned_outcomes(rng, complexity, pilot)
    lengths = _phase_lengths(rng, complexity, planned, pilot)
    starts, ends, exists = _lay_out(opened, lengths, ctx.as_of)
    last = exists.sum(axis=1) - 1
    last_end = ends[np.arange(n), last]
    closed = np.where(last_end < ctx.as_of, last_end, NO_END)
    current = np.array([str(p) for p in Phase], dtype=object)[last]
    outcome = np.where(
        closed < NO_END,
        planned,
        np.where(current == str(Phase.PILOT_LIGHT), str(Outcome.PILOT_LIGHT), str(Outcome.ONGOING)),
    )
    compliance = _compliance(rng, target, flags)
    explained = (compliance == "not_conform") & (rng.random(n) < EXPLAINED_SHARE)
    motivation = np.array(TENZIJ_MOTIVERINGEN, dtype=object)[
        rng.integers(0, len(TENZIJ_MOTIVERINGEN), size=n)
    ]
    table = {
        "id": _ids(n),
        "team_id": team + 1,
        "code": _case_codes(teams.prefix, team, opened),
        "area_id": _areas(rng, teams, regions, team),
        "target_group": target,
        "complexity": complexity,
        "risk_flags": _flag_texts()[flags],
        "pilot": pilot,
        "referral_source": _referrals(rng, target, pilot),
        "opened_on": as_dates(opened),
        "closed_on": as_dates(closed),
        "outcome": outcome,
        "tenzij_motivering": np.where(explained, motivation, np.full(n, None, dtype=object)),
    }
    phases = _phase_rows(starts, ends, exists, ctx.as_of)
    guidance_exists = exists[:, 1]
    guidance = (
        np.where(guidance_exists, starts[:, 1], -1),
        np.where(guidance_exists & (ends[:, 1] < ctx.as_of), ends[:, 1], NO_END),
    )
    windows = CaseWindows(team, opened, closed, guidance, pilot, compliance)
    return table, phases, windows


def _pilots(rng: np.random.Generator, opened: IntArray) -> np.ndarray:
    draw = rng.random(len(opened))
    confused = (
        (opened >= day_number(CONFUSED_WINDOW[0]))
        & (opened <= day_number(CONFUSED_WINDOW[1]))
        & (draw < CONFUSED_SHARE)
    )
    pilot_light = (opened >= day_number(PILOT_LIGHT_FROM)) & (draw >= 1 - PILOT_LIGHT_SHARE)
    pilot = np.full(len(opened), str(Pilot.NONE), dtype=object)
    pilot[confused] = str(Pilot.CONFUSED_PERSONS)
    pilot[pilot_light] = str(Pilot.PILOT_LIGHT)
    return pilot


def _by_pilot(
    rng: np.random.Generator, pilot: np.ndarray, weights: Mapping[Pilot, Mapping[Any, int]]
) -> np.ndarray:
    result = np.empty(len(pilot), dtype=object)
    for value, table in weights.items():
        chosen = pilot == str(value)
        result[chosen] = _weighted_choice(rng, table, int(chosen.sum()))
    return result


def _risk_flags(rng: np.random.Generator, target: np.ndarray) -> IntArray:
    """A bit mask over RiskFlag per case: 40 % of youth and 15 % of family cases carry 1-3."""
    n = len(target)
    share = np.zeros(n)
    for group, value in RISK_SHARE.items():
        share[target == str(group)] = value
    risky = rng.random(n) < share
    count = rng.choice((1, 2, 3), size=n, p=(0.6, 0.3, 0.1))
    ranks = np.argsort(rng.random((n, len(RiskFlag))), axis=1).argsort(axis=1)
    chosen = (ranks < count[:, None]) & risky[:, None]
    return (chosen * (1 << np.arange(len(RiskFlag)))).sum(axis=1)


def _flag_texts() -> np.ndarray:
    flags = list(RiskFlag)
    return np.array(
        [",".join(str(f) for i, f in enumerate(flags) if mask >> i & 1) for mask in range(128)],
        dtype=object,
    )


def _complexity(
    rng: np.random.Generator, target: np.ndarray, pilot: np.ndarray, flags: IntArray
) -> np.ndarray:
    share = np.zeros(len(target))
    for group, value in COMPLEX_SHARE.items():
        share[target == str(group)] = value
    share[pilot == str(Pilot.CONFUSED_PERSONS)] = 0.8
    share += np.where(flags > 0, 0.25, 0.0)
    multiple_problems = 1 << list(RiskFlag).index(RiskFlag.MULTIPLE_PROBLEMS)
    multiple = (rng.random(len(target)) < share) | (flags & multiple_problems > 0)
    return np.where(multiple, str(Complexity.MULTIPLE), str(Complexity.SINGLE)).astype(object)


def _planned_outcomes(
    rng: np.random.Generator, complexity: np.ndarray, pilot: np.ndarray
) -> np.ndarray:
    result = np.empty(len(pilot), dtype=object)
    for level, weights in OUTCOME_WEIGHTS.items():
        chosen = complexity == str(level)
        result[chosen] = _weighted_choice(rng, weights, int(chosen.sum()))
    light = pilot == str(Pilot.PILOT_LIGHT)
    result[light] = _weighted_choice(rng, AFTER_PILOT_LIGHT, int(light.sum()))
    return result


def _phase_lengths(
    rng: np.random.Generator, complexity: np.ndarray, planned: np.ndarray, pilot: np.ndarray
) -> IntArray:
    """Planned days per phase (columns in Phase order; 0 = the phase does not happen)."""
    n = len(pilot)
    intake = _triangular(rng, 7, 42, 14, n)
    complex_case = complexity == str(Complexity.MULTIPLE)
    guidance = np.where(
        complex_case, _triangular(rng, 90, 420, 180, n), _triangular(rng, 30, 180, 75, n)
    )
    exit_days = _triangular(rng, 10, 60, 21, n)
    waakvlam = np.where(pilot == str(Pilot.PILOT_LIGHT), _triangular(rng, 120, 365, 240, n), 0)
    early = planned == str(Outcome.ENDED_EARLY)
    intake_only = early & (rng.random(n) < 0.4)
    short_guidance = np.maximum(7, (guidance * rng.random(n)).astype(np.int64))
    guidance = np.where(early, np.where(intake_only, 0, short_guidance), guidance)
    exit_days = np.where(early, 0, exit_days)
    waakvlam = np.where(early, 0, waakvlam)
    return np.stack([intake, guidance, exit_days, waakvlam], axis=1)


def _lay_out(
    opened: IntArray, lengths: IntArray, as_of: int
) -> tuple[IntArray, IntArray, np.ndarray]:
    """Phases end to end from the opening day; the one running on as_of stays open."""
    ends = opened[:, None] + np.cumsum(lengths, axis=1) - 1
    starts = np.concatenate([opened[:, None], ends[:, :-1] + 1], axis=1)
    planned = lengths > 0
    before_ended = np.concatenate(
        [np.ones((len(opened), 1), dtype=bool), ends[:, :-1] < as_of], axis=1
    )
    exists = planned & np.logical_and.accumulate(before_ended, axis=1)
    return starts, ends, exists


def _phase_rows(starts: IntArray, ends: IntArray, exists: np.ndarray, as_of: int) -> Columns:
    case_index, phase_index = np.nonzero(exists)
    start = starts[case_index, phase_index]
    end = ends[case_index, phase_index]
    end = np.where(end < as_of, end, NO_END)
    phases = np.array([str(p) for p in Phase], dtype=object)
    return {
        "id": _ids(len(case_index)),
        "case_id": case_index + 1,
        "phase": phases[phase_index],
        "started_on": as_dates(start),
        "ended_on": as_dates(end),
    }


def _compliance(rng: np.random.Generator, target: np.ndarray, flags: IntArray) -> np.ndarray:
    applies = (target == str(TargetGroup.YOUTH)) & (flags > 0)
    not_conform = applies & (rng.random(len(target)) < NOT_CONFORM_SHARE)
    return np.where(not_conform, "not_conform", np.where(applies, "conform", "n/a"))


def _referrals(rng: np.random.Generator, target: np.ndarray, pilot: np.ndarray) -> np.ndarray:
    result = np.empty(len(target), dtype=object)
    for group, weights in REFERRAL_WEIGHTS.items():
        chosen = target == str(group)
        result[chosen] = _weighted_choice(rng, weights, int(chosen.sum()))
    confused = pilot == str(Pilot.CONFUSED_PERSONS)
    result[confused] = _weighted_choice(rng, CONFUSED_REFERRALS, int(confused.sum()))
    return result


def _case_codes(prefixes: list[str], team: IntArray, opened: IntArray) -> list[str]:
    """'T012-2023-00042': numbered per team and opening year (cases are sorted by both)."""
    years = opened.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    key = team * 10_000 + years
    first_of_group = np.concatenate(([True], key[1:] != key[:-1]))
    group_start = np.maximum.accumulate(np.where(first_of_group, np.arange(len(key)), 0))
    number = np.arange(len(key)) - group_start + 1
    return [
        f"{prefixes[t]}-{y}-{k:05d}"
        for t, y, k in zip(team.tolist(), years.tolist(), number.tolist(), strict=True)
    ]


def _areas(rng: np.random.Generator, teams: Teams, regions: Regions, team: IntArray) -> IntArray:
    """A buurt of the team's municipality per case, weighted by residents."""
    area = np.empty(len(team), dtype=np.int64)
    bounds = np.searchsorted(team, np.arange(len(teams.prefix) + 1))
    for t in range(len(teams.prefix)):
        m = teams.municipality_index[t]
        weights = regions.buurt_weights[m]
        count = bounds[t + 1] - bounds[t]
        area[bounds[t] : bounds[t + 1]] = rng.choice(
            regions.buurt_ids[m], size=count, p=weights / weights.sum()
        )
    return area


# --- assignments ---------------------------------------------------------------------------------


@dataclass
class Requests:
    """Slots to fill: case index, role, member group, first day, last day (NO_END: open)."""

    case: IntArray
    role: np.ndarray
    group: IntArray
    start: IntArray
    end: IntArray
    exclude: IntArray  # a member index that may not be picked (-1: none)
    hand_over: np.ndarray  # when the member leaves early, does someone take over?

    def select(self, mask: np.ndarray) -> Requests:
        return Requests(**{key: value[mask] for key, value in vars(self).items()})

    @staticmethod
    def concat(parts: Sequence[Requests]) -> Requests:
        return Requests(
            **{key: np.concatenate([vars(p)[key] for p in parts]) for key in vars(parts[0])}
        )


def _assignments(ctx: Context, members: Members, windows: CaseWindows) -> Columns:
    """Lead first; support, lay support and consults by someone other than the lead."""
    lead, support, lay = _slot_plans(ctx.rng, windows)
    picked = [_fill(ctx, members, windows, lead)]
    picked += [_fill_besides(ctx, members, windows, todo, picked[0]) for todo in (support, lay)]
    picked.append(_fill_besides(ctx, members, windows, _consults(ctx, windows), picked[0]))
    rows = {key: np.concatenate([part[key] for part in picked]) for key in picked[0]}
    order = np.lexsort((rows["start"], rows["case"]))
    return {
        "id": _ids(len(order)),
        "case_id": rows["case"][order] + 1,
        "member_id": rows["member"][order] + 1,
        "role": rows["role"][order],
        "started_on": as_dates(rows["start"][order]),
        "ended_on": as_dates(rows["end"][order]),
    }


def _fill_besides(
    ctx: Context, members: Members, windows: CaseWindows, todo: Requests, lead: dict[str, Any]
) -> dict[str, Any]:
    todo.exclude = _first_member(lead, todo.case, len(windows.team))
    return _fill(ctx, members, windows, todo)


def _first_member(picked: dict[str, np.ndarray], case: IntArray, n_cases: int) -> IntArray:
    """For each requested case, the member who first held the picked slot there (-1: none)."""
    first = np.full(n_cases, -1, dtype=np.int64)
    order = np.argsort(-picked["start"], kind="stable")  # earliest written last, so it wins
    first[picked["case"][order]] = picked["member"][order]
    return first[case]


def _slot_plans(
    rng: np.random.Generator, windows: CaseWindows
) -> tuple[Requests, Requests, Requests]:
    """Lead, support and lay-support requests from the duo plan of every case."""
    n = len(windows.team)
    plan = _by_pilot(
        rng,
        windows.pilot,
        {
            Pilot.NONE: REGULAR_PLANS,
            Pilot.CONFUSED_PERSONS: CONFUSED_PLANS,
            Pilot.PILOT_LIGHT: PILOT_LIGHT_PLANS,
        },
    )
    hbo_leads = rng.random(n) < 0.75
    solo_group = np.where(rng.random(n) < 0.55, G_HBO, G_MBO)
    hbo_leads &= windows.pilot != str(Pilot.CONFUSED_PERSONS)  # there an mbo'er leads
    lead_group = np.select(
        [plan == "solo", plan == "solo-mbo", plan == "solo-hbo", plan == "hbo-hbo",
         plan == "mbo-mbo", plan == "tandem-mbo-lead", plan == "tandem-hbo-lead"],
        [solo_group, G_MBO, G_HBO, G_HBO, G_MBO, G_MBO, G_HBO],
        default=np.where(hbo_leads, G_HBO, G_MBO),
    )  # fmt: skip
    has_support = ~np.isin(plan, ["solo", "solo-mbo", "solo-hbo"])
    support_group = np.where(
        np.isin(plan, ["hbo-hbo", "mbo-mbo"]),
        lead_group,
        np.where(lead_group == G_HBO, G_MBO, G_HBO),
    )
    lead_group, support_group = _apply_compliance(windows.compliance, lead_group, support_group)
    start, end = windows.opened, windows.closed
    hbo_guidance_only = (
        (support_group != G_MBO) & (rng.random(n) < 0.45) & (windows.guidance[0] >= 0)
    )
    support_start = np.where(hbo_guidance_only, windows.guidance[0], start)
    support_end = np.where(hbo_guidance_only, windows.guidance[1], end)
    everyone = np.arange(n)
    lead = _requests(everyone, "regie", lead_group, start, end)
    support = _requests(everyone, "begeleiding", support_group, support_start, support_end)
    lay = _requests(everyone, "begeleiding", np.full(n, G_LAY), start, end)
    return lead, support.select(has_support), lay.select(plan == "3+")


def _apply_compliance(
    compliance: np.ndarray, lead: IntArray, support: IntArray
) -> tuple[IntArray, IntArray]:
    """Risky youth cases get a registered hbo'er, except the planned non-conform ones."""
    conform, not_conform = compliance == "conform", compliance == "not_conform"
    lead_is_hbo, support_is_hbo = lead == G_HBO, support == G_HBO
    lead = np.where(conform & (lead_is_hbo | ~support_is_hbo), G_REG, lead)
    support = np.where(conform & support_is_hbo & ~lead_is_hbo, G_REG, support)
    lead = np.where(not_conform & lead_is_hbo, G_HBO_UNREG, lead)
    support = np.where(not_conform & support_is_hbo, G_HBO_UNREG, support)
    return lead, support


def _requests(
    case: IntArray, role: str, group: IntArray, start: IntArray, end: IntArray
) -> Requests:
    n = len(case)
    return Requests(
        case=case,
        role=np.full(n, role, dtype=object),
        group=np.asarray(group, dtype=np.int64),
        start=np.asarray(start, dtype=np.int64),
        end=np.asarray(end, dtype=np.int64),
        exclude=np.full(n, -1, dtype=np.int64),
        hand_over=np.full(n, role != "consult"),
    )


def _consults(ctx: Context, windows: CaseWindows) -> Requests:
    """A short consult on some cases, by another professional, somewhere in the case."""
    rng = ctx.rng
    chosen = np.nonzero(rng.random(len(windows.team)) < CONSULT_SHARE)[0]
    opened = windows.opened[chosen]
    last_day = np.minimum(windows.closed[chosen], ctx.as_of)
    start = opened + (rng.random(len(chosen)) * (last_day - opened + 1)).astype(np.int64)
    end = np.minimum(start + rng.integers(0, 21, size=len(chosen)), last_day)
    return _requests(chosen, "consult", np.full(len(chosen), G_WORKER), start, end)


def _fill(ctx: Context, members: Members, windows: CaseWindows, todo: Requests) -> dict[str, Any]:
    """Pick a member per request; when that member leaves early, a colleague takes over."""
    parts: list[dict[str, np.ndarray]] = []
    while len(todo.case):
        member = _pick(ctx.rng, members, windows.team[todo.case], todo)
        found = member >= 0
        todo, member = todo.select(found), member[found]
        leaves = members.end[member] < todo.end
        parts.append(
            {
                "case": todo.case,
                "member": member,
                "role": todo.role,
                "start": todo.start,
                "end": np.where(leaves, members.end[member], todo.end),
            }
        )
        follow_up = leaves & todo.hand_over
        todo = todo.select(follow_up)
        todo.start = members.end[member[follow_up]] + 1
        todo.exclude = member[follow_up]
    if not parts:
        return {key: np.empty(0, dtype=np.int64) for key in ("case", "member", "start", "end")} | {
            "role": np.empty(0, dtype=object)
        }
    return {key: np.concatenate([part[key] for part in parts]) for key in parts[0]}


def _pick(rng: np.random.Generator, members: Members, team: IntArray, todo: Requests) -> IntArray:
    """FTE-weighted random member of the team, active on the start day, of the asked group.

    Falls back to any case worker, then to anyone active (every team has two core members who
    are there the whole time, so a lead is always found).
    """
    picked = np.full(len(team), -1, dtype=np.int64)
    order = np.argsort(team, kind="stable")
    bounds = np.searchsorted(team[order], np.arange(len(members.team_offsets)))
    for t in np.unique(team).tolist():
        rows = order[bounds[t] : bounds[t + 1]]
        first, last = int(members.team_offsets[t]), int(members.team_offsets[t + 1])
        choice = _pick_in_team(rng, members, first, last, todo, rows)
        picked[rows] = np.where(choice >= 0, first + choice, -1)
    return picked


def _pick_in_team(
    rng: np.random.Generator,
    members: Members,
    first: int,
    last: int,
    todo: Requests,
    rows: IntArray,
) -> IntArray:
    start = todo.start[rows][:, None]
    active = (members.start[first:last] <= start) & (members.end[first:last] >= start)
    active &= np.arange(first, last) != todo.exclude[rows][:, None]
    wanted = np.zeros_like(active)
    for group, mask in members.group.items():
        wanted |= (todo.group[rows] == group)[:, None] & mask[first:last]
    keys = rng.random(active.shape) ** (1.0 / members.fte[first:last])  # weighted sampling
    choice = np.full(len(rows), -1, dtype=np.int64)
    for candidates in (active & wanted, active & members.group[G_WORKER][first:last], active):
        usable = candidates.any(axis=1) & (choice < 0)
        choice = np.where(usable, np.where(candidates, keys, -1.0).argmax(axis=1), choice)
    return choice
