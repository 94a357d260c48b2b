"""The page table: which pages exist, in which section, with translated titles."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from i18n import t


@dataclass(frozen=True)
class PageSpec:
    path: str
    title_key: str
    icon: str
    url_path: str


SECTIONS: tuple[tuple[str, tuple[PageSpec, ...]], ...] = (
    (
        "nav.section.dashboard",
        (PageSpec("pages/overzicht.py", "nav.overview", "home", "overzicht"),),
    ),
    (
        "nav.section.population",
        (
            PageSpec("pages/samenstelling.py", "nav.composition", "groups", "samenstelling"),
            PageSpec("pages/bevolking.py", "nav.population", "balance", "bevolking"),
        ),
    ),
    (
        "nav.section.work",
        (
            PageSpec("pages/duos.py", "nav.duos", "handshake", "duos"),
            PageSpec("pages/fasen.py", "nav.phases", "timeline", "fasen"),
            PageSpec("pages/bevoegdheden.py", "nav.compliance", "verified_user", "bevoegdheden"),
        ),
    ),
    (
        "nav.section.policy",
        (
            PageSpec("pages/pilots.py", "nav.pilots", "science", "pilots"),
            PageSpec("pages/vergelijken.py", "nav.compare", "compare_arrows", "vergelijken"),
        ),
    ),
    ("nav.section.share", (PageSpec("pages/rapport.py", "nav.report", "description", "rapport"),)),
    (
        "nav.section.data",
        (
            PageSpec("pages/beheer_gegevens.py", "nav.data", "edit", "gegevens"),
            PageSpec("pages/beheer_import.py", "nav.import", "upload_file", "importeren"),
            PageSpec("pages/beheer_export.py", "nav.export", "save", "export"),
        ),
    ),
)
DEFAULT_PAGE = "pages/overzicht.py"


def navigation_pages() -> dict[str, list[st.Page]]:
    """st.Page objects per translated section title, for st.navigation."""
    return {
        t(section): [
            st.Page(
                spec.path,
                title=t(spec.title_key),
                icon=f":material/{spec.icon}:",
                url_path=spec.url_path,
                default=spec.path == DEFAULT_PAGE,
            )
            for spec in specs
        ]
        for section, specs in SECTIONS
    }
