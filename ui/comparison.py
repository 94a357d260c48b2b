"""Widgets, data loading and display tables of the Vergelijken page."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.comparison import (
    COUNT_COLUMNS,
    SHARE_BASIS,
    comparison_table,
    long_mix,
    netherlands_shares,
    sort_table,
)
from analysis.duos import DUO_TYPES
from analysis.education import CBS_GROUPS
from analysis.phases import PHASES
from analysis.reference import NETHERLANDS_CODE
from ui import data, state
from ui.filters import Filters
from ui.page import format_number, format_pct
from ui.privacy import SMALL_COUNT_LIMIT, show_count

MAX_DEFAULT_TEAMS = 8
MAX_CHART_TEAMS = 40
SORT_OPTIONS: dict[str, str] = {
    "Gemeente / team": "label",
    "Teamleden": "headcount",
    "FTE": "fte",
    "Aandeel mbo in team": "mbo_share",
    "Aandeel hoog (hbo/wo) in team": "team_hoog",
    "Dissimilariteit": "dissimilarity",
    "Casussen": "cases",
    "Aandeel mbo-hbo-tandems": "tandem_share",
    "Opschaling": "escalation_rate",
    "Casussen per FTE": "caseload_per_fte",
}
NAME_COLUMN = "Gemeente / team"
BENCHMARK_NAME = "Nederland (bevolking, ter vergelijking)"


@dataclass(frozen=True)
class ComparisonData:
    """The table (one row per chosen team, sorted, small numbers masked when presenting), the
    duo and phase mixes in long form, the population rows used and Nederland's shares."""

    table: pd.DataFrame
    duo_mix: pd.DataFrame
    phase_mix: pd.DataFrame
    population: pd.DataFrame
    benchmark: pd.Series


# --- Widgets -------------------------------------------------------------------------------------


def default_teams(teams: pd.DataFrame, filters: Filters) -> list[int]:
    """All teams when there are at most MAX_DEFAULT_TEAMS; else the current municipality's."""
    if len(teams) <= MAX_DEFAULT_TEAMS:
        return [int(team_id) for team_id in teams["team_id"]]
    own = teams[teams["municipality_id"] == filters.municipality_id]
    return [int(team_id) for team_id in own["team_id"]]


def choose_teams(teams: pd.DataFrame, filters: Filters) -> list[int]:
    names = {
        int(row.team_id): f"{row.municipality_name} — {row.team_name}" for row in teams.itertuples()
    }
    chosen = st.session_state.get(state.COMPARISON_TEAMS)
    if chosen is None:
        st.session_state[state.COMPARISON_TEAMS] = default_teams(teams, filters)
    else:
        st.session_state[state.COMPARISON_TEAMS] = [t for t in chosen if t in names]
    return st.multiselect(
        "Gemeenten en teams",
        list(names),
        format_func=names.__getitem__,
        key=state.COMPARISON_TEAMS,
        help="Kies twee of meer teams om naast elkaar te zetten. Nederland staat er als "
        "maatstaf voor de bevolking altijd bij.",
    )


def choose_sort() -> tuple[str, bool]:
    cols = st.columns([3, 1])
    choice = cols[0].selectbox("Sorteer op", list(SORT_OPTIONS), key=state.COMPARISON_SORT)
    descending = cols[1].toggle("Aflopend", key=state.COMPARISON_SORT_DESCENDING)
    return SORT_OPTIONS[choice], bool(descending)


# --- Data ----------------------------------------------------------------------------------------


def mask_small_counts(table: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """Presentation mode: every share resting on a count of 1-4 becomes NaN (hidden)."""
    if not presentation:
        return table
    masked = table.copy()
    for share, basis in SHARE_BASIS.items():
        small = (table[basis] > 0) & (table[basis] < SMALL_COUNT_LIMIT)
        masked[share] = masked[share].astype(float).mask(small)
    return masked


def _mask_mix(mix: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    if not presentation:
        return mix
    small = (mix["cases"] > 0) & (mix["cases"] < SMALL_COUNT_LIMIT)
    return mix.assign(
        cases=mix["cases"].astype(float).mask(small), share=mix["share"].astype(float).mask(small)
    )


def load_comparison(
    filters: Filters, teams: pd.DataFrame, team_ids: list[int], sort_by: str, descending: bool
) -> ComparisonData:
    url, ids, start, end = filters.url, tuple(team_ids), filters.start, filters.end
    chosen = teams[teams["team_id"].isin(team_ids)]
    codes = (*sorted(set(chosen["municipality_code"])), NETHERLANDS_CODE)
    population = data.population(url, codes)
    duos = data.comparison_duo_types(url, ids, start, end)
    phases = data.comparison_open_phases(url, ids, end)
    table = comparison_table(
        teams=chosen,
        members=data.comparison_members(url, ids, start, end),
        case_counts=data.comparison_case_counts(url, ids, start, end),
        duo_counts=duos,
        phase_counts=phases,
        member_cases=data.comparison_member_cases(url, ids, start, end),
        population=population,
        start=filters.start_ts,
        end=filters.end_ts,
    )
    table = sort_table(mask_small_counts(table, filters.presentation), sort_by, descending)
    return ComparisonData(
        table=table,
        duo_mix=_mask_mix(long_mix(table, duos, "duo_type", DUO_TYPES), filters.presentation),
        phase_mix=_mask_mix(long_mix(table, phases, "phase", PHASES), filters.presentation),
        population=population,
        benchmark=netherlands_shares(population),
    )


# --- Display tables ------------------------------------------------------------------------------


def composition_table(
    table: pd.DataFrame, benchmark: pd.Series, presentation: bool
) -> pd.DataFrame:
    """Team size, education mix (team and municipality) and D per team; Nederland last."""
    rows = [
        {
            NAME_COLUMN: row["label"],
            "Teamleden": show_count(row["headcount"], presentation),
            "FTE": format_number(row["fte"], 1),
            **{f"Team {g}": format_pct(row[f"team_{g}"]) for g in CBS_GROUPS},
            **{f"Bevolking {g}": format_pct(row[f"pop_{g}"]) for g in CBS_GROUPS},
            "mbo": format_pct(row["mbo_share"]),
            "hbo/wo": format_pct(row["hbo_share"]),
            "Dissimilariteit": format_pct(row["dissimilarity"]),
        }
        for _, row in table.iterrows()
    ]
    rows.append(
        {
            NAME_COLUMN: BENCHMARK_NAME,
            **{f"Bevolking {g}": format_pct(benchmark.get(g, float("nan"))) for g in CBS_GROUPS},
        }
    )
    return pd.DataFrame(rows).fillna("")


def work_table(table: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """Cases, duo mix, phase mix, escalation and caseload per team."""
    rows = [
        {
            NAME_COLUMN: row["label"],
            "Casussen": show_count(row["cases"], presentation),
            "In duo": format_pct(row["duo_share"]),
            "mbo-hbo-tandem": format_pct(row["tandem_share"]),
            "Open op einddatum": show_count(row["open_with_phase"], presentation),
            **{phase.capitalize(): format_pct(row[f"share_{phase}"]) for phase in PHASES},
            "Afgesloten": show_count(row["closed"], presentation),
            "Opschaling": format_pct(row["escalation_rate"]),
            "95%-interval": (
                "–"
                if pd.isna(row["escalation_low"])
                else f"{format_pct(row['escalation_low'])} – {format_pct(row['escalation_high'])}"
            ),
            "Casussen per FTE": format_number(row["caseload_per_fte"], 1),
        }
        for _, row in table.iterrows()
    ]
    return pd.DataFrame(rows)


def chart_rows(table: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """The first MAX_CHART_TEAMS rows in the chosen order (charts stay readable); in
    presentation mode counts of 1-4 become NaN, which the charts' hover texts show as "<5"."""
    rows = table.head(MAX_CHART_TEAMS)
    if not presentation:
        return rows
    counts = [column for column in COUNT_COLUMNS if column in rows]
    small = (rows[counts] > 0) & (rows[counts] < SMALL_COUNT_LIMIT)
    return rows.assign(**{c: rows[c].astype(float).mask(small[c]) for c in counts})
