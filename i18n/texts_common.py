"""Texts shared by the app shell: sidebar, navigation, empty states, store errors."""

from __future__ import annotations

COMMON: dict[str, dict[str, str]] = {
    "app.sample_data": {
        "nl": "Voorbeeldgegevens: alle personen, casussen en cijfers zijn fictief.",
        "en": "Sample data: every person, case and figure is fictional.",
    },
    "app.technical_details": {"nl": "Technische details", "en": "Technical details"},
    "sidebar.language": {"nl": "Taal", "en": "Language"},
}
