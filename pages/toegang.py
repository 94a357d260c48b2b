"""Toegang: who may see and change what (role assignments), and the audit trail, read only."""

from __future__ import annotations

import streamlit as st

from i18n import t
from ui import data, state
from ui.access import require_access
from ui.access_admin import audit_section, roles_section, show_flash
from ui.page import explain


def main() -> None:
    principal = require_access("manage")
    st.title(t("access.page.title"))
    show_flash()
    if st.session_state.get(state.PRESENTATION_MODE):
        st.info(t("access.presentation_hidden"))
        return
    engine = data.engine()

    st.header(t("access.roles.header"))
    explain(t("access.roles.explain"))
    if principal.local:
        st.info(t("access.roles.local"))
    roles_section(engine, data.teams(data.database_url()), principal)

    st.header(t("access.audit.header"))
    explain(t("access.audit.explain"))
    audit_section(engine)


main()
