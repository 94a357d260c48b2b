"""Zo divers als je bevolking: the team's education mix against the population it serves."""

from __future__ import annotations

import streamlit as st

from analysis.education import active_on, group_counts, unknown_education_count
from analysis.reference import NETHERLANDS_CODE, reference_choices, reference_population
from analysis.representation import compare, population_shares
from charts.representation import ratio_chart, representation_chart
from i18n import t
from ui import data
from ui.page import explain, require_filters, show_population_source
from ui.population import (
    Plan,
    choose_reference,
    choose_view,
    choose_weight,
    group_table,
    headline_metrics,
    show_unknown_excluded,
    what_if_section,
)
from ui.privacy import mask_comparison


def main() -> None:
    filters = require_filters()
    st.title(t("population.title"))
    st.caption(
        t(
            "population.caption",
            team=filters.team_name,
            day=f"{filters.end:%d-%m-%Y}",
            period=filters.period_label,
        )
    )
    areas = data.areas(filters.url, filters.municipality_id)
    codes = (filters.municipality_code, NETHERLANDS_CODE, *areas["area_code"])
    population = data.population(filters.url, tuple(codes))
    cases = data.cases(filters.url, filters.team_id, filters.start, filters.end)
    team = active_on(data.members(filters.url, filters.team_id), filters.end_ts)
    if team.empty:
        st.info(t("population.no_members"))
        return

    choices = reference_choices(filters.municipality_code, filters.municipality_name, areas)
    key = choose_reference(choices)
    groups, weight = choose_view(), choose_weight()
    reference = reference_population(key, choices[key], population, cases, groups)
    nl = population[population["region_code"] == NETHERLANDS_CODE]
    low, middle, high = nl[["low", "middle", "high"]].iloc[0] if len(nl) else (None,) * 3
    benchmark = population_shares(low, middle, high, groups) if len(nl) else None
    headcount = group_counts(team, groups)
    counts = group_counts(team, groups, weight)
    summary = compare(counts, reference.shares, headcount if weight else None)

    shown = mask_comparison(summary, headcount, filters.presentation)
    headline_metrics(shown)
    st.plotly_chart(representation_chart(shown.table, benchmark), width="stretch")
    explain(t("population.chart.explain", reference=reference.label.lower()) + " " + reference.note)
    show_unknown_excluded(unknown_education_count(team), filters.presentation)
    source = reference.rows if len(reference.rows) else population
    show_population_source(source)
    if summary.test.sentence:
        st.markdown(f"**{summary.test.sentence}**")
    else:
        st.caption(summary.test.note)
    st.dataframe(group_table(shown), hide_index=True)
    st.plotly_chart(ratio_chart(shown.table), width="stretch")
    explain(t("population.ratio.explain"))
    show_population_source(source)
    if filters.presentation:
        st.caption(t("population.planner_hidden"))
        return
    what_if_section(Plan(counts, headcount, weight, groups), summary, reference.shares)
    show_population_source(source)


main()
