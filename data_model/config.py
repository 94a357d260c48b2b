"""The one place where configuration is read (environment first, then Streamlit secrets)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "teamspiegel.db"
DATABASE_URL_ENV = "TEAMSPIEGEL_DATABASE_URL"
SAMPLE_DATA_ENV = "TEAMSPIEGEL_SAMPLE_DATA"
PRESENTATION_DEFAULT_ENV = "TEAMSPIEGEL_PRESENTATION_MODE"


@dataclass(frozen=True)
class Settings:
    database_url: str
    seed_sample_data: bool
    presentation_default: bool

    @property
    def is_default_store(self) -> bool:
        return self.database_url == default_database_url()


def default_database_url() -> str:
    return f"sqlite:///{DEFAULT_DB_PATH}"


def _from_streamlit_secrets(key: str) -> str | None:
    try:
        import streamlit as st

        value = st.secrets.get(key)
    except Exception:  # no secrets file, or not running under Streamlit
        return None
    return str(value) if value is not None else None


def _setting(env_key: str, secret_key: str) -> str | None:
    return os.environ.get(env_key) or _from_streamlit_secrets(secret_key)


def _truthy(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "ja", "on"}


def load_settings() -> Settings:
    """Read the settings now (never at import time)."""
    return Settings(
        database_url=_setting(DATABASE_URL_ENV, "database_url") or default_database_url(),
        seed_sample_data=_truthy(_setting(SAMPLE_DATA_ENV, "sample_data"), default=True),
        presentation_default=_truthy(
            _setting(PRESENTATION_DEFAULT_ENV, "presentation_mode"), default=False
        ),
    )
