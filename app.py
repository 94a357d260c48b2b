"""Teamspiegel — entry point: language, store, shared sidebar, navigation."""

from __future__ import annotations

import streamlit as st

from data_model.config import load_settings
from data_model.store import StoreError
from i18n import t
from ui import data
from ui.access import (
    establish_principal,
    permitted_teams,
    refuse_unsafe_start,
    show_identity,
    stop_with_screen,
)
from ui.entry import follow_hand_over
from ui.filters import sidebar_filters
from ui.language import apply_language, language_selector
from ui.navigation import navigation_pages, page_paths


def open_store_or_stop() -> None:
    try:
        with st.spinner(t("app.opening_store")):
            data.engine()
    except StoreError as error:
        st.error(error.message)
        with st.expander(t("app.technical_details")):
            st.code(error.detail or "-")
        stop_with_screen()


def main() -> None:
    st.set_page_config(page_title="Teamspiegel", page_icon=":material/balance:", layout="wide")
    apply_language()
    settings = load_settings()
    refuse_unsafe_start(settings)
    open_store_or_stop()
    principal = establish_principal(settings, data.engine())
    navigation = st.navigation(navigation_pages(principal), expanded=True)
    follow_hand_over(allowed=page_paths(principal))
    url = settings.database_url
    teams = permitted_teams(data.teams(url), principal)
    sidebar_filters(
        url, teams, settings.presentation_default, forced_presentation=principal.forced_presentation
    )
    language_selector()
    if data.is_sample_store(url):
        st.sidebar.warning(t("app.sample_data"))
    show_identity(principal)
    navigation.run()


main()
