"""A real user in Chromium: every page opens without an error box, presentation mode hides names.

Starts `streamlit run app.py` on a free local port against a temporary store holding the tiny
fixture team, drives Debian's Chromium through Playwright and saves screenshots in
`test-artifacts/screenshots/`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.apptest import APP
from tests.fixture_data import MEMBER_NAMES

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = APP.parent / "test-artifacts" / "screenshots"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
# What counts as content on a page: a figure, a chart or a table; on the Beheer pages a form
# element to upload or download.
CONTENT = ", ".join(
    f"[data-testid='{test_id}']"
    for test_id in (
        "stMetric",
        "stPlotlyChart",
        "stDataFrame",
        "stFileUploader",
        "stDownloadButton",
    )
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, seconds: float = 90) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"dashboard did not become healthy at {url}")


@pytest.fixture
def dashboard(app_on_tiny: str, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, TEAMSPIEGEL_DATABASE_URL=app_on_tiny, TEAMSPIEGEL_SAMPLE_DATA="0")
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(APP),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=APP.parent,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_healthy(url)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture
def browser_page(dashboard: str):  # type: ignore[no-untyped-def]
    from playwright import sync_api  # requirements-dev.txt: a missing one fails, never skips

    assert Path(CHROMIUM).exists(), "apt-get install -y chromium (scripts/test.sh does this)"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        context.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(dashboard) else route.abort()
            ),
        )
        page = context.new_page()
        yield page, dashboard
        browser.close()


def settle(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_timeout(700)


def nav_links(page) -> list[str]:  # type: ignore[no-untyped-def]
    links = page.locator("[data-testid='stSidebarNavLink']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    return [h for h in dict.fromkeys(hrefs) if h]


def errors_on(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts of every exception box and every red st.error box, and any traceback."""
    boxes = page.locator("[data-testid='stException'], [data-testid='stAlertContentError']")
    texts = [boxes.nth(i).inner_text() for i in range(boxes.count())]
    if "Traceback (most recent call last)" in page.inner_text("body"):
        texts.append("traceback on the page")
    return texts


def choose_english(page) -> None:  # type: ignore[no-untyped-def]
    """Pick 'English' in the sidebar's 'Taal / Language' box, as a user would."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.get_by_test_id("stSelectbox").filter(has_text="Taal / Language")
    option = page.get_by_role("option", name="English")
    # Seen in CI: the first click after the page loaded does not open the list (the sidebar is
    # still being laid out), a second one does. Open it again, as a person would, a few times.
    for _ in range(4):
        box.locator("input").click()
        try:
            option.wait_for(state="visible", timeout=5_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            settle(page)
            continue
        option.click()
        break
    settle(page)
    page.get_by_text("Team members").first.wait_for(timeout=30_000)


@pytest.mark.parametrize(
    "language,key_figure", [("nl", "Teamleden"), ("en", "Team members")], ids=["nl", "en"]
)
def test_every_page_opens_without_error_and_shows_figures(  # type: ignore[no-untyped-def]
    browser_page, language: str, key_figure: str
) -> None:
    page, url = browser_page
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(url)
    settle(page)
    if language == "en":
        choose_english(page)
    assert key_figure in page.inner_text("body")
    links = page.locator("[data-testid='stSidebarNavLink']")
    count = links.count()
    assert count >= 13  # every page of the local beheerder, none folded away
    for number in range(count):
        link = page.locator("[data-testid='stSidebarNavLink']").nth(number)
        name = urlparse(link.get_attribute("href") or "").path.strip("/") or "overzicht"
        link.click()
        settle(page)
        page.screenshot(path=str(SHOTS / f"{language}-{number + 1:02d}-{name}.png"))
        assert errors_on(page) == [], name
        assert page.locator("h1").count() >= 1, name
        assert page.locator(CONTENT).count() >= 1, f"{name}: no figure, chart or table shown"
    if language == "en":
        assert "Overview" in page.inner_text("[data-testid='stSidebarNav']")


def test_presentation_mode_hides_names_in_the_browser(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, url = browser_page
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(url)
    settle(page)
    page.goto(f"{url}/duos")
    settle(page)
    page.wait_for_timeout(1500)  # charts draw their SVG after the script finishes
    assert "Anna Jansen" in page.content()  # the who-works-with-whom heatmap
    page.get_by_test_id("stCheckbox").get_by_text("Presentatiemodus").click()
    settle(page)
    page.wait_for_timeout(1500)
    html = page.content()
    assert [name for name in MEMBER_NAMES if name in html] == []
    assert "T-01" in html
    page.screenshot(path=str(SHOTS / "presentatiemodus-duos.png"), full_page=True)


def test_a_deep_link_on_a_fresh_server_still_shows_a_working_page(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, url = browser_page
    page.goto(f"{url}/samenstelling")
    settle(page)
    page.wait_for_selector("h1", timeout=30_000)
    settle(page)
    assert errors_on(page) == []
    assert "Selectie" in page.inner_text("[data-testid='stSidebar']")
    assert "Samenstelling van het team" in page.inner_text("h1")
