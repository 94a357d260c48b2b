"""Texts of the pages (key prefix: see the entries)."""

from __future__ import annotations

PAGES: dict[str, dict[str, str]] = {}
