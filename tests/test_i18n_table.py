"""One translation table: every key in Dutch and English, and the app speaks both."""

from __future__ import annotations

import string

import pytest

from i18n import LANGUAGES, TABLE, language, t
from tests.apptest import APP, metric_values, run_page

PAGES = sorted(str(p.relative_to(APP.parent)) for p in (APP.parent / "pages").glob("*.py"))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(TABLE))
def test_every_key_has_every_language_with_the_same_placeholders(key: str) -> None:
    entry = TABLE[key]
    assert set(entry) == set(LANGUAGES), key
    assert all(entry[code].strip() for code in LANGUAGES), key
    assert placeholders(entry["nl"]) == placeholders(entry["en"]), key


def test_language_switch_changes_the_text() -> None:
    assert t("overview.members") == "Teamleden"
    with language("en"):
        assert t("overview.members") == "Team members"


def test_overview_in_english_shows_english_labels_and_numbers(app_on_tiny: str) -> None:
    at = run_page(language="en")
    assert not at.exception
    values = metric_values(at)
    assert values["Team members"] == "5"
    assert values["FTE"] == "3.2"
    assert values["Dissimilarity (Duncan)"] == "30%"
    assert at.title[0].value == "Overview — Testteam"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_english_with_an_english_title(app_on_tiny: str, page: str) -> None:
    dutch = run_page(page)
    english = run_page(page, language="en")
    assert not english.exception, english.exception
    assert english.title[0].value != dutch.title[0].value
