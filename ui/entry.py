"""Keeping app.py in charge when Streamlit runs a page file on its own.

Streamlit runs a page file directly (its old pages-directory mode) on the very first run of a
freshly started server that opens a page URL, and on every page switch inside AppTest. Then
app.py has not drawn the sidebar, opened the store or set the language. A page that finds itself
in that mode sends the user to app.py with the wanted page in the query string; app.py declares
the navigation and switches on to that page.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import streamlit as st

ENTRY_SCRIPT = "app.py"
GOTO_PARAM = "pagina"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _running_without_entry_script() -> bool:
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return False
    return bool(PagesManager.uses_pages_directory)


def _current_page_path() -> str | None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return None
    page = ctx.pages_manager.get_pages().get(ctx.page_script_hash)
    if not page:
        return None
    path = Path(str(page["script_path"])).resolve()
    return path.relative_to(PROJECT_ROOT).as_posix() if path.is_relative_to(PROJECT_ROOT) else None


def hand_over_to_entry_script(entry_has_run: bool) -> None:
    """When this page runs without app.py ever having run for this session, rerun through
    app.py and come back here. (Once app.py has run, AppTest's direct page runs keep working on
    the session state it left, so widget interactions in tests are not lost in a hand-over.)"""
    if entry_has_run or not _running_without_entry_script():
        return
    page = _current_page_path()
    if page and page != ENTRY_SCRIPT:
        st.switch_page(ENTRY_SCRIPT, query_params={GOTO_PARAM: page})
    st.switch_page(ENTRY_SCRIPT)


def follow_hand_over(allowed: Collection[str] | None = None) -> None:
    """In app.py, after st.navigation: go on to the page a hand-over asked for, when it is one
    of the `allowed` pages (those the navigation declared; None: any page)."""
    wanted = st.query_params.get(GOTO_PARAM)
    if not wanted:
        return
    del st.query_params[GOTO_PARAM]
    if allowed is not None and wanted not in allowed:
        return
    if (PROJECT_ROOT / wanted).is_file() and wanted.startswith("pages/"):
        st.switch_page(wanted)
