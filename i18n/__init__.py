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


# Number formatting per language (only the decimal and thousands separators differ).
_SEPARATORS: dict[str, str] = {"nl": ",.", "en": ".,"}  # decimal mark, then thousands mark


def number_separators() -> str:
    """Decimal mark then thousands mark of the current language (",." or ".,"), the form that
    plotly's `layout.separators` takes."""
    return _SEPARATORS.get(current_language(), _SEPARATORS[DEFAULT_LANGUAGE])


def number(
    value: float, digits: int = 1, *, significant: bool = False, grouping: bool = False
) -> str:
    """`value` with `digits` decimals (or `digits` significant digits when `significant`) in the
    current language: 0,25 in Dutch, 0.25 in English; with `grouping` also 1.234 / 1,234."""
    kind = "g" if significant else "f"
    text = f"{value:{',' if grouping else ''}.{digits}{kind}}"
    return text.translate(str.maketrans(".,", number_separators()))


def percent(share: float, digits: int = 0) -> str:
    """A share (0.4) as a percentage in the current language: '40 %' in Dutch, '40%' in English.

    NaN gives '–'."""
    if share != share:  # NaN
        return "–"
    value = number(share * 100, digits)
    return f"{value}%" if current_language() == "en" else f"{value} %"
