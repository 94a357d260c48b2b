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
from i18n import t
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
    st.title(t("pilots.title"))
    st.caption(f"{filters.team_name} · {filters.municipality_name} · {filters.period_label}")
    cases = data.cases(filters.url, filters.team_id, filters.start, filters.end)
    assignments = data.assignments(filters.url, filters.team_id, filters.start, filters.end)
    start, end, hidden = filters.start_ts, filters.end_ts, filters.presentation
    summary = pilot_summary(cases, start, end)
    pilot = choose_pilot(summary)
    pilot_period_hint(data.pilot_windows(filters.url, filters.team_id), pilot, filters)
    groups = (pilot, REGULAR)
    if summary.loc[pilot, "cases"] == 0:
        st.info(t("pilots.no_cases_in_period", pilot=group_label(pilot)))

    headline_metrics(summary, pilot, hidden)
    comparison_statement(compare_escalation(summary, pilot), hidden)
    st.dataframe(summary_table(summary, hidden), hide_index=True)
    explain(t("pilots.summary.explain"))

    st.subheader(t("pilots.outcomes.header"))
    mix = mask_shares(outcome_mix(cases, start, end), hidden)
    st.plotly_chart(outcome_mix_chart(mix, groups, t("pilots.chart.outcome")), width="stretch")
    explain(t("pilots.outcomes.explain"))
    cols = st.columns(2)
    shown = mask_summary(summary, hidden)
    escalation = escalation_chart(shown, groups, t("pilots.chart.escalated"))
    cols[0].plotly_chart(escalation, width="stretch")
    cols[0].caption(t("pilots.escalation.caption"))
    cols[1].plotly_chart(duration_chart(shown, groups, t("pilots.chart.duration")), width="stretch")
    cols[1].caption(t("pilots.duration.caption"))

    st.subheader(t("pilots.regie.header"))
    regie = regie_by_education(cases, assignments, start, end)
    regie_figure = regie_chart(
        mask_shares(regie, hidden, "assignments"), groups, t("pilots.chart.regie")
    )
    st.plotly_chart(regie_figure, width="stretch")
    regie_statement(regie, pilot, hidden)
    explain(t("pilots.regie.explain"))
    population_context(filters)

    st.subheader(t("pilots.quarterly.header"))
    quarterly = mask_quarters(quarterly_outcomes(cases, start, end), hidden)
    quarterly_figure = quarterly_chart(quarterly, groups, t("pilots.quarterly.header"))
    st.plotly_chart(quarterly_figure, width="stretch")
    explain(t("pilots.quarterly.explain"))


main()
