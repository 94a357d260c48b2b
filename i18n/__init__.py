"""Every user-facing text in Dutch (default) and English, from one translation table.

`t("key")` gives the text in the language of the current script run. The language is kept in a
context variable that app.py sets at the start of every run from the session's choice; because
Streamlit runs each session's script in its own thread, runs never see each other's language.
Pure modules (analysis, charts, reporting) call `t` too, so they need no language parameter.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from i18n.table import TABLE

LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"

_language: ContextVar[str] = ContextVar("teamspiegel_language", default=DEFAULT_LANGUAGE)


def set_language(language: str) -> None:
    _language.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def current_language() -> str:
    return _language.get()


@contextmanager
def language(code: str) -> Iterator[None]:
    """Temporarily switch language (tests, reports in a chosen language)."""
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def t(key: str, /, **values: object) -> str:
    """The text for `key` in the current language, with {placeholders} filled in."""
    entry = TABLE[key]
    text = entry.get(current_language()) or entry[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def label(code: object) -> str:
    """Display label of a stored code (education level, discipline, phase, …) or the code."""
    key = f"code.{code}"
    return t(key) if key in TABLE else str(code)
