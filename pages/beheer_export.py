"""Export en back-up: every table to CSV or Excel, a full backup, and restoring one."""

from __future__ import annotations

import streamlit as st

from ui import data
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
    st.title("Export en back-up")
    show_flash()
    engine = data.engine()
    filters = current_filters()

    st.header("Tabellen exporteren")
    if filters is not None and filters.presentation:
        st.info("Zet de presentatiemodus uit om gegevens te exporteren: de export bevat namen.")
    else:
        table_downloads(engine, choose_scope(filters))

    st.header("Back-up")
    store_contents(engine)
    backup_download(engine)
    st.subheader("Back-up terugzetten")
    st.caption("Het bestand wordt eerst helemaal gecontroleerd; pas daarna wordt alles vervangen.")
    restore_block(engine)

    st.header("Opnieuw beginnen")
    with st.expander("Begin met een lege database"):
        empty_store_block(engine, holds_sample(data.database_url()))


main()
