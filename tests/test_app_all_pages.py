"""Every page in pages/ runs on the fictional sample data and on an empty store without errors."""

from __future__ import annotations

import pytest

from tests.apptest import APP, run_page

PAGES = sorted(str(p.relative_to(APP.parent)) for p in (APP.parent / "pages").glob("*.py"))


def test_first_start_creates_store_with_sample_data_and_says_so(
    app_on_new_sample_store: str,
) -> None:
    at = run_page(period=None)
    assert not at.exception
    assert any("fictief" in w.value for w in at.sidebar.warning)
    assert at.sidebar.selectbox[0].value is not None
    assert int(next(m.value for m in at.metric if m.label == "Teamleden")) >= 10


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_sample_data(app_on_new_sample_store: str, page: str) -> None:
    at = run_page(page, period=None)
    assert not at.exception, at.exception
    assert not at.error
    assert len(at.title) == 1
    shown = at.metric, at.get("plotly_chart"), at.dataframe, at.get("download_button")
    assert sum(len(elements) for elements in shown) > 0


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_empty_store(app_on_empty: str, page: str) -> None:
    at = run_page(page)
    assert not at.exception, at.exception
    assert not at.error
