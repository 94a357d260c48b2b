"""Pilots: how the pilot cases fared against the regular cases of the same team and period."""

from __future__ import annotations

import streamlit as st

from analysis.pilots import (
    REGULAR,
    compare_escalation,
    outcome_mix,
    pilot_summary,
    quarterly_outcomes,
    regie_by_education,
)
from charts.pilots import (
    duration_chart,
    escalation_chart,
    group_label,
    outcome_mix_chart,
    quarterly_chart,
    regie_chart,
)
from ui import data
from ui.page import explain, require_filters
from ui.pilots import (
    choose_pilot,
    comparison_statement,
    headline_metrics,
    mask_quarters,
    mask_shares,
    mask_summary,
    pilot_period_hint,
    population_context,
    regie_statement,
    summary_table,
)


def main() -> None:
    filters = require_filters()
    st.title("Pilots: uitkomsten tegen reguliere casussen")
    st.caption(f"{filters.team_name} · {filters.municipality_name} · {filters.period_label}")
    cases = data.cases(filters.url, filters.team_id, filters.start, filters.end)
    assignments = data.assignments(filters.url, filters.team_id, filters.start, filters.end)
    start, end, hidden = filters.start_ts, filters.end_ts, filters.presentation
    summary = pilot_summary(cases, start, end)
    pilot = choose_pilot(summary)
    pilot_period_hint(data.pilot_windows(filters.url, filters.team_id), pilot, filters)
    groups = (pilot, REGULAR)
    if summary.loc[pilot, "cases"] == 0:
        st.info(
            f"In deze periode heeft dit team geen casussen in de pilot {group_label(pilot)}. "
            "Kies de looptijd van de pilot of een andere periode in de zijbalk."
        )

    headline_metrics(summary, pilot, hidden)
    comparison_statement(compare_escalation(summary, pilot), hidden)
    st.dataframe(summary_table(summary, hidden), hide_index=True)
    explain(
        "Een casus telt mee als hij op minstens één dag in de periode open was. Opschaling: deel "
        "van de in de periode afgesloten casussen met uitkomst 'opgeschaald naar tweedelijns "
        "hulp' (lopende casussen tellen niet mee), met 95%-interval (Wilson). Doorlooptijd: dagen "
        "van aanmelding tot afsluiting van de afgesloten casussen; spreiding = middelste helft."
    )

    st.subheader("Uitkomsten")
    mix = mask_shares(outcome_mix(cases, start, end), hidden)
    st.plotly_chart(outcome_mix_chart(mix, groups, "Uitkomst"), width="stretch")
    explain(
        "Uitkomst op de laatste dag van de periode; casussen die toen nog open waren heten "
        "'lopend' (of 'waakvlam' als ze in de waakvlamfase zitten)."
    )
    cols = st.columns(2)
    shown = mask_summary(summary, hidden)
    cols[0].plotly_chart(escalation_chart(shown, groups, "Opgeschaald"), width="stretch")
    cols[0].caption("Punt: opschalingspercentage; streep: 95%-betrouwbaarheidsinterval (Wilson).")
    cols[1].plotly_chart(duration_chart(shown, groups, "Doorlooptijd"), width="stretch")
    cols[1].caption("Punt: mediane doorlooptijd; streep: 25e tot 75e percentiel.")

    st.subheader("Wie had de regie")
    regie = regie_by_education(cases, assignments, start, end)
    st.plotly_chart(
        regie_chart(mask_shares(regie, hidden, "assignments"), groups, "Regie"), width="stretch"
    )
    regie_statement(regie, pilot, hidden)
    explain(
        "Elke regietoewijzing die in de periode liep telt één keer, naar de opleiding van wie de "
        "regie had: mbo, hbo/wo of overig (geen diploma of onbekend)."
    )
    population_context(filters)

    st.subheader("Per kwartaal")
    quarterly = mask_quarters(quarterly_outcomes(cases, start, end), hidden)
    st.plotly_chart(quarterly_chart(quarterly, groups, "Per kwartaal"), width="stretch")
    explain(
        "Boven: casussen die in het kwartaal open waren. Onder: deel van de in dat kwartaal "
        "afgesloten casussen dat is opgeschaald; per kwartaal zijn de aantallen klein, dus lees "
        "vooral de richting."
    )


main()
