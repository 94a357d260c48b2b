"""Small building blocks that every page uses: empty states, explanations, source lines."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.reference import population_source_line
from i18n import number, percent, t
from ui import state
from ui.access import require_principal
from ui.filters import Filters, current_filters


def require_filters() -> Filters:
    """The shared selection, checked against the principal; or a friendly empty state, or a
    refusal for a team the principal may not see, that ends the page."""
    filters = current_filters()
    require_principal()
    if filters is None:
        if isinstance(st.session_state.get(state.FILTERS), Filters):
            st.error(t("access.team_refused"))
        else:
            st.info(t("common.no_teams"))
        st.stop()
    return filters


def explain(text: str) -> None:
    """One line under a figure saying how it is computed."""
    st.caption(text)


def show_population_source(population: pd.DataFrame) -> None:
    st.caption(population_source_line(population, markdown=True))


def format_number(value: float | None, digits: int = 0) -> str:
    """A number with the current language's separators (Dutch: 1.234,5); '–' when unknown."""
    if value is None or pd.isna(value):
        return "–"
    return number(value, digits, grouping=True)


def format_pct(value: float | None, digits: int = 0) -> str:
    """A share as a percentage ('42 %'); '–' when not available."""
    if value is None or pd.isna(value):
        return "–"
    return percent(value, digits)


def format_points(value: float | None) -> str:
    """A gap in percentage points with its sign ('+30 %-punt' / '+30 pp')."""
    if value is None or pd.isna(value):
        return "–"
    sign = "+" if value >= 0 else "-"
    return t("common.points", value=f"{sign}{format_number(abs(value))}")
