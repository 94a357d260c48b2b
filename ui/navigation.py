"""The page table: which pages exist, in which section, with translated titles."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from data_model.access import Principal
from i18n import t
from ui.access import Need, allows


@dataclass(frozen=True)
class PageSpec:
    path: str
    title_key: str
    icon: str
    url_path: str
    need: Need = "read"


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
            PageSpec("pages/beheer_gegevens.py", "nav.data", "edit", "gegevens", "edit"),
            PageSpec("pages/beheer_import.py", "nav.import", "upload_file", "importeren", "edit"),
            PageSpec("pages/beheer_export.py", "nav.export", "save", "export", "edit"),
            PageSpec("pages/toegang.py", "nav.access", "admin_panel_settings", "toegang", "manage"),
        ),
    ),
)
DEFAULT_PAGE = "pages/overzicht.py"


def permitted_specs(principal: Principal) -> dict[str, list[PageSpec]]:
    """The pages the principal may open, per section key (empty sections left out)."""
    permitted = {
        section: [spec for spec in specs if allows(principal, spec.need)]
        for section, specs in SECTIONS
    }
    return {section: specs for section, specs in permitted.items() if specs}


def page_paths(principal: Principal) -> set[str]:
    return {spec.path for specs in permitted_specs(principal).values() for spec in specs}


def navigation_pages(principal: Principal) -> dict[str, list[st.Page]]:
    """st.Page objects per translated section title, for st.navigation: only the pages the
    principal may open (each page checks again itself)."""
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
        for section, specs in permitted_specs(principal).items()
    }
