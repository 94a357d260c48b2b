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
from i18n import t
from ui import data
from ui.access import includes_other_teams
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
    st.title(t("compare.title"))
    st.caption(t("compare.caption", day=f"{filters.end:%d-%m-%Y}", period=filters.period_label))
    teams = data.teams(filters.url)
    chosen = choose_teams(teams, filters)
    if not chosen:
        st.info(t("compare.choose_first"))
        return
    sort_by, descending = choose_sort()
    found = load_comparison(filters, teams, chosen, sort_by, descending)
    table, hidden = found.table, filters.presentation or includes_other_teams(chosen)
    st.metric(t("compare.team_count"), len(table), help=t("compare.team_count.help"))

    st.subheader(t("compare.composition.header"))
    st.dataframe(composition_table(table, found.benchmark, hidden), hide_index=True)
    explain(t("compare.composition.explain"))
    show_population_source(found.population)
    education = education_small_multiples(table, found.benchmark, t("compare.chart.education"))
    st.plotly_chart(education, width="stretch")
    limit = (
        [t("compare.education.first_panels", count=MAX_PANELS)] if len(table) > MAX_PANELS else []
    )
    explain(" ".join([t("compare.education.explain"), *limit]))
    shown = chart_rows(table, hidden)
    if len(table) > MAX_CHART_TEAMS:
        st.caption(t("compare.charts_limited", count=MAX_CHART_TEAMS))
    dissimilarity = dissimilarity_chart(shown, t("compare.chart.dissimilarity"))
    st.plotly_chart(dissimilarity, width="stretch")
    explain(t("compare.dissimilarity.explain"))

    st.subheader(t("compare.work.header"))
    st.dataframe(work_table(table, hidden), hide_index=True)
    explain(t("compare.work.explain"))
    cols = st.columns(2)
    duo_mix = duo_mix_chart(found.duo_mix, shown, t("compare.chart.duo_types"))
    cols[0].plotly_chart(duo_mix, width="stretch")
    cols[0].caption(t("compare.duo_types.caption"))
    phase_mix = phase_mix_chart(found.phase_mix, shown, t("compare.chart.phases"))
    cols[1].plotly_chart(phase_mix, width="stretch")
    cols[1].caption(t("compare.phases.caption"))
    cols = st.columns(2)
    escalation = escalation_chart(shown, t("compare.column.escalation"))
    cols[0].plotly_chart(escalation, width="stretch")
    cols[0].caption(t("compare.escalation.caption"))
    cols[1].plotly_chart(caseload_chart(shown, t("compare.column.caseload")), width="stretch")
    cols[1].caption(t("compare.caseload.caption"))


main()
