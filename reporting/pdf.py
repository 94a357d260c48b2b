"""Turn the HTML report into a PDF with the system Chromium, where the machine has one."""

from __future__ import annotations

from pathlib import Path

from i18n import t

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


class PdfUnavailableError(RuntimeError):
    """No Chromium or Playwright on this machine; the message is in the current language."""


def pdf_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM.exists()


def html_to_pdf(document: str) -> bytes:
    if not pdf_available():
        raise PdfUnavailableError(t("report.pdf_unavailable"))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_content(document, wait_until="load")
            page.wait_for_timeout(500)
            return page.pdf(format="A4", print_background=True)
        finally:
            browser.close()
