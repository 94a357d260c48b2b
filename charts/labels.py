"""Display labels for the stored codes, in the current language (kept for existing imports).

The labels themselves live in the translation table (`i18n/texts_codes.py`, keys "code.<code>").
"""

from __future__ import annotations

import i18n


def label(code: object) -> str:
    """The label of a code in the current language, or the code itself."""
    return i18n.label(code)
