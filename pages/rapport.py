"""Rapport: one click for an anonymised, self-contained report to hand out after a meeting."""

from __future__ import annotations

import streamlit as st

from i18n import current_language, t
from reporting.pdf import PdfUnavailableError, html_to_pdf, pdf_available
from ui import data, state
from ui.page import require_filters


def main() -> None:
    filters = require_filters()
    st.title(t("report_page.title"))
    st.caption(f"{filters.team_name} · {filters.period_label}")
    st.markdown(t("report_page.intro"))
    document = data.report_html(
        filters.url, filters.team_id, filters.start, filters.end, current_language()
    )
    name = f"teamspiegel-{filters.team_name}-{filters.end:%Y%m%d}".replace(" ", "-").lower()
    st.download_button(
        t("report_page.download_html"),
        data=document.encode("utf-8"),
        file_name=f"{name}.html",
        mime="text/html",
        type="primary",
        icon=":material/download:",
    )
    st.subheader("PDF")
    if not pdf_available():
        st.info(t("report_page.no_pdf"))
        return
    made_for = (filters.team_id, filters.start, filters.end, current_language())
    if st.button(t("report_page.make_pdf"), icon=":material/picture_as_pdf:"):
        try:
            with st.spinner(t("report_page.making_pdf")):
                st.session_state[state.REPORT_PDF] = (made_for, html_to_pdf(document))
        except PdfUnavailableError as error:
            st.error(str(error))
    made, pdf = st.session_state.get(state.REPORT_PDF, (None, None))
    if pdf and made == made_for:
        st.download_button(
            t("report_page.download_pdf"),
            data=pdf,
            file_name=f"{name}.pdf",
            mime="application/pdf",
            icon=":material/download:",
        )
    st.caption(t("report_page.png_hint"))


main()
