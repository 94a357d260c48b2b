"""In presentation mode no page shows a member name or a case code of the fixture."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import APP, run_page
from tests.fixture_data import CASE_CODES, MEMBER_NAMES

PAGES = sorted(str(p.relative_to(APP.parent)) for p in (APP.parent / "pages").glob("*.py"))


def everything_shown(at: AppTest) -> str:
    """All text, tables and chart specs the page put on screen, as one string."""
    parts: list[str] = []
    for element in at.main.children.values() if hasattr(at.main, "children") else []:
        parts.append(str(element))
    parts += [str(getattr(e, "value", "")) for e in at.markdown]
    parts += [str(getattr(e, "value", "")) for e in at.caption]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [t.value.to_csv() for t in at.table]
    parts += [c.proto.spec for c in at.get("plotly_chart")]
    parts += [json.dumps(str(e.proto)) for e in at.get("selectbox")]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
def test_presentation_mode_shows_no_names_or_case_codes(app_on_tiny: str, page: str) -> None:
    at = run_page(page, presentation_mode=True)
    assert not at.exception
    shown = everything_shown(at)
    leaked = [text for text in (*MEMBER_NAMES, *CASE_CODES) if text in shown]
    assert leaked == []


def test_the_check_itself_finds_names_outside_presentation_mode(app_on_tiny: str) -> None:
    at = run_page("pages/samenstelling.py", presentation_mode=False)
    assert "Anna Jansen" in everything_shown(at)
