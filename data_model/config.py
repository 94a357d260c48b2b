"""The one place where configuration is read (environment first, then Streamlit secrets)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "teamspiegel.db"
DATABASE_URL_ENV = "TEAMSPIEGEL_DATABASE_URL"
SAMPLE_DATA_ENV = "TEAMSPIEGEL_SAMPLE_DATA"
PRESENTATION_DEFAULT_ENV = "TEAMSPIEGEL_PRESENTATION_MODE"
SINGLE_USER_ENV = "TEAMSPIEGEL_SINGLE_USER"
ROLE_CLAIM_ENV = "TEAMSPIEGEL_ROLE_CLAIM"
ADMINS_ENV = "TEAMSPIEGEL_ADMINS"
AUTH_SECTION = "auth"  # st.login's own configuration in .streamlit/secrets.toml


@dataclass(frozen=True)
class Settings:
    database_url: str
    seed_sample_data: bool
    presentation_default: bool
    login_configured: bool = False
    single_user: bool = False
    role_claim: str | None = None
    admins: tuple[str, ...] = ()

    @property
    def is_default_store(self) -> bool:
        return self.database_url == default_database_url()

    @property
    def refuses_to_start(self) -> bool:
        """A store other than the embedded default is shared data: it needs login, unless the
        single-user setting says explicitly that one person uses it on their own machine."""
        return not (self.login_configured or self.is_default_store or self.single_user)


def default_database_url() -> str:
    return f"sqlite:///{DEFAULT_DB_PATH}"


def _secret(key: str, secrets: Mapping[str, Any] | None = None) -> Any:
    """A value from `secrets`, or (None) from Streamlit's secrets; None when there is none."""
    try:
        if secrets is None:
            import streamlit as st

            secrets = st.secrets
        return secrets.get(key)
    except Exception:  # no secrets file, or not running under Streamlit
        return None


def _from_streamlit_secrets(key: str, secrets: Mapping[str, Any] | None = None) -> str | None:
    value = _secret(key, secrets)
    return str(value) if value is not None else None


def _setting(env_key: str, secret_key: str, secrets: Mapping[str, Any] | None = None) -> str | None:
    return os.environ.get(env_key) or _from_streamlit_secrets(secret_key, secrets)


def _login_configured(secrets: Mapping[str, Any] | None) -> bool:
    section = _secret(AUTH_SECTION, secrets)
    return isinstance(section, Mapping) and len(section) > 0


def _subjects(value: Any) -> tuple[str, ...]:
    """E-mail addresses or claim values from a comma-separated text or a list, lower case."""
    items = value.split(",") if isinstance(value, str) else list(value or ())
    return tuple(sorted({str(item).strip().lower() for item in items if str(item).strip()}))


def _truthy(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "ja", "on"}


def load_settings(secrets: Mapping[str, Any] | None = None) -> Settings:
    """Read the settings now (never at import time); `secrets` stands in for Streamlit's
    secrets (tests), None reads the real ones."""
    return Settings(
        database_url=_setting(DATABASE_URL_ENV, "database_url", secrets) or default_database_url(),
        seed_sample_data=_truthy(_setting(SAMPLE_DATA_ENV, "sample_data", secrets), default=True),
        presentation_default=_truthy(
            _setting(PRESENTATION_DEFAULT_ENV, "presentation_mode", secrets), default=False
        ),
        login_configured=_login_configured(secrets),
        single_user=_truthy(_setting(SINGLE_USER_ENV, "single_user", secrets), default=False),
        role_claim=_setting(ROLE_CLAIM_ENV, "role_claim", secrets) or None,
        admins=_subjects(os.environ.get(ADMINS_ENV) or _secret("admins", secrets)),
    )
