"""Bulk loading of a whole data set (sample data, national benchmark data, restores)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import Column, Connection, Engine, Table, func, insert, select

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


class ColumnValues(Protocol):
    """One column's values: a list, a numpy array, … (sized and sliceable)."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: slice, /) -> Any: ...


ColumnTable = Mapping[str, ColumnValues]  # column name → values
SQLITE_LOAD_PRAGMAS = {"synchronous": "OFF", "cache_size": "-262144"}  # 256 MiB page cache


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
        sync_id_sequences(conn)


def insert_columns(engine: Engine, tables: Mapping[str, ColumnTable], chunk: int = 50_000) -> None:
    """Insert column-wise tables (table → column → values) in one transaction.

    The fast path for generated data sets too big for a dict per row (the national sample):
    rows are built one chunk at a time, values may be numpy arrays. Meant for filling an empty
    store: secondary indexes are dropped during the load and rebuilt at the end, and on SQLite
    the load runs with relaxed durability (restored afterwards). It is one transaction, so a
    failure leaves the store as it was.
    """
    unknown = set(tables) - set(TABLE_ORDER)
    if unknown:
        raise ValueError(f"unknown tables: {sorted(unknown)}")
    indexes = [index for name in TABLE_ORDER for index in Base.metadata.tables[name].indexes]
    with engine.begin() as conn:
        previous = _relax_sqlite_durability(conn)
        for index in indexes:  # building them once afterwards is twice as fast
            index.drop(conn)
        for name in TABLE_ORDER:
            if tables.get(name):
                _insert_table_columns(conn, Base.metadata.tables[name], tables[name], chunk)
        for index in indexes:
            index.create(conn)
        sync_id_sequences(conn)
    if previous:
        with engine.begin() as conn:
            _set_pragmas(conn, previous)


def _insert_table_columns(conn: Connection, table: Table, columns: ColumnTable, chunk: int) -> None:
    names = list(columns)
    length = len(columns[names[0]])
    if any(len(columns[name]) != length for name in names):
        raise ValueError(f"columns of {table.name} differ in length")
    for start in range(0, length, chunk):
        values = {name: _plain_values(columns[name][start : start + chunk]) for name in names}
        if conn.dialect.positional:
            _execute_positional(conn, table, values)
        else:
            rows = zip(*values.values(), strict=True)
            conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


def _execute_positional(conn: Connection, table: Table, values: Mapping[str, list[Any]]) -> None:
    """executemany with tuples, values converted column by column by their types' processors.

    Same statement and conversions as `conn.execute(insert(table), dicts)`, without building a
    parameter dict per row (much faster for millions of rows on SQLite).
    """
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(values))
    length = len(next(iter(values.values())))
    converted = [
        _bind_values(conn, table.c[name], _given_or_default(table.c[name], values, length))
        for name in compiled.positiontup or []
    ]
    conn.exec_driver_sql(str(compiled), list(zip(*converted, strict=True)))


def _given_or_default(column: Column[Any], values: Mapping[str, list[Any]], length: int) -> list:
    """The given values, or the column's Python-side scalar default (e.g. version = 1)."""
    if column.name in values:
        return values[column.name]
    default = column.default
    if default is None or not default.is_scalar:
        raise ValueError(f"no value and no scalar default for column {column.name}")
    return [default.arg] * length  # type: ignore[attr-defined]


def _bind_values(conn: Connection, column: Column[Any], values: list[Any]) -> list[Any]:
    processor = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return values if processor is None else [processor(value) for value in values]


def _plain_values(values: Any) -> list[Any]:
    """Builtin Python values (numpy arrays and scalars have `tolist`)."""
    tolist = getattr(values, "tolist", None)
    return tolist() if tolist is not None else list(values)


def _relax_sqlite_durability(conn: Connection) -> dict[str, str]:
    """For a bulk load on SQLite: no fsync, big page cache. Returns the settings to restore."""
    if conn.dialect.name != "sqlite":
        return {}
    previous = {
        name: str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()) for name in SQLITE_LOAD_PRAGMAS
    }
    _set_pragmas(conn, SQLITE_LOAD_PRAGMAS)
    return previous


def _set_pragmas(conn: Connection, values: Mapping[str, str]) -> None:
    for name, value in values.items():
        conn.exec_driver_sql(f"PRAGMA {name}={value}")


def sync_id_sequences(conn: Connection) -> None:
    """After inserting explicit ids: move PostgreSQL's id sequences past the highest id.

    Without this the next row added by the app would get id 1 again and fail. SQLite needs
    nothing (it takes max(id) + 1).
    """
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.format_table
    for name in TABLE_ORDER:
        table = Base.metadata.tables[name]
        next_id = select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery()
        sequence = func.pg_get_serial_sequence(quote(table), "id")
        conn.execute(select(func.setval(sequence, next_id, False)))


def analyze(engine: Engine) -> None:
    """Refresh the planner's statistics (after a bulk load), so it picks the right indexes."""
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


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
