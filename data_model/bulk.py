"""Bulk loading of a whole data set (sample data, national benchmark data, restores)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, func, insert, select

from data_model.models import Base

# Parents before children, so foreign keys hold at every insert.
TABLE_ORDER: tuple[str, ...] = (
    "municipality",
    "area",
    "population_education",
    "team",
    "member",
    "case",
    "assignment",
    "phase_period",
)

Row = Mapping[str, Any]


def _chunks(rows: Sequence[Row], size: int) -> Iterable[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def insert_dataset(
    engine: Engine, dataset: Mapping[str, Sequence[Row]], chunk: int = 20_000
) -> None:
    """Insert every table of `dataset` (table name → rows) in one transaction."""
    unknown = set(dataset) - set(TABLE_ORDER)
    if unknown:
        raise ValueError(f"unknown tables: {sorted(unknown)}")
    with engine.begin() as conn:
        for name in TABLE_ORDER:
            table = Base.metadata.tables[name]
            for rows in _chunks(dataset.get(name, ()), chunk):
                conn.execute(insert(table), list(rows))


def row_counts(engine: Engine) -> dict[str, int]:
    """Number of rows per domain table."""
    with engine.connect() as conn:
        return {
            name: int(
                conn.execute(
                    select(func.count()).select_from(Base.metadata.tables[name])
                ).scalar_one()
            )
            for name in TABLE_ORDER
        }


def is_empty(engine: Engine) -> bool:
    return not any(row_counts(engine).values())
