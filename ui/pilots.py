"""Widgets and blocks of the Pilots page (kept out of the page to keep it a paragraph)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analysis.education import CBS_GROUPS
from analysis.overview import municipality_shares
from analysis.pilots import CASE_GROUPS, PILOTS, PilotComparison, regie_sentence
from charts.pilots import group_label
from ui import data, state
from ui.filters import Filters
from ui.page import explain, format_number, format_pct, show_population_source
from ui.privacy import SMALL_COUNT_LIMIT, is_suppressed, show_count

ESCALATION_COLUMNS: tuple[str, ...] = ("escalation_rate", "escalation_low", "escalation_high")
DURATION_COLUMNS: tuple[str, ...] = ("median_days", "p25_days", "p75_days")


# --- Small-number rule ---------------------------------------------------------------------------


def _small(counts: pd.Series) -> pd.Series:
    return (counts > 0) & (counts < SMALL_COUNT_LIMIT)


def mask_summary(summary: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """Presentation mode: hide escalation rates resting on 1-4 escalated or closed cases (or on
    1-4 non-escalated ones: that also gives the count away) and durations of 1-4 closed cases."""
    if not presentation:
        return summary
    masked = summary.copy()
    rate_small = (
        _small(summary["escalated"])
        | _small(summary["closed"])
        | _small(summary["closed"] - summary["escalated"])
    )
    masked[list(ESCALATION_COLUMNS)] = masked[list(ESCALATION_COLUMNS)].mask(rate_small, axis=0)
    masked[list(DURATION_COLUMNS)] = masked[list(DURATION_COLUMNS)].mask(
        _small(summary["closed"]), axis=0
    )
    return masked


def mask_shares(frame: pd.DataFrame, presentation: bool, count: str = "cases") -> pd.DataFrame:
    """Presentation mode: counts, shares and intervals of cells with 1-4 cases become NaN."""
    if not presentation:
        return frame
    columns = [c for c in (count, "share", "share_low", "share_high") if c in frame]
    masked = frame.copy()
    masked[columns] = masked[columns].astype(float).mask(_small(frame[count]), axis=0)
    return masked


def mask_quarters(quarterly: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """Presentation mode: counts of 1-4 (open or closed cases) hidden, and rates resting on them."""
    if not presentation:
        return quarterly
    masked = quarterly.copy()
    for count in ("cases", "closed"):
        masked[count] = quarterly[count].astype(float).mask(_small(quarterly[count]))
    rate_small = (
        _small(quarterly["escalated"])
        | _small(quarterly["closed"])
        | _small(quarterly["closed"] - quarterly["escalated"])
    )
    masked[list(ESCALATION_COLUMNS)] = masked[list(ESCALATION_COLUMNS)].mask(rate_small, axis=0)
    return masked


# --- Widgets -------------------------------------------------------------------------------------


def choose_pilot(summary: pd.DataFrame) -> str:
    """The pilot to hold against regular cases; by default the one with most cases here."""
    busiest = max(PILOTS, key=lambda pilot: int(summary.loc[pilot, "cases"]))
    st.session_state.setdefault(state.PILOT_CHOICE, busiest)
    return st.selectbox(
        "Pilot",
        list(PILOTS),
        format_func=group_label,
        key=state.PILOT_CHOICE,
        help="De gekozen pilot wordt vergeleken met de reguliere casussen (zonder pilot) van "
        "hetzelfde team in dezelfde periode.",
    )


def _set_period(first: dt.date, last: dt.date) -> None:
    st.session_state[state.PERIOD] = (first, last)


def pilot_period_hint(windows: pd.DataFrame, pilot: str, filters: Filters) -> None:
    """When the pilot ran, and a button that makes that the period of every page."""
    rows = windows[windows["pilot"] == pilot]
    if rows.empty:
        st.caption(f"Dit team heeft geen casussen in de pilot {group_label(pilot)}.")
        return
    row = rows.iloc[0]
    first, last = row["first_opened"], row["last_opened"]
    st.caption(
        f"Pilot {group_label(pilot)} bij dit team: casussen geopend van {first:%d-%m-%Y} t/m "
        f"{last:%d-%m-%Y} ({show_count(row['cases'], filters.presentation)} in totaal)."
    )
    if (filters.start, filters.end) != (first, last):
        st.button(
            "Kies de looptijd van deze pilot als periode",
            on_click=_set_period,
            args=(first, last),
            help="Zet de periode in de zijbalk op de eerste t/m de laatste aanmelding in de pilot.",
        )


# --- Blocks --------------------------------------------------------------------------------------


def _day_count(value: float) -> str:
    """Whole days without decimals, a half day (a median of an even number) with one."""
    return format_number(value, 0 if float(value).is_integer() else 1)


def _days(value: float) -> str:
    return "–" if pd.isna(value) else f"{_day_count(value)} dagen"


def headline_metrics(summary: pd.DataFrame, pilot: str, presentation: bool) -> None:
    shown = mask_summary(summary, presentation)
    for group, name in ((pilot, "pilot"), ("geen", "regulier")):
        cols = st.columns(3)
        cols[0].metric(
            f"Casussen {name}",
            show_count(summary.loc[group, "cases"], presentation),
            help="Casussen die op minstens één dag in de periode open waren.",
        )
        cols[1].metric(
            f"Opgeschaald {name}",
            format_pct(shown.loc[group, "escalation_rate"]),
            help="Deel van de in de periode afgesloten casussen dat is opgeschaald naar "
            "tweedelijns hulp. Lopende casussen tellen niet mee: hun uitkomst is nog niet bekend.",
        )
        cols[2].metric(
            f"Doorlooptijd {name} (mediaan)",
            _days(shown.loc[group, "median_days"]),
            help="Mediaan van het aantal dagen van aanmelding tot afsluiting, van de in de "
            "periode afgesloten casussen.",
        )


def comparison_statement(comparison: PilotComparison, presentation: bool) -> None:
    """The plain-Dutch conclusion; without numbers when a count below 5 would show."""
    if comparison.too_small:
        st.info(comparison.sentence)
        return
    counts = (
        comparison.pilot_escalated,
        comparison.pilot_closed - comparison.pilot_escalated,
        comparison.regular_escalated,
        comparison.regular_closed - comparison.regular_escalated,
    )
    if any(is_suppressed(count, presentation) for count in counts):
        st.markdown(f"**{comparison.verdict}**")
        st.caption("Percentages op minder dan 5 casussen worden in presentatiemodus niet getoond.")
        return
    st.markdown(f"**{comparison.sentence}**")


def summary_table(summary: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """One display row per group (both pilots and regular), Dutch formatting."""
    shown = mask_summary(summary, presentation)
    rows = []
    for group in CASE_GROUPS:
        row = shown.loc[group]
        rows.append(
            {
                "Groep": group_label(group),
                "Casussen": show_count(summary.loc[group, "cases"], presentation),
                "Afgesloten": show_count(summary.loc[group, "closed"], presentation),
                "Opgeschaald": show_count(summary.loc[group, "escalated"], presentation),
                "Opschaling": format_pct(row["escalation_rate"]),
                "95%-interval": _interval(row["escalation_low"], row["escalation_high"]),
                "Doorlooptijd (mediaan)": _days(row["median_days"]),
                "Spreiding (25e–75e percentiel)": _range_days(row["p25_days"], row["p75_days"]),
            }
        )
    return pd.DataFrame(rows)


def _interval(low: float, high: float) -> str:
    return "–" if pd.isna(low) else f"{format_pct(low)} – {format_pct(high)}"


def _range_days(low: float, high: float) -> str:
    return "–" if pd.isna(low) else f"{_day_count(low)} – {_day_count(high)} dagen"


def regie_statement(regie: pd.DataFrame, pilot: str, presentation: bool) -> None:
    """Who held the regie, in one sentence; left out when it would show a count below 5."""
    involved = regie[regie["group"].isin([pilot, "geen"])]
    totals = involved.groupby("group")["assignments"].sum()
    counts = [*involved["assignments"], *totals]
    if any(is_suppressed(count, presentation) for count in counts):
        return
    sentence = regie_sentence(regie, pilot)
    if sentence:
        st.markdown(sentence)


def population_context(filters: Filters) -> None:
    """The municipality's education mix, to read the regierol against, with its source."""
    population = data.population(filters.url, (filters.municipality_code,))
    shares = municipality_shares(population, filters.municipality_code)
    parts = ", ".join(f"{group} {format_pct(shares[group])}" for group in CBS_GROUPS)
    explain(
        f"Ter vergelijking, opleidingsniveau van de inwoners (15–74 jaar) van "
        f"{filters.municipality_name}: {parts}. Mbo-2/3/4 hoort bij middelbaar, hbo/wo bij hoog."
    )
    show_population_source(population)
