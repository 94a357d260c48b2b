"""Texts of the access pages and the modules behind them."""

from __future__ import annotations

ACCESS: dict[str, dict[str, str]] = {}
