"""The Pilots page's window per pilot: first and last opening day and the number of cases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from data_model.bulk import insert_dataset
from data_model.pilot_queries import load_pilot_windows
from tests.fixture_data import tiny_dataset


def test_one_row_per_pilot_of_the_team_regular_cases_left_out(empty_engine: Engine) -> None:
    dataset = tiny_dataset()
    template = next(case for case in dataset["case"] if case["code"] == "TD-006")  # waakvlam
    extra = [
        template | {"id": 20, "code": "TD-020", "opened_on": dt.date(2024, 2, 1)},
        template
        | {
            "id": 21,
            "code": "TD-021",
            "pilot": "verwarde_personen",
            "opened_on": dt.date(2025, 9, 15),
        },
        template | {"id": 22, "code": "VS-120", "team_id": 2, "opened_on": dt.date(2026, 2, 1)},
    ]
    dataset["case"] = [*dataset["case"], *extra]
    insert_dataset(empty_engine, dataset)

    windows = load_pilot_windows(empty_engine, 1)

    assert windows.to_dict("records") == [
        {
            "pilot": "verwarde_personen",
            "first_opened": dt.date(2025, 9, 15),
            "last_opened": dt.date(2025, 9, 15),
            "cases": 1,
        },
        {
            "pilot": "waakvlam",
            "first_opened": dt.date(2024, 2, 1),
            "last_opened": dt.date(2025, 6, 1),
            "cases": 2,
        },
    ]


def test_a_team_without_pilot_cases_has_no_windows(tiny_engine: Engine) -> None:
    assert load_pilot_windows(tiny_engine, 2).empty
