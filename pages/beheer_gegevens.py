"""Gegevensbeheer: keep members, cases, assignments, phases, areas and figures up to date."""

from __future__ import annotations

import streamlit as st

from data_model.columns import RecordKind, kind_label
from i18n import t
from ui import data
from ui.access import require_access
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
    principal = require_access("edit")
    st.title(t("nav.section.data"))
    show_flash()
    engine = data.engine()
    filters = current_filters()
    if filters is None:
        st.info(t("beheer.no_team"))
        if principal.may_manage_store:
            team_setup_form(engine, key="first_team")
        return
    st.caption(f"{filters.team_name} · {filters.municipality_name}")
    if filters.presentation:
        st.info(t("beheer.presentation_off"))
        return
    kind = choose_kind()
    st.subheader(kind_label(kind))
    records = record_table(engine, filters, kind)
    with st.expander(t("beheer.add"), expanded=records.empty):
        add_block(engine, filters, kind)
    if kind == RecordKind.MEMBER:
        with st.expander(t("beheer.end_member")):
            end_member_block(engine, records)
    if kind == RecordKind.CASE:
        with st.expander(t("beheer.close_case")):
            close_case_block(engine, records)
    if not principal.may_manage_store:
        return
    with st.expander(t("beheer.new_team")):
        team_setup_form(engine, key="new_team")


main()
