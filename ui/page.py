"""Small building blocks that every page uses: empty states, explanations, source lines."""

from __future__ import annotations

import pandas as pd
import streamlit as st

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


def population_source_line(population: pd.DataFrame) -> str:
    """'Bron: …, peiljaar …' for the population rows used, with a fictief marker."""
    if population.empty:
        return "Bron bevolking: geen cijfers beschikbaar."
    parts = []
    for source, rows in population.groupby("source", sort=True):
        years = ", ".join(str(y) for y in sorted(rows["year"].unique()))
        fictional = " — **fictief/indicatief**" if (rows["status"] == "fictief").any() else ""
        parts.append(f"{source} (peiljaar {years}){fictional}")
    return "Bron bevolking (15–74 jaar, opleidingsniveau): " + "; ".join(parts) + "."


def show_population_source(population: pd.DataFrame) -> None:
    st.caption(population_source_line(population))


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
