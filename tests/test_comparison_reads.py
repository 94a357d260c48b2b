"""The comparison page's reads run side by side and give what each read gives on its own."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from data_model import comparison_queries as cq
from tests.fixture_data import PERIOD_END, PERIOD_START

TEAMS = [1, 2]


def test_side_by_side_reads_equal_the_reads_one_by_one(tiny_engine: Engine) -> None:
    reads = cq.load_comparison_reads(tiny_engine, TEAMS, PERIOD_START, PERIOD_END)
    one_by_one = {
        "members": cq.load_period_members(tiny_engine, TEAMS, PERIOD_START, PERIOD_END),
        "case_counts": cq.load_case_counts(tiny_engine, TEAMS, PERIOD_START, PERIOD_END),
        "duo_counts": cq.load_duo_type_counts(tiny_engine, TEAMS, PERIOD_START, PERIOD_END),
        "phase_counts": cq.load_open_phase_counts(tiny_engine, TEAMS, PERIOD_END),
        "member_cases": cq.load_member_case_counts(tiny_engine, TEAMS, PERIOD_START, PERIOD_END),
    }
    for name, expected in one_by_one.items():
        assert not expected.empty, name
        pd.testing.assert_frame_equal(getattr(reads, name), expected, obj=name)


def test_a_failing_read_is_raised_not_swallowed(
    tiny_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> pd.DataFrame:
        raise OperationalError("SELECT …", {}, Exception("database is locked"))

    monkeypatch.setattr(cq, "load_open_phase_counts", broken)
    with pytest.raises(OperationalError, match="database is locked"):
        cq.load_comparison_reads(tiny_engine, TEAMS, PERIOD_START, PERIOD_END)
