"""The sidebar every page shares; it yields one frozen Filters value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ui import state

DEFAULT_PERIOD_DAYS = 365
ENTRY_SCRIPT = "app.py"


@dataclass(frozen=True)
class Filters:
    url: str
    municipality_id: int
    municipality_name: str
    municipality_code: str
    team_id: int
    team_name: str
    start: dt.date
    end: dt.date
    presentation: bool

    @property
    def start_ts(self) -> pd.Timestamp:
        return pd.Timestamp(self.start)

    @property
    def end_ts(self) -> pd.Timestamp:
        return pd.Timestamp(self.end)

    @property
    def period_label(self) -> str:
        return f"{self.start:%d-%m-%Y} t/m {self.end:%d-%m-%Y}"


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1), today


def _chosen_period(value: object, today: dt.date) -> tuple[dt.date, dt.date]:
    """A date_input range gives one date while the user is still picking: keep the default."""
    if isinstance(value, tuple | list) and len(value) == 2:
        start, end = value
        return (start, end) if start <= end else (end, start)
    return default_period(today)


def _select_team(teams: pd.DataFrame) -> pd.Series:
    municipalities = teams.drop_duplicates("municipality_id")
    names = dict(
        zip(municipalities["municipality_id"], municipalities["municipality_name"], strict=True)
    )
    first_team_municipality = teams.sort_values("team_id")["municipality_id"].iloc[0]
    municipality_id = st.sidebar.selectbox(
        "Gemeente",
        options=list(names),
        index=list(names).index(first_team_municipality),
        format_func=names.__getitem__,
        key=state.MUNICIPALITY,
    )
    own = teams[teams["municipality_id"] == municipality_id]
    team_names = dict(zip(own["team_id"], own["team_name"], strict=True))
    team_id = st.sidebar.selectbox(
        "Team", options=list(team_names), format_func=team_names.__getitem__, key=state.TEAM
    )
    return own[own["team_id"] == team_id].iloc[0]


def sidebar_filters(url: str, teams: pd.DataFrame, presentation_default: bool) -> Filters | None:
    """Draw the shared sidebar; None when the store has no team yet."""
    st.sidebar.header("Selectie")
    if teams.empty:
        st.session_state.pop(state.FILTERS, None)
        st.sidebar.info("Nog geen teams in de database. Voeg een team toe via Gegevensbeheer.")
        return None
    team = _select_team(teams)
    today = dt.date.today()
    st.session_state.setdefault(state.PERIOD, default_period(today))
    period = st.sidebar.date_input(
        "Periode",
        key=state.PERIOD,
        format="DD-MM-YYYY",
        help="Standaard de afgelopen 12 maanden. Een casus telt mee als hij in de periode liep.",
    )
    start, end = _chosen_period(period, today)
    st.session_state.setdefault(state.PRESENTATION_MODE, presentation_default)
    presentation = st.sidebar.toggle(
        "Presentatiemodus",
        key=state.PRESENTATION_MODE,
        help="Voor een gedeeld scherm: geen namen of casuscodes, kleine aantallen als <5.",
    )
    filters = Filters(
        url=url,
        municipality_id=int(team["municipality_id"]),
        municipality_name=str(team["municipality_name"]),
        municipality_code=str(team["municipality_code"]),
        team_id=int(team["team_id"]),
        team_name=str(team["team_name"]),
        start=start,
        end=end,
        presentation=bool(presentation),
    )
    st.session_state[state.FILTERS] = filters
    return filters


def _opened_without_entry_script() -> bool:
    """True when Streamlit ran a page file on its own (no app.py, so no sidebar or store).

    On a freshly started server the very first session that opens a page URL directly is run
    in Streamlit's old pages-directory mode; app.py has not declared the navigation yet.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return False
    return bool(PagesManager.uses_pages_directory)


def current_filters() -> Filters | None:
    """The filters the entry script put in the session for this run."""
    if _opened_without_entry_script():
        st.switch_page(ENTRY_SCRIPT)
    value = st.session_state.get(state.FILTERS)
    return value if isinstance(value, Filters) else None
