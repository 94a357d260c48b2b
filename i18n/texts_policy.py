"""Texts of the policy pages and the modules behind them."""

from __future__ import annotations

POLICY: dict[str, dict[str, str]] = {}
