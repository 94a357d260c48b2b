"""Importeren: teams' files from CSV or Excel, and population figures from CBS."""

from __future__ import annotations

import streamlit as st

from i18n import t
from ui import data
from ui.access import require_access
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
    principal = require_access("edit")
    st.title(t("nav.import"))
    show_flash()
    engine = data.engine()
    filters = current_filters()
    st.header(t("import.title.team"))
    if is_sample_store(data.database_url()):
        st.caption(t("import.sample_data"))
    if filters is None:
        st.info(t("import.no_team"))
        if principal.may_manage_store:
            team_setup_form(engine, key="import_team")
    else:
        st.caption(
            t("import.target", team=filters.team_name, municipality=filters.municipality_name)
        )
        kind = choose_import_kind()
        template_downloads(kind)
        team_import(engine, filters, kind)

    if not principal.may_manage_store:
        return
    st.header(t("cbs.title"))
    st.caption(t("cbs.caption"))
    cbs_import(engine, filters)
    with st.expander(t("cbs.fetch")):
        cbs_fetch(engine, filters)


main()
