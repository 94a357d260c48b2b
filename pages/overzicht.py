"""Overzicht: the team at a glance against the population it serves."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.overview import OverviewFigures, overview_figures
from charts.overview import open_phase_bar, simple_mix_bar
from charts.representation import representation_chart
from ui import data
from ui.filters import Filters
from ui.page import explain, format_pct, require_filters, show_population_source
from ui.privacy import is_suppressed, mask_count_series, mask_representation, show_count


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


def share_text(share: float, total: int, presentation: bool) -> str:
    """A share, hidden in presentation mode when the count behind it is below 5."""
    if share != share:  # NaN
        return "–"
    return "<5 casussen" if is_suppressed(share * total, presentation) else format_pct(share)


def team_metrics(figures: OverviewFigures, filters: Filters) -> None:
    hidden = filters.presentation
    cols = st.columns(4)
    cols[0].metric(
        "Teamleden",
        show_count(figures.size.headcount, hidden),
        help="Aantal personen in het team op de laatste dag van de periode.",
    )
    cols[1].metric(
        "FTE",
        f"{figures.size.fte:.1f}".replace(".", ","),
        help="Som van de formatie (FTE) van die teamleden.",
    )
    cols[2].metric(
        "Casussen in periode",
        show_count(figures.cases_in_period, hidden),
        help="Casussen die op minstens één dag in de periode open waren.",
    )
    cols[3].metric(
        "Jeugdcasussen niet conform",
        show_count(figures.youth_not_conform, hidden),
        help="Jeugdcasussen met een risico zonder geregistreerde (SKJ/BIG) professional en "
        "zonder tenzij-motivering, op de laatste dag van de periode.",
    )


def population_headline(
    figures: OverviewFigures, population: pd.DataFrame, presentation: bool
) -> None:
    st.subheader("Zo divers als je bevolking")
    comparison = figures.comparison
    table = mask_representation(comparison.table, comparison.table["team_count"], presentation)
    cols = st.columns(2)
    cols[0].metric(
        "Dissimilariteit (Duncan)",
        format_pct(comparison.dissimilarity),
        help="Aandeel van het team dat anders zou moeten zijn om de opleidingsmix van de "
        "gemeente (15–74 jaar) te spiegelen: ½ Σ |team − bevolking| over laag, middelbaar, hoog.",
    )
    label = comparison.biggest_gap_group or "–"
    gap = table["gap_pp"].get(label, float("nan"))
    cols[1].metric(
        f"Grootste verschil: {label}",
        "–" if gap != gap else f"{gap:+.0f} %-punt".replace(".", ","),
        help="De opleidingsgroep waar het teamaandeel het verst van het bevolkingsaandeel ligt.",
    )
    st.plotly_chart(representation_chart(table), width="stretch")
    explain(
        "Punten: aandeel in het team met 95%-betrouwbaarheidsinterval (Wilson); streep: aandeel "
        "in de gemeente. Teamleden met onbekende opleiding tellen niet mee. Professionals zijn "
        "vrijwel nooit 'laag': die groep brengen vrijwilligers en ervaringsdeskundigen in. De "
        "professionele blik (middelbaar tegen hoog) staat op de pagina Team en bevolking."
    )
    show_population_source(population)


def work_headline(figures: OverviewFigures, filters: Filters) -> None:
    st.subheader("Hoe het team werkt")
    cols = st.columns(2)
    total = figures.cases_in_period
    cols[0].metric(
        "In duo's",
        share_text(figures.duo_share, total, filters.presentation),
        help="Aandeel casussen met twee of meer teamleden in regie- of begeleidingsrol "
        "(op de laatste dag van de periode, of de sluitingsdag).",
    )
    cols[1].metric(
        "In mbo-hbo-tandem",
        share_text(figures.tandem_share, total, filters.presentation),
        help="Aandeel casussen dat precies door één mbo'er en één hbo'er samen wordt gedaan.",
    )
    open_by_phase = mask_count_series(figures.open_by_phase, filters.presentation)
    st.plotly_chart(open_phase_bar(open_by_phase), width="stretch")
    explain("Open casussen op de laatste dag van de periode, naar de fase waarin ze toen waren.")


def main() -> None:
    filters = require_filters()
    st.title(f"Overzicht — {filters.team_name}")
    st.caption(f"{filters.municipality_name} · periode {filters.period_label}")
    figures, population = load_figures(filters)
    if figures.size.headcount == 0 and figures.cases_in_period == 0:
        st.info("Dit team heeft nog geen teamleden of casussen. Voeg ze toe via Gegevensbeheer.")
        return
    team_metrics(figures, filters)
    mix = mask_count_series(figures.simple_mix, filters.presentation)
    st.plotly_chart(simple_mix_bar(mix), width="stretch")
    explain("Opleiding van de teamleden: mbo, hbo/wo, en overig (zonder diploma of onbekend).")
    population_headline(figures, population, filters.presentation)
    work_headline(figures, filters)


main()
