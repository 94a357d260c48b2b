"""Texts of the charts (key prefix: see the entries)."""

from __future__ import annotations

CHARTS: dict[str, dict[str, str]] = {}
