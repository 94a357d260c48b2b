"""Fasen: who works in which phase (de mbo'er voor de basis) and is work spread fairly?"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.duos import case_duo_types
from analysis.phases import (
    group_share_of_phase,
    member_days_by_phase,
    member_days_summary,
    open_cases_by_phase,
    phase_counts_over_time,
    phase_durations,
    phase_members,
    phase_transitions,
)
from analysis.workload import caseload_per_fte, lead_role_share
from charts.overview import open_phase_bar
from charts.work import (
    caseload_bar,
    lead_share_bar,
    member_days_bar,
    phase_duration_box_or_bar,
    phase_sankey,
    phase_stack_over_time,
)
from i18n import label, t
from ui import state
from ui.filters import Filters
from ui.page import explain, require_filters
from ui.privacy import drop_small_rows, mask_count_series, mask_small, share_text
from ui.team_data import TeamRows, team_rows

GROUPINGS = ("target_group", "duo_type")


def phase_counts_section(rows: TeamRows, filters: Filters) -> None:
    st.subheader(t("phases.counts.header"))
    hide, start, end = filters.presentation, filters.start_ts, filters.end_ts
    open_now = mask_count_series(open_cases_by_phase(rows.cases, rows.phases, end), hide)
    st.plotly_chart(open_phase_bar(open_now), width="stretch")
    explain(t("phases.open.explain"))
    over_time = mask_small(
        phase_counts_over_time(rows.cases, rows.phases, start, end), hide, "cases", ("cases",)
    )
    st.plotly_chart(phase_stack_over_time(over_time), width="stretch")
    explain(t("phases.over_time.explain"))


def mbo_share_text(summary: pd.DataFrame, phase: str, presentation: bool) -> str:
    """The mbo'ers' share of a phase, hidden when the members behind it (all, or the mbo'ers
    among them) are 1-4."""
    return share_text(
        group_share_of_phase(summary, "mbo", phase),
        phase_members(summary, phase),
        presentation,
        part=phase_members(summary, phase, "mbo"),
        hidden=t("common.fewer_than_5_members"),
    )


def who_does_which_phase(rows: TeamRows, filters: Filters) -> None:
    st.subheader(t("phases.who.header"))
    days = member_days_by_phase(rows.assignments, rows.phases, filters.start_ts, filters.end_ts)
    summary = member_days_summary(days)
    cols = st.columns(2)
    for col, phase in zip(cols, ("toeleiding", "waakvlam"), strict=True):
        col.metric(
            t("phases.by_mbo", phase=label(phase).capitalize()),
            mbo_share_text(summary, phase, filters.presentation),
            help=t("phases.by_mbo.help", phase=label(phase)),
        )
    shown = mask_small(summary, filters.presentation, "members", ("days", "share"))
    st.plotly_chart(member_days_bar(shown), width="stretch")
    explain(t("phases.member_days.explain"))


def durations_and_flow(rows: TeamRows, filters: Filters) -> None:
    st.subheader(t("phases.durations.header"))
    hide, start, end = filters.presentation, filters.start_ts, filters.end_ts
    by = st.radio(
        t("phases.duration_by"),
        list(GROUPINGS),
        format_func=lambda option: t(f"phases.duration_by.{option}"),
        horizontal=True,
        key=state.DURATION_GROUPING,
    )
    case_types = case_duo_types(rows.cases, rows.assignments, start, end)
    durations = mask_small(
        phase_durations(rows.phases, rows.cases, case_types, by=by),
        hide,
        "count",
        ("count", "p25", "median", "p75"),
    )
    st.plotly_chart(phase_duration_box_or_bar(durations), width="stretch")
    explain(t("phases.durations.explain"))
    transitions = drop_small_rows(phase_transitions(rows.phases, rows.cases), hide, "value")
    st.plotly_chart(phase_sankey(transitions), width="stretch")
    explain(t("phases.flow.explain"))


def equal_standing(rows: TeamRows, filters: Filters) -> None:
    st.subheader(t("phases.equal.header"))
    hide, start, end = filters.presentation, filters.start_ts, filters.end_ts
    caseload = mask_small(
        caseload_per_fte(rows.assignments, rows.members, start, end),
        hide,
        "members",
        ("cases_per_fte", "member_cases"),
    )
    leads = mask_small(
        lead_role_share(rows.assignments, start, end),
        hide,
        "lead_assignments",
        ("lead_assignments", "lead_share"),
    )
    cols = st.columns(2)
    with cols[0]:
        st.plotly_chart(caseload_bar(caseload), width="stretch")
        explain(t("phases.caseload.explain"))
    with cols[1]:
        st.plotly_chart(lead_share_bar(leads), width="stretch")
        explain(t("phases.lead.explain"))


def main() -> None:
    filters = require_filters()
    st.title(t("phases.title"))
    st.caption(f"{filters.team_name} · {filters.period_label}")
    rows = team_rows(filters)
    if rows.cases.empty:
        st.info(t("common.no_cases"))
        return
    phase_counts_section(rows, filters)
    who_does_which_phase(rows, filters)
    durations_and_flow(rows, filters)
    equal_standing(rows, filters)


main()
