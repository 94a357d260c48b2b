"""Fasen: who works in which phase (de mbo'er voor de basis) and is work spread fairly?"""

from __future__ import annotations

import streamlit as st

from analysis.duos import case_duo_types
from analysis.phases import (
    group_share_of_phase,
    member_days_by_phase,
    member_days_summary,
    open_cases_by_phase,
    phase_counts_over_time,
    phase_durations,
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
from ui import state
from ui.page import explain, format_pct, require_filters
from ui.privacy import drop_small_rows, mask_count_series, mask_small
from ui.team_data import team_rows

GROUPINGS = {"target_group": "Doelgroep", "duo_type": "Duotype"}


def main() -> None:
    filters = require_filters()
    st.title("Fasen en gelijkwaardigheid")
    st.caption(f"{filters.team_name} · {filters.period_label}")
    rows = team_rows(filters)
    start, end = filters.start_ts, filters.end_ts
    if rows.cases.empty:
        st.info("Geen casussen in deze periode. Kies een langere periode.")
        return

    st.subheader("Casussen per fase")
    hide = filters.presentation
    open_now = mask_count_series(open_cases_by_phase(rows.cases, rows.phases, end), hide)
    st.plotly_chart(open_phase_bar(open_now), width="stretch")
    explain("Open casussen op de laatste dag van de periode, naar hun fase op die dag.")
    over_time = mask_small(
        phase_counts_over_time(rows.cases, rows.phases, start, end), hide, "cases", ("cases",)
    )
    st.plotly_chart(phase_stack_over_time(over_time), width="stretch")
    explain("Per maand: open casussen aan het eind van de maand, gestapeld naar fase.")

    st.subheader("De mbo'er voor de basis: wie doet welke fase?")
    summary = member_days_summary(member_days_by_phase(rows.assignments, rows.phases, start, end))
    cols = st.columns(2)
    for col, phase in zip(cols, ("toeleiding", "waakvlam"), strict=True):
        col.metric(
            f"{phase.capitalize()} door mbo'ers",
            format_pct(group_share_of_phase(summary, "mbo", phase)),
            help=f"Aandeel van de teamlid-dagen in de fase {phase} dat mbo'ers werkten.",
        )
    st.plotly_chart(member_days_bar(summary), width="stretch")
    explain(
        "Teamlid-dagen per fase naar opleiding: elke dag dat een teamlid aan een casus was "
        "toegewezen terwijl die casus in de fase zat (binnen de periode), alle rollen."
    )

    st.subheader("Doorlooptijden en verloop")
    by = st.radio(
        "Doorlooptijd per",
        list(GROUPINGS),
        format_func=GROUPINGS.__getitem__,
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
    explain(
        "Mediaan en spreiding (25e–75e percentiel) in dagen van afgeronde fasen van de "
        "casussen in de periode."
    )
    transitions = drop_small_rows(phase_transitions(rows.phases, rows.cases), hide, "value")
    st.plotly_chart(phase_sankey(transitions), width="stretch")
    explain("Hoe casussen van fase naar fase gaan en met welke uitkomst ze eindigen.")

    st.subheader("Gelijkwaardigheid: werkdruk en regie")
    cols = st.columns(2)
    with cols[0]:
        caseload = mask_small(
            caseload_per_fte(rows.assignments, rows.members, start, end),
            hide,
            "members",
            ("cases_per_fte", "member_cases"),
        )
        st.plotly_chart(caseload_bar(caseload), width="stretch")
        explain(
            "Casussen per FTE: verschillende casussen per teamlid in de periode, gedeeld door "
            "de FTE naar rato van de tijd in het team."
        )
    with cols[1]:
        leads = mask_small(
            lead_role_share(rows.assignments, start, end),
            hide,
            "lead_assignments",
            ("lead_assignments", "lead_share"),
        )
        st.plotly_chart(lead_share_bar(leads), width="stretch")
        explain(
            "Aandeel in de regierollen tegenover het aandeel in alle toewijzingen, per opleiding."
        )


main()
