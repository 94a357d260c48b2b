"""Small building blocks that every page uses: empty states, explanations, source lines."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.reference import population_source_line
from ui.filters import Filters, current_filters


def require_filters() -> Filters:
    """The shared selection, or a friendly empty state that ends the page."""
    filters = current_filters()
    if filters is None:
        st.info(
            "Er staan nog geen teams in de database. Begin bij **Gegevensbeheer**: voeg een "
            "gemeente, team en teamleden toe, of importeer ze uit Excel."
        )
        st.stop()
    return filters


def explain(text: str) -> None:
    """One line of Dutch under a figure saying how it is computed."""
    st.caption(text)


def show_population_source(population: pd.DataFrame) -> None:
    st.caption(population_source_line(population, markdown=True))


def format_pct(value: float, digits: int = 0) -> str:
    """Dutch percentage: 42 % with a decimal comma; '–' when not available."""
    if value is None or pd.isna(value):
        return "–"
    return f"{value * 100:.{digits}f}".replace(".", ",") + " %"


def format_number(value: float, digits: int = 0) -> str:
    if value is None or pd.isna(value):
        return "–"
    text = f"{value:,.{digits}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
