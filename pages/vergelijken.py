"""Vergelijken: municipalities and teams side by side on the same figures, with Nederland."""

from __future__ import annotations

import streamlit as st

from charts.comparison import (
    MAX_PANELS,
    caseload_chart,
    dissimilarity_chart,
    duo_mix_chart,
    education_small_multiples,
    escalation_chart,
    phase_mix_chart,
)
from ui import data
from ui.comparison import (
    MAX_CHART_TEAMS,
    chart_rows,
    choose_sort,
    choose_teams,
    composition_table,
    load_comparison,
    work_table,
)
from ui.page import explain, require_filters, show_population_source


def main() -> None:
    filters = require_filters()
    st.title("Gemeenten en teams vergelijken")
    st.caption(
        f"Teamleden op {filters.end:%d-%m-%Y} · casussen {filters.period_label} · "
        "de periode en de presentatiemodus komen uit de zijbalk"
    )
    teams = data.teams(filters.url)
    chosen = choose_teams(teams, filters)
    if not chosen:
        st.info("Kies hierboven een of meer gemeenten of teams om te vergelijken.")
        return
    sort_by, descending = choose_sort()
    found = load_comparison(filters, teams, chosen, sort_by, descending)
    table, hidden = found.table, filters.presentation
    st.metric(
        "Teams in de vergelijking",
        len(table),
        help="Het aantal gekozen teams. Alle cijfers gelden voor de periode in de zijbalk.",
    )

    st.subheader("Samenstelling en bevolking")
    st.dataframe(composition_table(table, found.benchmark, hidden), hide_index=True)
    explain(
        "Teamleden en FTE op de laatste dag van de periode. Team laag/middelbaar/hoog: aandeel "
        "van de teamleden met bekende opleiding; bevolking: inwoners van 15–74 jaar van de "
        "gemeente; mbo en hbo/wo: aandeel van alle teamleden. Dissimilariteit = ½ Σ |team − "
        "bevolking|: het deel van het team dat anders zou moeten zijn om de gemeente te spiegelen."
    )
    show_population_source(found.population)
    st.plotly_chart(education_small_multiples(table, found.benchmark, "Opleiding"), width="stretch")
    explain(
        "Per team: balk = aandeel in het team, streep = gemeente, ruit = Nederland."
        + (
            f" Alleen de eerste {MAX_PANELS} teams in de sortering."
            if len(table) > MAX_PANELS
            else ""
        )
    )
    shown = chart_rows(table, hidden)
    if len(table) > MAX_CHART_TEAMS:
        st.caption(f"De grafieken tonen de eerste {MAX_CHART_TEAMS} teams in de sortering.")
    st.plotly_chart(dissimilarity_chart(shown, "Dissimilariteit"), width="stretch")
    explain("Dissimilariteit per team tegen de eigen gemeente (0 % = spiegel van de bevolking).")

    st.subheader("Werkwijze en uitkomsten")
    st.dataframe(work_table(table, hidden), hide_index=True)
    explain(
        "Casussen: open op minstens één dag in de periode. In duo / tandem: twee of meer "
        "teamleden, of precies één mbo'er en één hbo'er, op de laatste dag (of de sluitingsdag). "
        "Fasen: open casussen op de laatste dag. Opschaling: deel van de in de periode afgesloten "
        "casussen dat naar tweedelijns hulp ging (95%-interval Wilson). Casussen per FTE: per "
        "teamlid de casussen waarin het regie of begeleiding had, gedeeld door de FTE naar "
        "aanwezigheid in de periode."
    )
    cols = st.columns(2)
    cols[0].plotly_chart(duo_mix_chart(found.duo_mix, shown, "Duotypen"), width="stretch")
    cols[0].caption("Duotype van de casussen per team (aandeel).")
    cols[1].plotly_chart(phase_mix_chart(found.phase_mix, shown, "Fasen"), width="stretch")
    cols[1].caption("Fase van de open casussen op de laatste dag van de periode (aandeel).")
    cols = st.columns(2)
    cols[0].plotly_chart(escalation_chart(shown, "Opschaling"), width="stretch")
    cols[0].caption("Opschaling met 95%-betrouwbaarheidsinterval (Wilson).")
    cols[1].plotly_chart(caseload_chart(shown, "Casussen per FTE"), width="stretch")
    cols[1].caption("Casussen per FTE (regie of begeleiding), alle opleidingen samen.")


main()
