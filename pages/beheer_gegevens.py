"""Gegevensbeheer: keep members, cases, assignments, phases, areas and figures up to date."""

from __future__ import annotations

import streamlit as st

from data_model.columns import KIND_LABELS, RecordKind
from ui import data
from ui.beheer import show_flash, team_setup_form
from ui.beheer_editor import (
    add_block,
    choose_kind,
    close_case_block,
    end_member_block,
    record_table,
)
from ui.filters import current_filters


def main() -> None:
    st.title("Gegevensbeheer")
    show_flash()
    engine = data.engine()
    filters = current_filters()
    if filters is None:
        st.info("Er is nog geen team. Begin met de gemeente en het team.")
        team_setup_form(engine, key="first_team")
        return
    st.caption(f"{filters.team_name} · {filters.municipality_name}")
    if filters.presentation:
        st.info(
            "Gegevensbeheer toont namen en casuscodes en staat uit in presentatiemodus. Zet de "
            "presentatiemodus in de zijbalk uit om gegevens te bewerken."
        )
        return
    kind = choose_kind()
    st.subheader(KIND_LABELS[kind])
    records = record_table(engine, filters, kind)
    with st.expander("Toevoegen", expanded=records.empty):
        add_block(engine, filters, kind)
    if kind == RecordKind.MEMBER:
        with st.expander("Lidmaatschap beëindigen"):
            end_member_block(engine, records)
    if kind == RecordKind.CASE:
        with st.expander("Casus afsluiten"):
            close_case_block(engine, records)
    with st.expander("Nieuwe gemeente of team"):
        team_setup_form(engine, key="new_team")


main()
