"""Overzicht: the team at a glance against the population it serves."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.overview import OverviewFigures, overview_figures
from charts.overview import open_phase_bar, simple_mix_bar
from charts.representation import representation_chart
from i18n import label, t
from ui import data
from ui.filters import Filters
from ui.page import (
    explain,
    format_number,
    format_pct,
    format_points,
    require_filters,
    show_population_source,
)
from ui.privacy import (
    mask_comparison,
    mask_count_series,
    share_text,
    show_count,
)


def load_figures(filters: Filters) -> tuple[OverviewFigures, pd.DataFrame]:
    url, team, start, end = filters.url, filters.team_id, filters.start, filters.end
    population = data.population(url, (filters.municipality_code, "NL01"))
    figures = overview_figures(
        members=data.members(url, team),
        cases=data.cases(url, team, start, end),
        assignments=data.assignments(url, team, start, end),
        phases=data.phases(url, team, start, end),
        population=population,
        municipality_code=filters.municipality_code,
        start=filters.start_ts,
        end=filters.end_ts,
    )
    return figures, population


def team_metrics(figures: OverviewFigures, filters: Filters) -> None:
    hidden = filters.presentation
    cols = st.columns(4)
    cols[0].metric(
        t("overview.members"),
        show_count(figures.size.headcount, hidden),
        help=t("overview.members.help"),
    )
    cols[1].metric(
        t("overview.fte"),
        format_number(figures.size.fte, 1),
        help=t("overview.fte.help"),
    )
    cols[2].metric(
        t("overview.cases"),
        show_count(figures.cases_in_period, hidden),
        help=t("overview.cases.help"),
    )
    cols[3].metric(
        t("overview.youth_not_conform"),
        show_count(figures.youth_not_conform, hidden),
        help=t("overview.youth_not_conform.help"),
    )


def population_headline(
    figures: OverviewFigures, population: pd.DataFrame, presentation: bool
) -> None:
    st.subheader(t("overview.population.header"))
    comparison = mask_comparison(
        figures.comparison, figures.comparison.table["team_count"], presentation
    )
    table = comparison.table
    cols = st.columns(2)
    cols[0].metric(
        t("overview.dissimilarity"),
        format_pct(comparison.dissimilarity),
        help=t("overview.dissimilarity.help"),
    )
    group = comparison.biggest_gap_group or "–"
    gap = table["gap_pp"].get(group, float("nan"))
    cols[1].metric(
        t("overview.biggest_gap", group=label(group)),
        format_points(gap),
        help=t("overview.biggest_gap.help"),
    )
    st.plotly_chart(representation_chart(table), width="stretch")
    explain(t("overview.population.explain"))
    show_population_source(population)


def work_headline(figures: OverviewFigures, filters: Filters) -> None:
    st.subheader(t("overview.work.header"))
    cols = st.columns(2)
    total = figures.cases_in_period
    cols[0].metric(
        t("overview.in_duos"),
        share_text(figures.duo_share, total, filters.presentation),
        help=t("overview.in_duos.help"),
    )
    cols[1].metric(
        t("overview.in_tandem"),
        share_text(figures.tandem_share, total, filters.presentation),
        help=t("overview.in_tandem.help"),
    )
    open_by_phase = mask_count_series(figures.open_by_phase, filters.presentation)
    st.plotly_chart(open_phase_bar(open_by_phase), width="stretch")
    explain(t("overview.open_by_phase.explain"))


def main() -> None:
    filters = require_filters()
    st.title(t("overview.title", team=filters.team_name))
    st.caption(
        t("overview.caption", municipality=filters.municipality_name, period=filters.period_label)
    )
    figures, population = load_figures(filters)
    if figures.size.headcount == 0 and figures.cases_in_period == 0:
        st.info(t("overview.empty_team"))
        return
    team_metrics(figures, filters)
    mix = mask_count_series(figures.simple_mix, filters.presentation)
    st.plotly_chart(simple_mix_bar(mix), width="stretch")
    explain(t("overview.mix.explain"))
    population_headline(figures, population, filters.presentation)
    work_headline(figures, filters)


main()
