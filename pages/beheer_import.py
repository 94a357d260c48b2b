"""Importeren: teams' files from CSV or Excel, and population figures from CBS."""

from __future__ import annotations

import streamlit as st

from ui import data
from ui.beheer import show_flash, team_setup_form
from ui.beheer_data import holds_sample as is_sample_store
from ui.beheer_files import (
    cbs_fetch,
    cbs_import,
    choose_import_kind,
    team_import,
    template_downloads,
)
from ui.filters import current_filters


def main() -> None:
    st.title("Importeren")
    show_flash()
    engine = data.engine()
    filters = current_filters()
    st.header("Team en casussen uit Excel of CSV")
    if is_sample_store(data.database_url()):
        st.caption(
            "De database bevat nu fictieve voorbeeldgegevens. U kunt uw eigen gegevens ernaast "
            "importeren, of eerst beginnen met een lege database (Export en back-up)."
        )
    if filters is None:
        st.info("Maak eerst een gemeente en team aan; daarna importeert u naar dat team.")
        team_setup_form(engine, key="import_team")
    else:
        st.caption(
            f"Naar {filters.team_name} ({filters.municipality_name}). Een bestand met een fout "
            "verandert niets: eerst alles goed, dan alles tegelijk."
        )
        kind = choose_import_kind()
        template_downloads(kind)
        team_import(engine, filters, kind)

    st.header("Bevolkingscijfers van CBS")
    st.caption(
        "Download bij StatLine de tabel Kerncijfers wijken en buurten als CSV (onbewerkte "
        "dataset) en lees die hier in. Opleidingsniveau van inwoners van 15–74 jaar."
    )
    cbs_import(engine, filters)
    with st.expander("Ophalen bij CBS (internet nodig)"):
        cbs_fetch(engine, filters)


main()
