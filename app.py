"""Teamspiegel — entry point: language, store, shared sidebar, navigation."""

from __future__ import annotations

import streamlit as st

from data_model.config import load_settings
from data_model.store import StoreError
from i18n import t
from ui import data
from ui.entry import follow_hand_over
from ui.filters import sidebar_filters
from ui.language import apply_language, language_selector
from ui.navigation import navigation_pages


def open_store_or_stop() -> None:
    try:
        data.engine()
    except StoreError as error:
        st.error(error.message)
        with st.expander(t("app.technical_details")):
            st.code(error.detail or "-")
        st.stop()


def main() -> None:
    st.set_page_config(page_title="Teamspiegel", page_icon=":material/balance:", layout="wide")
    apply_language()
    navigation = st.navigation(navigation_pages())
    follow_hand_over()
    settings = load_settings()
    open_store_or_stop()
    url = settings.database_url
    sidebar_filters(url, data.teams(url), settings.presentation_default)
    language_selector()
    if data.is_sample_store(url):
        st.sidebar.warning(t("app.sample_data"))
    navigation.run()


main()
