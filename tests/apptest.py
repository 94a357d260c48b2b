"""Helpers for running the app through streamlit.testing.v1.AppTest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.fixture_data import PERIOD_END, PERIOD_START

APP = Path(__file__).resolve().parent.parent / "app.py"
TIMEOUT = 60


def run_page(
    page: str | None = None,
    period: tuple[dt.date, dt.date] | None = (PERIOD_START, PERIOD_END),
    **session: Any,
) -> AppTest:
    """Run app.py (and switch to `page`, e.g. 'pages/bevolking.py') with session state set.

    `period=None` keeps the app's default period (the last 12 months).
    """
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    if period is not None:
        at.session_state["filter_period"] = period
    for key, value in session.items():
        at.session_state[key] = value
    at.run()
    if page is not None:
        at.switch_page(page).run()
    return at


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}
