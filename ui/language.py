"""The language choice: kept in the session, applied at the start of every script run."""

from __future__ import annotations

import streamlit as st

from i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language
from ui import state


def apply_language() -> None:
    set_language(st.session_state.get(state.LANGUAGE, DEFAULT_LANGUAGE))


def language_selector() -> None:
    """'Taal / Language' in the sidebar; changing it reruns the app in the new language."""
    st.session_state.setdefault(state.LANGUAGE, DEFAULT_LANGUAGE)
    st.sidebar.selectbox(
        "Taal / Language",
        list(LANGUAGES),
        format_func=LANGUAGES.__getitem__,
        key=state.LANGUAGE,
        on_change=apply_language,
    )
