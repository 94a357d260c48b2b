"""Samenstelling: who is in the team — education, discipline, kind, employer, over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.composition import (
    breakdown,
    composition_over_time,
    turnover_per_year,
    with_composition_columns,
)
from analysis.education import active_on
from charts.composition import breakdown_bar, composition_over_time_chart, turnover_chart
from charts.labels import label
from ui import data, state
from ui.filters import Filters
from ui.page import explain, require_filters
from ui.privacy import mask_small_groups

BREAKDOWNS = {
    "cbs_group": "Opleidingsgroep (CBS)",
    "education_level": "Opleidingsniveau",
    "discipline": "Discipline",
    "kind": "Soort teamlid",
    "employer": "Werkgever",
    "experience_band": "Werkervaring",
    "registration_label": "SKJ/BIG-registratie",
}
WEIGHTS = {"Aantal personen": None, "FTE": "fte"}


def choose_weight() -> tuple[str | None, str]:
    choice = st.radio("Tellen in", list(WEIGHTS), horizontal=True, key=state.WEIGHTING)
    return WEIGHTS[choice], "teamleden" if WEIGHTS[choice] is None else "FTE"


def show_breakdowns(team: pd.DataFrame, weight: str | None, unit: str, presentation: bool) -> None:
    columns = st.columns(2)
    for index, (column, title) in enumerate(BREAKDOWNS.items()):
        table = mask_small_groups(breakdown(team, column, weight), presentation)
        with columns[index % 2]:
            st.plotly_chart(breakdown_bar(table, column, unit, title=title), width="stretch")
    explain(
        "Teamleden op de laatste dag van de periode. Opleidingsgroep volgens CBS: laag (geen "
        "diploma, mbo-1), middelbaar (mbo-2 t/m 4), hoog (hbo, wo). Registratie: geldig op die dag."
    )
    if presentation:
        explain("Presentatiemodus: groepen van minder dan 5 personen staan als <5.")


def show_over_time(members: pd.DataFrame, filters: Filters, weight: str | None, unit: str) -> None:
    st.subheader("Samenstelling door de tijd")
    first = members["started_on"].min()
    over_time = composition_over_time(members, first, filters.end_ts, weight)
    st.plotly_chart(composition_over_time_chart(over_time, unit), width="stretch")
    explain("Per maandeinde: wie er volgens begin- en einddatum in het team zat, per CBS-groep.")
    st.plotly_chart(turnover_chart(turnover_per_year(members)), width="stretch")
    explain("Instroom (begindatum) en uitstroom (einddatum) per kalenderjaar.")


def show_member_list(team: pd.DataFrame) -> None:
    with st.expander("Teamleden (alleen voor de teamleider)"):
        shown = team[["display_name", "pseudonym", "education_level", "discipline", "kind", "fte"]]
        st.dataframe(
            shown.assign(
                education_level=shown["education_level"].map(label),
                discipline=shown["discipline"].map(label),
                kind=shown["kind"].map(label),
            ),
            hide_index=True,
            column_config={
                "display_name": "Naam",
                "pseudonym": "Pseudoniem",
                "education_level": "Opleiding",
                "discipline": "Discipline",
                "kind": "Soort",
                "fte": st.column_config.NumberColumn("FTE", format="%.2f"),
            },
        )


def main() -> None:
    filters = require_filters()
    st.title("Samenstelling van het team")
    st.caption(f"{filters.team_name} · peildatum {filters.end:%d-%m-%Y}")
    members = data.members(filters.url, filters.team_id)
    team = with_composition_columns(active_on(members, filters.end_ts), filters.end_ts)
    if members.empty:
        st.info("Dit team heeft nog geen teamleden. Voeg ze toe via Gegevensbeheer.")
        return
    weight, unit = choose_weight()
    st.metric("Teamleden op peildatum", len(team), help="Personen in het team op die dag.")
    show_breakdowns(team, weight, unit, filters.presentation)
    if filters.presentation:
        st.caption(
            "Samenstelling door de tijd en in- en uitstroom zijn verborgen in de "
            "presentatiemodus: het gaat om kleine aantallen personen."
        )
    else:
        show_over_time(members, filters, weight, unit)
    if not filters.presentation:
        show_member_list(team)


main()
