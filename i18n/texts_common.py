"""Texts shared by the app shell: sidebar, navigation, empty states, store errors."""

from __future__ import annotations

COMMON: dict[str, dict[str, str]] = {
    "app.sample_data": {
        "nl": "Voorbeeldgegevens: alle personen, casussen en cijfers zijn fictief.",
        "en": "Sample data: every person, case and figure is fictional.",
    },
    "app.technical_details": {"nl": "Technische details", "en": "Technical details"},
    "sidebar.language": {"nl": "Taal", "en": "Language"},
    "nav.section.dashboard": {"nl": "Dashboard", "en": "Dashboard"},
    "nav.section.population": {
        "nl": "Zo divers als je bevolking",
        "en": "As diverse as your population",
    },
    "nav.section.work": {"nl": "Werkwijze", "en": "Way of working"},
    "nav.section.policy": {"nl": "Beleid en vergelijking", "en": "Policy and comparison"},
    "nav.section.share": {"nl": "Delen", "en": "Share"},
    "nav.section.data": {"nl": "Gegevensbeheer", "en": "Data management"},
    "nav.overview": {"nl": "Overzicht", "en": "Overview"},
    "nav.composition": {"nl": "Samenstelling", "en": "Composition"},
    "nav.population": {"nl": "Team en bevolking", "en": "Team and population"},
    "nav.duos": {"nl": "Duo's", "en": "Pairs"},
    "nav.phases": {"nl": "Fasen", "en": "Phases"},
    "nav.compliance": {"nl": "Taken en bevoegdheden", "en": "Tasks and qualifications"},
    "nav.pilots": {"nl": "Pilots", "en": "Pilots"},
    "nav.compare": {"nl": "Vergelijken", "en": "Compare"},
    "nav.report": {"nl": "Rapport", "en": "Report"},
    "nav.data": {"nl": "Gegevens", "en": "Records"},
    "nav.import": {"nl": "Importeren", "en": "Import"},
    "nav.export": {"nl": "Export en back-up", "en": "Export and backup"},
}
