"""Widgets and blocks of the Pilots page (kept out of the page to keep it a paragraph)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analysis.education import CBS_GROUPS
from analysis.overview import municipality_shares
from analysis.pilots import CASE_GROUPS, PILOTS, REGULAR, PilotComparison, regie_sentence
from charts.pilots import group_label
from i18n import label, t
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
        t("pilots.choose"),
        list(PILOTS),
        format_func=group_label,
        key=state.PILOT_CHOICE,
        help=t("pilots.choose.help"),
    )


def _set_period(first: dt.date, last: dt.date) -> None:
    st.session_state[state.PERIOD] = (first, last)


def pilot_period_hint(windows: pd.DataFrame, pilot: str, filters: Filters) -> None:
    """When the pilot ran, and a button that makes that the period of every page."""
    rows = windows[windows["pilot"] == pilot]
    if rows.empty:
        st.caption(t("pilots.window.none", pilot=group_label(pilot)))
        return
    row = rows.iloc[0]
    first, last = row["first_opened"], row["last_opened"]
    st.caption(
        t(
            "pilots.window",
            pilot=group_label(pilot),
            first=f"{first:%d-%m-%Y}",
            last=f"{last:%d-%m-%Y}",
            count=show_count(row["cases"], filters.presentation),
        )
    )
    if (filters.start, filters.end) != (first, last):
        st.button(
            t("pilots.window.use"),
            on_click=_set_period,
            args=(first, last),
            help=t("pilots.window.use.help"),
        )


# --- Blocks --------------------------------------------------------------------------------------


def _day_count(value: float) -> str:
    """Whole days without decimals, a half day (a median of an even number) with one."""
    return format_number(value, 0 if float(value).is_integer() else 1)


def _days(value: float) -> str:
    return "–" if pd.isna(value) else t("pilots.days", days=_day_count(value))


def headline_metrics(summary: pd.DataFrame, pilot: str, presentation: bool) -> None:
    shown = mask_summary(summary, presentation)
    for group, kind in ((pilot, "pilot"), (REGULAR, "regular")):
        cols = st.columns(3)
        cols[0].metric(
            t(f"pilots.metric.cases.{kind}"),
            show_count(summary.loc[group, "cases"], presentation),
            help=t("overview.cases.help"),
        )
        cols[1].metric(
            t(f"pilots.metric.escalated.{kind}"),
            format_pct(shown.loc[group, "escalation_rate"]),
            help=t("pilots.metric.escalated.help"),
        )
        cols[2].metric(
            t(f"pilots.metric.duration.{kind}"),
            _days(shown.loc[group, "median_days"]),
            help=t("pilots.metric.duration.help"),
        )


def comparison_statement(comparison: PilotComparison, presentation: bool) -> None:
    """The plain-language conclusion; without numbers when a count below 5 would show."""
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
        st.caption(t("pilots.percentages_hidden"))
        return
    st.markdown(f"**{comparison.sentence}**")


def summary_table(summary: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """One display row per group (both pilots and regular), in the current language."""
    shown = mask_summary(summary, presentation)
    rows = []
    for group in CASE_GROUPS:
        row = shown.loc[group]
        rows.append(
            {
                t("pilots.table.group"): group_label(group),
                t("pilots.table.cases"): show_count(summary.loc[group, "cases"], presentation),
                t("pilots.table.closed"): show_count(summary.loc[group, "closed"], presentation),
                t("pilots.table.escalated"): show_count(
                    summary.loc[group, "escalated"], presentation
                ),
                t("pilots.table.escalation"): format_pct(row["escalation_rate"]),
                t("pilots.table.interval"): _interval(
                    row["escalation_low"], row["escalation_high"]
                ),
                t("pilots.table.duration"): _days(row["median_days"]),
                t("pilots.table.spread"): _range_days(row["p25_days"], row["p75_days"]),
            }
        )
    return pd.DataFrame(rows)


def _interval(low: float, high: float) -> str:
    return "–" if pd.isna(low) else f"{format_pct(low)} – {format_pct(high)}"


def _range_days(low: float, high: float) -> str:
    if pd.isna(low):
        return "–"
    return t("pilots.days_range", low=_day_count(low), high=_day_count(high))


def regie_statement(regie: pd.DataFrame, pilot: str, presentation: bool) -> None:
    """Who held the regie, in one sentence; left out when it would show a count below 5."""
    involved = regie[regie["group"].isin([pilot, REGULAR])]
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
    parts = ", ".join(f"{label(group)} {format_pct(shares[group])}" for group in CBS_GROUPS)
    explain(t("pilots.population_context", municipality=filters.municipality_name, parts=parts))
    show_population_source(population)
