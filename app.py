"""Teamspiegel — entry point: store, shared sidebar, navigation."""

from __future__ import annotations

import streamlit as st

from data_model.config import load_settings
from data_model.store import StoreError
from ui import data
from ui.filters import sidebar_filters

PAGES = {
    "Dashboard": [
        st.Page(
            "pages/overzicht.py",
            title="Overzicht",
            icon=":material/home:",
            url_path="overzicht",
            default=True,
        ),
    ],
    "Zo divers als je bevolking": [
        st.Page(
            "pages/samenstelling.py",
            title="Samenstelling",
            icon=":material/groups:",
            url_path="samenstelling",
        ),
        st.Page(
            "pages/bevolking.py",
            title="Team en bevolking",
            icon=":material/balance:",
            url_path="bevolking",
        ),
    ],
    "Werkwijze": [
        st.Page("pages/duos.py", title="Duo's", icon=":material/handshake:", url_path="duos"),
        st.Page("pages/fasen.py", title="Fasen", icon=":material/timeline:", url_path="fasen"),
        st.Page(
            "pages/bevoegdheden.py",
            title="Taken en bevoegdheden",
            icon=":material/verified_user:",
            url_path="bevoegdheden",
        ),
    ],
}


def open_store_or_stop() -> None:
    try:
        data.engine()
    except StoreError as error:
        st.error(error.message)
        with st.expander("Technische details"):
            st.code(error.detail or "-")
        st.stop()


def main() -> None:
    st.set_page_config(page_title="Teamspiegel", page_icon=":material/balance:", layout="wide")
    navigation = st.navigation(PAGES)
    settings = load_settings()
    open_store_or_stop()
    url = settings.database_url
    sidebar_filters(url, data.teams(url), settings.presentation_default)
    if data.is_sample_store(url):
        st.sidebar.warning("Voorbeeldgegevens: alle personen, casussen en cijfers zijn fictief.")
    navigation.run()


main()
