"""A real login round trip: Chromium, the dashboard and a local OpenID Connect provider.

Starts `oidc-provider-mock` on a free loopback port, the dashboard (`streamlit run app.py`)
with a secrets file whose [auth] section points at it, and logs in through the provider's form
as a teamleider and as a viewer of the tiny fixture's team 1 (Testdorp). Everything runs on
127.0.0.1; the browser may reach nothing else. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.access_helpers import TEAM_1_NAMES, TEAMLEIDER_1, VIEWER_1, grant_fixture_roles
from tests.fixture_data import CASE_CODES, MEMBER_NAMES
from tests.test_browser_e2e import CHROMIUM, FLAGS, IDLE, SHOTS, free_port, wait_healthy

pytestmark = pytest.mark.browser
LOOPBACK = "http://127.0.0.1:"
MEMBER_LIST = "Teamleden (alleen voor de teamleider)"


@dataclass(frozen=True)
class Servers:
    dashboard: str
    provider: str


def start(command: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


def require_module(name: str, install: str) -> None:
    """The login test needs these packages: missing is a failure, never a silent skip."""
    if importlib.util.find_spec(name) is None:
        pytest.fail(f"the login round trip needs the package {name!r}: {install}")


def secrets_file(path: Path, dashboard_port: int, provider: str) -> Path:
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{dashboard_port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "teamspiegel"\n'
        f'client_secret = "{secrets.token_hex(16)}"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def servers(app_on_tiny: str, tmp_path: Path) -> Iterator[Servers]:
    require_module("oidc_provider_mock", "pip install -r requirements-dev.txt")
    require_module("authlib", "pip install -r requirements.txt (streamlit[auth])")
    grant_fixture_roles(app_on_tiny)
    provider_port, dashboard_port = free_port(), free_port()
    provider = f"http://127.0.0.1:{provider_port}"
    mock = start(
        [sys.executable, "-m", "oidc_provider_mock", "-H", "127.0.0.1", "-p", str(provider_port)],
        tmp_path / "provider.log",
    )
    dashboard = None
    try:
        wait_healthy_at(f"{provider}/.well-known/openid-configuration")
        config = secrets_file(tmp_path / "secrets.toml", dashboard_port, provider)
        env = dict(os.environ, TEAMSPIEGEL_DATABASE_URL=app_on_tiny, TEAMSPIEGEL_SAMPLE_DATA="0")
        env.pop("TEAMSPIEGEL_SINGLE_USER", None)  # login, not the local single user
        dashboard = start(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.headless",
                "true",
                "--server.port",
                str(dashboard_port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
                "--secrets.files",
                str(config),
            ],
            tmp_path / "dashboard.log",
            env,
        )
        url = f"http://127.0.0.1:{dashboard_port}"
        wait_healthy(url)
        yield Servers(dashboard=url, provider=provider)
    finally:
        if dashboard is not None:
            stop(dashboard)
        stop(mock)


def wait_healthy_at(address: str, seconds: float = 60) -> None:
    """Poll `address` until it answers 200 (the provider's discovery document)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(address, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the identity provider did not answer at {address}")


@pytest.fixture
def browser(servers: Servers):  # type: ignore[no-untyped-def]
    from playwright import sync_api  # requirements-dev.txt: a missing one fails, never skips

    assert Path(CHROMIUM).exists(), "apt-get install -y chromium (scripts/test.sh does this)"
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = chromium.new_context(viewport={"width": 1440, "height": 1000})
        context.route(  # loopback only: the provider's page links a stylesheet on a CDN
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(LOOPBACK) else route.abort()
            ),
        )
        yield context.new_page()
        chromium.close()


def settle(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_timeout(800)


def log_in(page, servers: Servers, email: str) -> None:  # type: ignore[no-untyped-def]
    """Through the login screen and the provider's form back into the dashboard."""
    page.goto(servers.dashboard)
    settle(page)
    assert "Teamspiegel — inloggen" in page.inner_text("h1")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_selector("input[name=sub]", timeout=30_000)
    assert page.url.startswith(servers.provider)
    page.fill("input[name=sub]", email)
    page.get_by_role("button", name="Authorize", exact=True).click()
    page.wait_for_url(f"{servers.dashboard}/**", timeout=30_000)
    settle(page)
    assert f"Ingelogd als {email}" in page.inner_text("[data-testid='stSidebar']")


def open_page(page, servers: Servers, path: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(f"{servers.dashboard}/{path}")
    settle(page)
    page.wait_for_timeout(1200)  # charts draw their SVG after the script finishes
    return page.content()


def nav_texts(page) -> str:  # type: ignore[no-untyped-def]
    return page.inner_text("[data-testid='stSidebarNav']")


def test_a_teamleider_logs_in_and_sees_the_own_teams_names(browser, servers: Servers) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    log_in(browser, servers, TEAMLEIDER_1)
    assert "Gegevens" in nav_texts(browser)
    open_page(browser, servers, "samenstelling")
    assert "Samenstelling van het team" in browser.inner_text("h1")
    browser.get_by_text(MEMBER_LIST).click()
    browser.wait_for_timeout(1500)
    member_list = browser.locator("[data-testid='stDataFrame']").last.locator("table")
    listed = member_list.text_content() or ""
    assert [name for name in TEAM_1_NAMES if name in listed] != []
    assert "Gert Hoek" not in listed and "Hanna Kok" not in listed
    browser.screenshot(path=str(SHOTS / "login-teamleider-samenstelling.png"), full_page=True)
    html = open_page(browser, servers, "duos")  # who works with whom: names in the chart
    assert [name for name in TEAM_1_NAMES if name in html] != []
    assert "Gert Hoek" not in html and "Hanna Kok" not in html


def test_a_viewer_logs_in_and_reaches_no_name_and_no_beheer_page(browser, servers: Servers) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    log_in(browser, servers, VIEWER_1)
    nav = nav_texts(browser)
    assert "Overzicht" in nav
    assert not [title for title in ("Gegevens", "Importeren", "Export", "Toegang") if title in nav]
    for path in ("", "samenstelling", "duos", "bevoegdheden", "gegevens", "toegang"):
        html = open_page(browser, servers, path)
        assert [secret for secret in (*MEMBER_NAMES, *CASE_CODES) if secret in html] == [], path
        assert browser.locator("[data-testid='stException']").count() == 0, path
        assert MEMBER_LIST not in html, path
    toggle = browser.get_by_test_id("stCheckbox").filter(has_text="Presentatiemodus")
    assert toggle.locator("input").is_disabled()
    browser.screenshot(path=str(SHOTS / "login-viewer.png"), full_page=True)
