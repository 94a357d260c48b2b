"""Texts of the beheer pages and the modules behind them."""

from __future__ import annotations

BEHEER: dict[str, dict[str, str]] = {}
