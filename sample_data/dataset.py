"""Seeded fictional sample data: build it as rows (pure) or insert it into an empty store.

Everything but the Nederland reference figures is invented and labelled "fictief".
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Engine

from data_model.bulk import insert_dataset, is_empty
from sample_data.caseload import add_cases
from sample_data.hardinxveld import HARDINXVELD_GIESSENDAM
from sample_data.members import add_members
from sample_data.neighbours import NEIGHBOURS
from sample_data.regions import add_municipality, add_national_reference, add_population
from sample_data.rows import Dataset, RowBook
from sample_data.specs import MunicipalitySpec, Scale

DEFAULT_SEED = 2015
EARLIEST_AS_OF = dt.date(2020, 1, 1)

REGIONAL = Scale(name="regio", municipalities=(HARDINXVELD_GIESSENDAM, *NEIGHBOURS))
SCALES: dict[str, Scale] = {REGIONAL.name: REGIONAL}
# Scales made column-wise by their own generator (too big for row specifications).
NATIONAL_SCALE = "national"  # sample_data.national: all Dutch wijkteams together
SCALE_NAMES: tuple[str, ...] = (*SCALES, NATIONAL_SCALE)


class StoreNotEmptyError(Exception):
    """Sample data only goes into an empty store."""


def build_dataset(
    seed: int = DEFAULT_SEED, as_of: dt.date | None = None, *, scale: Scale = REGIONAL
) -> Dataset:
    """Table name → rows with explicit ids; the same seed and as_of give the same rows."""
    as_of = as_of or dt.date.today()
    if as_of < EARLIEST_AS_OF:
        raise ValueError(f"as_of must be on or after {EARLIEST_AS_OF.isoformat()}")
    book = RowBook()
    add_national_reference(book)
    for spec in scale.municipalities:
        _add_municipality_and_team(book, spec, seed, as_of, scale)
    return book.tables


def populate(
    engine: Engine,
    seed: int = DEFAULT_SEED,
    as_of: dt.date | None = None,
    *,
    scale: Scale = REGIONAL,
) -> dict[str, int]:
    """Insert the sample into an empty store in one transaction; return rows per table."""
    if not is_empty(engine):
        raise StoreNotEmptyError(
            "De database bevat al gegevens. Voorbeeldgegevens worden alleen in een lege database "
            "geladen; er is niets veranderd."
        )
    dataset = build_dataset(seed, as_of, scale=scale)
    insert_dataset(engine, dataset)
    return {table: len(rows) for table, rows in dataset.items()}


def populate_scale(
    engine: Engine,
    name: str,
    seed: int = DEFAULT_SEED,
    as_of: dt.date | None = None,
    *,
    factor: float = 1.0,
) -> dict[str, int]:
    """Fill an empty store with the scale called `name` (see SCALE_NAMES); rows per table.

    `factor` shrinks or grows the national scale (0.002: a tiny copy with the same shape).
    """
    if name == NATIONAL_SCALE:
        from sample_data.national import NATIONAL, populate_national

        return populate_national(engine, seed, as_of or dt.date.today(), NATIONAL.scaled(factor))
    if factor != 1.0:
        raise ValueError(f"de schaal {name} heeft een vaste omvang")
    return populate(engine, seed, as_of, scale=SCALES[name])


def _add_municipality_and_team(
    book: RowBook, spec: MunicipalitySpec, seed: int, as_of: dt.date, scale: Scale
) -> None:
    areas = add_municipality(book, spec)
    add_population(book, spec, scale.population_years)
    team = spec.team
    team_id = book.add(
        "team", municipality_id=areas.municipality_id, name=team.name, founded_on=team.founded_on
    )
    members = add_members(book, _rng(seed, team.code_prefix, "members"), team_id, team, as_of)
    cases_rng = _rng(seed, team.code_prefix, "cases")
    add_cases(book, cases_rng, team_id, team, areas, members, scale.cases_from, as_of)


def _rng(seed: int, team_prefix: str, purpose: str) -> random.Random:
    """One generator per team and purpose, so one team's draws never shift another's."""
    return random.Random(f"{seed}:{team_prefix}:{purpose}")
