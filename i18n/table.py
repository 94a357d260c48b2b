"""The translation table: key → {"nl": …, "en": …}, assembled from one module per area."""

from __future__ import annotations

from i18n.texts_access import ACCESS
from i18n.texts_beheer import BEHEER
from i18n.texts_charts import CHARTS
from i18n.texts_codes import CODES
from i18n.texts_common import COMMON
from i18n.texts_pages import PAGES
from i18n.texts_policy import POLICY

Entry = dict[str, str]


def _merge(*parts: dict[str, Entry]) -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for part in parts:
        duplicated = set(table) & set(part)
        if duplicated:
            raise ValueError(f"translation keys defined twice: {sorted(duplicated)}")
        table.update(part)
    return table


TABLE: dict[str, Entry] = _merge(COMMON, CODES, PAGES, CHARTS, POLICY, BEHEER, ACCESS)
