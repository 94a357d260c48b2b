"""The Streamlit edge of the data layer: the store opened once per URL, reads cached by filters."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from data_model import comparison_queries, pilot_queries, queries
from data_model.config import load_settings
from data_model.meta import SAMPLE_DATA_KEY, holds_sample_data, set_store_setting
from data_model.store import OpenedStore, open_store

CACHE_TTL_SECONDS = 600


def database_url() -> str:
    return load_settings().database_url


@st.cache_resource(show_spinner=False)  # app.py shows a spinner in the chosen language
def opened_store(url: str) -> OpenedStore:
    """Open (create, migrate) the store once per URL; a new SQLite file gets the sample data."""
    store = open_store(url)
    if store.created and load_settings().seed_sample_data:
        from sample_data.generate import populate

        populate(store.engine)
        set_store_setting(store.engine, SAMPLE_DATA_KEY, "fictief")
    return store


def engine() -> Engine:
    return opened_store(database_url()).engine


def clear_cached_reads() -> None:
    """Call after every write so pages show the new data."""
    st.cache_data.clear()


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def is_sample_store(url: str) -> bool:
    return holds_sample_data(opened_store(url).engine)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def teams(url: str) -> pd.DataFrame:
    return queries.load_teams(opened_store(url).engine)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def members(url: str, team_id: int) -> pd.DataFrame:
    return queries.load_members(opened_store(url).engine, [team_id])


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def cases(url: str, team_id: int, start: dt.date, end: dt.date) -> pd.DataFrame:
    return queries.load_cases(opened_store(url).engine, [team_id], start, end)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def assignments(url: str, team_id: int, start: dt.date, end: dt.date) -> pd.DataFrame:
    return queries.load_assignments(opened_store(url).engine, [team_id], start, end)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def phases(url: str, team_id: int, start: dt.date, end: dt.date) -> pd.DataFrame:
    return queries.load_phases(opened_store(url).engine, [team_id], start, end)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def areas(url: str, municipality_id: int) -> pd.DataFrame:
    return queries.load_areas(opened_store(url).engine, [municipality_id])


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def population(url: str, region_codes: tuple[str, ...]) -> pd.DataFrame:
    return queries.load_population(opened_store(url).engine, region_codes)


# --- Pilots and Vergelijken --------------------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def pilot_windows(url: str, team_id: int) -> pd.DataFrame:
    return pilot_queries.load_pilot_windows(opened_store(url).engine, team_id)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def comparison_reads(
    url: str, team_ids: tuple[int, ...], start: dt.date, end: dt.date
) -> comparison_queries.ComparisonReads:
    return comparison_queries.load_comparison_reads(opened_store(url).engine, team_ids, start, end)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def report_html(url: str, team_id: int, start: dt.date, end: dt.date, language: str) -> str:
    """The anonymised HTML report of one team and period (always presentation mode), cached
    per language."""
    from reporting.html_report import ReportSubject, TeamData, build_report

    team = teams(url).set_index("team_id").loc[team_id]
    codes = (str(team["municipality_code"]), "NL01")
    subject = ReportSubject(
        team_name=str(team["team_name"]),
        municipality_name=str(team["municipality_name"]),
        municipality_code=codes[0],
        start=start,
        end=end,
    )
    rows = TeamData(
        members=members(url, team_id),
        cases=cases(url, team_id, start, end),
        assignments=assignments(url, team_id, start, end),
        phases=phases(url, team_id, start, end),
        population=population(url, codes),
    )
    return build_report(subject, rows, sample_data=is_sample_store(url))
