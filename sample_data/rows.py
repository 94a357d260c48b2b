"""A growing data set: table name → rows with explicit, sequential integer ids."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from data_model.bulk import TABLE_ORDER

Row = dict[str, Any]
Dataset = dict[str, list[Row]]


class RowBook:
    """Collects rows per table and hands out ids 1, 2, 3, … per table."""

    def __init__(self) -> None:
        self.tables: Dataset = {name: [] for name in TABLE_ORDER}

    def add(self, table: str, **values: Any) -> int:
        rows = self.tables[table]
        row_id = len(rows) + 1
        rows.append({"id": row_id, **{key: _plain(value) for key, value in values.items()}})
        return row_id


def _plain(value: Any) -> Any:
    """Enum members become their plain string code, so rows hold only builtin values."""
    return value.value if isinstance(value, StrEnum) else value
