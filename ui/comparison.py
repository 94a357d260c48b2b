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
from i18n import label, t
from ui import data, state
from ui.filters import Filters
from ui.page import format_number, format_pct
from ui.privacy import SMALL_COUNT_LIMIT, show_count

MAX_DEFAULT_TEAMS = 8
MAX_CHART_TEAMS = 40
# Sort options: the table column to sort on (the value kept in the session state, the same in
# every language) and the translation key of its label.
SORT_OPTIONS: dict[str, str] = {
    "label": "compare.column.name",
    "headcount": "compare.column.members",
    "fte": "compare.column.fte",
    "mbo_share": "compare.sort.mbo_share",
    "team_hoog": "compare.sort.team_hoog",
    "dissimilarity": "compare.column.dissimilarity",
    "cases": "compare.column.cases",
    "tandem_share": "compare.sort.tandem_share",
    "escalation_rate": "compare.column.escalation",
    "caseload_per_fte": "compare.column.caseload",
}


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
        t("compare.teams"),
        list(names),
        format_func=names.__getitem__,
        key=state.COMPARISON_TEAMS,
        help=t("compare.teams.help"),
    )


def _sort_label(column: str) -> str:
    return t(SORT_OPTIONS[column])


def choose_sort() -> tuple[str, bool]:
    """The column to sort the teams on (a key of SORT_OPTIONS) and whether descending."""
    cols = st.columns([3, 1])
    choice = cols[0].selectbox(
        t("compare.sort"), list(SORT_OPTIONS), format_func=_sort_label, key=state.COMPARISON_SORT
    )
    descending = cols[1].toggle(t("compare.descending"), key=state.COMPARISON_SORT_DESCENDING)
    return choice, bool(descending)


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
    reads = data.comparison_reads(url, ids, start, end)
    duos, phases = reads.duo_counts, reads.phase_counts
    table = comparison_table(
        teams=chosen,
        members=reads.members,
        case_counts=reads.case_counts,
        duo_counts=duos,
        phase_counts=phases,
        member_cases=reads.member_cases,
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
    name = t("compare.column.name")
    team = {g: t("compare.column.team_group", group=label(g)) for g in CBS_GROUPS}
    population = {g: t("compare.column.population_group", group=label(g)) for g in CBS_GROUPS}
    rows = [
        {
            name: row["label"],
            t("compare.column.members"): show_count(row["headcount"], presentation),
            t("compare.column.fte"): format_number(row["fte"], 1),
            **{team[g]: format_pct(row[f"team_{g}"]) for g in CBS_GROUPS},
            **{population[g]: format_pct(row[f"pop_{g}"]) for g in CBS_GROUPS},
            t("compare.column.mbo"): format_pct(row["mbo_share"]),
            t("compare.column.hbo"): format_pct(row["hbo_share"]),
            t("compare.column.dissimilarity"): format_pct(row["dissimilarity"]),
        }
        for _, row in table.iterrows()
    ]
    rows.append(
        {
            name: t("compare.benchmark"),
            **{population[g]: format_pct(benchmark.get(g, float("nan"))) for g in CBS_GROUPS},
        }
    )
    return pd.DataFrame(rows).fillna("")


def work_table(table: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """Cases, duo mix, phase mix, escalation and caseload per team."""
    phases = {phase: label(phase).capitalize() for phase in PHASES}
    rows = [
        {
            t("compare.column.name"): row["label"],
            t("compare.column.cases"): show_count(row["cases"], presentation),
            t("compare.column.in_duo"): format_pct(row["duo_share"]),
            t("compare.column.tandem"): format_pct(row["tandem_share"]),
            t("compare.column.open_on_end"): show_count(row["open_with_phase"], presentation),
            **{phases[phase]: format_pct(row[f"share_{phase}"]) for phase in PHASES},
            t("compare.column.closed"): show_count(row["closed"], presentation),
            t("compare.column.escalation"): format_pct(row["escalation_rate"]),
            t("compare.column.interval"): (
                "–"
                if pd.isna(row["escalation_low"])
                else f"{format_pct(row['escalation_low'])} – {format_pct(row['escalation_high'])}"
            ),
            t("compare.column.caseload"): format_number(row["caseload_per_fte"], 1),
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
