"""Export en back-up: every table to CSV or Excel, a full backup, and restoring one."""

from __future__ import annotations

import streamlit as st

from i18n import t
from ui import data
from ui.access import require_access
from ui.beheer import show_flash
from ui.beheer_backup import (
    backup_download,
    choose_scope,
    empty_store_block,
    restore_block,
    store_contents,
    table_downloads,
)
from ui.beheer_data import holds_sample
from ui.filters import current_filters


def main() -> None:
    principal = require_access("edit")
    st.title(t("nav.export"))
    show_flash()
    engine = data.engine()
    filters = current_filters()

    presenting = filters is not None and filters.presentation
    st.header(t("export.title"))
    if presenting:
        st.info(t("export.presentation_off"))
    elif principal.may_manage_store:
        table_downloads(engine, choose_scope(filters))
    elif filters is not None:
        table_downloads(engine, filters.team_id)
    if not principal.may_manage_store:
        return

    st.header(t("backup.title"))
    if presenting:  # a backup holds every name; restoring or emptying is no act for a screen
        st.info(t("export.presentation_no_backup"))
        return
    store_contents(engine)
    backup_download(engine)
    st.subheader(t("backup.restore"))
    st.caption(t("backup.restore.caption"))
    restore_block(engine)

    st.header(t("backup.start_again"))
    with st.expander(t("backup.start_empty")):
        empty_store_block(engine, holds_sample(data.database_url()))


main()
