"""Turning the edits of an `st.data_editor` into validated saves (pure, no Streamlit).

The editor shows records read from the store (with `id` and `version`); its widget state holds
`edited_rows` as {row position: {column: new value}}. Each edited row is merged with its stored
values and validated as a whole; the result keeps the version the user saw, for the lock.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from data_model.columns import COLUMNS, ROW_MODELS, RecordKind, column_label
from data_model.validation import Problem, check_rows, is_blank
from data_model.writes import Edit


def stored_record(frame: pd.DataFrame, position: int, kind: RecordKind) -> dict[str, Any]:
    """The row's stored values for the kind's fields (blank as None)."""
    row = frame.iloc[position]
    return {
        column.field: None if is_blank(row.get(column.field)) else row.get(column.field)
        for column in COLUMNS[kind]
    }


def edits_from_editor(
    frame: pd.DataFrame, editor_state: Mapping[str, Any] | None, kind: RecordKind
) -> tuple[list[Edit], list[Problem]]:
    """Edits to save (row numbers count from 1 as shown) and every problem in them."""
    edited: Mapping[Any, Mapping[str, Any]] = (editor_state or {}).get("edited_rows", {})
    positions = sorted(int(position) for position in edited)
    records = [
        {**stored_record(frame, p, kind), **dict(edited.get(p, edited.get(str(p), {})))}
        for p in positions
    ]
    checked = check_rows(
        ROW_MODELS[kind],
        records,
        row_number=lambda index: positions[index] + 1,
        column_label=lambda field: column_label(kind, field),
    )
    edits = [
        Edit(
            record_id=int(frame.iloc[positions[index]]["id"]),
            expected_version=int(frame.iloc[positions[index]]["version"]),
            row=row,
            row_number=positions[index] + 1,
        )
        for index, row in checked.rows.items()
    ]
    return edits, checked.problems
