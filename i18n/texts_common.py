"""Texts shared by the app shell: sidebar, navigation, empty states, store errors."""

from __future__ import annotations

COMMON: dict[str, dict[str, str]] = {
    "app.sample_data": {
        "nl": "Voorbeeldgegevens: alle personen, casussen en cijfers zijn fictief.",
        "en": "Sample data: every person, case and figure is fictional.",
    },
    "app.technical_details": {"nl": "Technische details", "en": "Technical details"},
    "app.opening_store": {"nl": "De database wordt geopend…", "en": "Opening the database…"},
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
    "store.corrupt_file": {
        "nl": "Het databasebestand {path} kan niet worden geopend: het is beschadigd of geen "
        "SQLite-database. Het bestand is niet aangepast. Zet een back-up terug, of start met een "
        "nieuw bestand via de instelling TEAMSPIEGEL_DATABASE_URL.",
        "en": "The database file {path} cannot be opened: it is damaged or not a SQLite "
        "database. The file was not changed. Restore a backup, or start with a new file through "
        "the TEAMSPIEGEL_DATABASE_URL setting.",
    },
    "store.unreachable": {
        "nl": "De database {url} is niet bereikbaar. Controleer of de databaseserver draait en "
        "of TEAMSPIEGEL_DATABASE_URL (of database_url in secrets.toml) klopt.",
        "en": "The database {url} cannot be reached. Check that the database server is running "
        "and that TEAMSPIEGEL_DATABASE_URL (or database_url in secrets.toml) is right.",
    },
    "store.foreign_schema": {
        "nl": "Deze database bevat tabellen, maar is geen Teamspiegel-database. Er is niets "
        "veranderd. Kies een lege database of een Teamspiegel-bestand.",
        "en": "This database holds tables but is not a Teamspiegel database. Nothing was "
        "changed. Choose an empty database or a Teamspiegel file.",
    },
    "store.upgrade_failed": {
        "nl": "Het bijwerken van de database naar de nieuwe versie is mislukt. Er is niets "
        "verloren: de wijziging is teruggedraaid. Neem contact op met de beheerder.",
        "en": "Upgrading the database to the new version failed. Nothing was lost: the change "
        "was rolled back. Please contact the administrator.",
    },
    "store.upgrade_failed_with_copy": {
        "nl": "Het bijwerken van de database naar de nieuwe versie is mislukt. Er is niets "
        "verloren: de wijziging is teruggedraaid en er staat een kopie in {path}. Neem contact "
        "op met de beheerder.",
        "en": "Upgrading the database to the new version failed. Nothing was lost: the change "
        "was rolled back and a copy is in {path}. Please contact the administrator.",
    },
}
