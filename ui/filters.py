"""The sidebar every page shares; it yields one frozen Filters value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st

from data_model.access import Principal
from i18n import t
from ui import state
from ui.access import session_principal
from ui.entry import hand_over_to_entry_script
from ui.language import apply_language

DEFAULT_PERIOD_DAYS = 365


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
        return t("common.period_range", start=f"{self.start:%d-%m-%Y}", end=f"{self.end:%d-%m-%Y}")


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1), today


def _chosen_period(value: object, today: dt.date) -> tuple[dt.date, dt.date]:
    """A date_input range gives one date while the user is still picking: keep the default."""
    if isinstance(value, tuple | list) and len(value) == 2:
        start, end = value
        return (start, end) if start <= end else (end, start)
    return default_period(today)


def _forget_unknown_choice(key: str, options: list[object]) -> None:
    """A remembered (or planted) choice that is not on offer is dropped, never used."""
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]


def _select_team(teams: pd.DataFrame) -> pd.Series:
    municipalities = teams.drop_duplicates("municipality_id")
    names = dict(
        zip(municipalities["municipality_id"], municipalities["municipality_name"], strict=True)
    )
    first_team_municipality = teams.sort_values("team_id")["municipality_id"].iloc[0]
    _forget_unknown_choice(state.MUNICIPALITY, list(names))
    municipality_id = st.sidebar.selectbox(
        t("sidebar.municipality"),
        options=list(names),
        index=list(names).index(first_team_municipality),
        format_func=names.__getitem__,
        key=state.MUNICIPALITY,
    )
    own = teams[teams["municipality_id"] == municipality_id]
    team_names = dict(zip(own["team_id"], own["team_name"], strict=True))
    _forget_unknown_choice(state.TEAM, list(team_names))
    team_id = st.sidebar.selectbox(
        t("sidebar.team"),
        options=list(team_names),
        format_func=team_names.__getitem__,
        key=state.TEAM,
    )
    return own[own["team_id"] == team_id].iloc[0]


def sidebar_filters(
    url: str,
    teams: pd.DataFrame,
    presentation_default: bool,
    *,
    forced_presentation: bool = False,
) -> Filters | None:
    """Draw the shared sidebar over `teams` (only the permitted ones); None without a team.
    `forced_presentation` (a viewer): presentation mode on and the toggle disabled."""
    st.sidebar.header(t("sidebar.header"))
    if teams.empty:
        st.session_state.pop(state.FILTERS, None)
        st.sidebar.info(t("sidebar.no_teams"))
        return None
    team = _select_team(teams)
    today = dt.date.today()
    st.session_state.setdefault(state.PERIOD, default_period(today))
    period = st.sidebar.date_input(
        t("sidebar.period"),
        key=state.PERIOD,
        format="DD-MM-YYYY",
        help=t("sidebar.period.help"),
    )
    start, end = _chosen_period(period, today)
    st.session_state.setdefault(state.PRESENTATION_MODE, presentation_default)
    if forced_presentation:
        st.session_state[state.PRESENTATION_MODE] = True
    presentation = st.sidebar.toggle(
        t("sidebar.presentation"),
        key=state.PRESENTATION_MODE,
        help=t(
            "access.presentation_forced" if forced_presentation else "sidebar.presentation.help"
        ),
        disabled=forced_presentation,
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
        presentation=bool(presentation) or forced_presentation,
    )
    st.session_state[state.FILTERS] = filters
    return filters


def permitted_filters(filters: Filters, principal: Principal | None) -> Filters | None:
    """The filters checked again on the server: None for a team the principal may not see
    (or no principal at all); a viewer always gets presentation mode."""
    if principal is None or not principal.may_see_team(filters.team_id):
        return None
    if principal.forced_presentation and not filters.presentation:
        return replace(filters, presentation=True)
    return filters


def current_filters() -> Filters | None:
    """The filters the entry script put in the session for this run."""
    hand_over_to_entry_script(entry_has_run=state.FILTERS in st.session_state)
    apply_language()
    value = st.session_state.get(state.FILTERS)
    if not isinstance(value, Filters):
        return None
    return permitted_filters(value, session_principal())
