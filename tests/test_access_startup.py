"""The startup rule: a database other than the embedded default needs login, or the explicit
single-user setting; without either the app refuses with a clear message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data_model.config import (
    ADMINS_ENV,
    DATABASE_URL_ENV,
    ROLE_CLAIM_ENV,
    SAMPLE_DATA_ENV,
    SINGLE_USER_ENV,
    load_settings,
)
from tests.access_helpers import AUTH_SECRETS
from tests.apptest import APP, TIMEOUT


@pytest.fixture
def shared_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database URL other than the default (a file that does not exist yet), no settings."""
    path = tmp_path / "gedeeld" / "teamspiegel.db"
    monkeypatch.setenv(DATABASE_URL_ENV, f"sqlite:///{path}")
    monkeypatch.setenv(SAMPLE_DATA_ENV, "0")
    for name in (SINGLE_USER_ENV, ROLE_CLAIM_ENV, ADMINS_ENV):
        monkeypatch.delenv(name, raising=False)
    return path


def start(secrets: dict | None = None, language: str = "nl") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    if secrets:
        at.secrets = secrets
    at.session_state["language"] = language
    return at.run()


def test_another_database_without_login_is_refused_with_a_message(shared_store: Path) -> None:
    at = start()
    assert not at.exception
    assert "Teamspiegel start niet" in at.error[0].value
    assert "TEAMSPIEGEL_SINGLE_USER" in at.markdown[0].value
    assert not at.metric
    assert len(at._registered_pages) == 1
    assert not shared_store.exists()  # refused before the store was even opened


def test_the_refusal_is_translated(shared_store: Path) -> None:
    at = start(language="en")
    assert "Teamspiegel does not start" in at.error[0].value


def test_the_single_user_setting_allows_running_without_login(
    shared_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SINGLE_USER_ENV, "1")
    at = start()
    assert not at.exception
    assert not at.error
    assert any("Lokaal, één gebruiker" in c.value for c in at.sidebar.caption)


def test_the_single_user_setting_can_come_from_secrets(shared_store: Path) -> None:
    at = start({"single_user": True})
    assert not at.exception
    assert not at.error


def test_with_login_configured_the_app_starts_at_the_login_screen(shared_store: Path) -> None:
    at = start(AUTH_SECRETS)
    assert not at.exception
    assert not at.error
    assert [button.label for button in at.button] == ["Inloggen"]


@pytest.mark.parametrize(
    ("url", "login", "single_user", "refused"),
    [
        (None, False, False, False),  # the embedded default on the user's own machine
        ("sqlite:////srv/teamspiegel.db", False, False, True),
        ("postgresql+psycopg://t@db/teamspiegel", False, False, True),
        ("postgresql+psycopg://t@db/teamspiegel", True, False, False),
        ("postgresql+psycopg://t@db/teamspiegel", False, True, False),
    ],
)
def test_when_the_app_refuses_to_start(
    monkeypatch: pytest.MonkeyPatch, url: str | None, login: bool, single_user: bool, refused: bool
) -> None:
    monkeypatch.delenv(SINGLE_USER_ENV, raising=False)
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    secrets: dict = {**(AUTH_SECRETS if login else {}), "single_user": single_user}
    if url:
        secrets["database_url"] = url
    assert load_settings(secrets).refuses_to_start is refused


def test_settings_read_the_login_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ADMINS_ENV, "B@x.nl,a@x.nl , ")
    monkeypatch.setenv(ROLE_CLAIM_ENV, "groups")
    settings = load_settings(AUTH_SECRETS)
    assert settings.login_configured
    assert settings.admins == ("a@x.nl", "b@x.nl")
    assert settings.role_claim == "groups"
    assert not load_settings({"auth": {}}).login_configured
    monkeypatch.delenv(ADMINS_ENV)
    assert load_settings({"admins": ["C@x.nl"]}).admins == ("c@x.nl",)
