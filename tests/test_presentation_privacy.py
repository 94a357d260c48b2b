"""In presentation mode no page shows a member name, a case code or a small number of the fixture.

Small numbers of the tiny fixture (tests/fixture_data.py), period 2026-01-01 t/m 2026-06-30:
- Testteam, duo cases of exactly one mbo and one hbo member: TD-001 and TD-004, both tandems
  (2 of 2 = 100 %); every duo type rests on 1-4 cases.
- Team Vergelijk has 2 members on 30-06-2026 (Gert, Hanna).
- Testteam, toeleiding: Anna and Dirk (mbo) and Carla (hbo), 65 % of the member-days by mbo'ers;
  waakvlam: Anna (mbo) and Eva (no diploma), 50 %. Every phase × group rests on 1-4 members.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from google.protobuf import text_format
from streamlit.elements.widgets import button
from streamlit.testing.v1 import AppTest

from tests.apptest import APP, metric_values, run_page
from tests.fixture_data import CASE_CODES, MEMBER_NAMES

PAGES = sorted(str(p.relative_to(APP.parent)) for p in (APP.parent / "pages").glob("*.py"))
TEAM_VERGELIJK: dict[str, Any] = {"filter_municipality": 2, "filter_team": 2}
HIDDEN_MARKS = ("<5", "–")


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes of every download button the app draws (AppTest keeps only the label)."""
    captured: list[bytes] = []
    original = button.marshall_file

    def capture(coordinates: str, data: Any, *args: Any, **kwargs: Any) -> None:
        content = data() if callable(data) else data
        captured.append(content.encode() if isinstance(content, str) else bytes(content))
        original(coordinates, data, *args, **kwargs)

    monkeypatch.setattr(button, "marshall_file", capture)
    return captured


def readable(content: bytes) -> str:
    """A download as text; a zip (a backup, an Excel workbook) as the text of every member."""
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(readable(archive.read(name)) for name in archive.namelist())
    return content.decode("utf-8", errors="replace")


def blocks(block: Any) -> Iterator[Any]:
    yield block
    for child in getattr(block, "children", {}).values():
        yield from blocks(child)


def proto_text(node: Any) -> str:
    proto = getattr(node, "proto", None)
    return text_format.MessageToString(proto, as_utf8=True) if proto is not None else ""


def everything_shown(at: AppTest, downloads: list[bytes] | None = None) -> str:
    """All text, tables, chart specs, messages, the sidebar, expander labels and download
    contents the page put on screen, as one string."""
    parts: list[str] = []
    for element in at.main.children.values() if hasattr(at.main, "children") else []:
        parts.append(str(element))
    parts += [str(getattr(e, "value", "")) for e in at.markdown]
    parts += [str(getattr(e, "value", "")) for e in at.caption]
    for messages in (at.info, at.warning, at.success, at.error):
        parts += [str(m.value) for m in messages]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [t.value.to_csv() for t in at.table]
    parts += [c.proto.spec for c in at.get("plotly_chart")]
    parts += [json.dumps(str(e.proto)) for e in at.get("selectbox")]
    parts += [e.label for e in at.expander]
    parts += [f"{b.label} {proto_text(b)}" for b in at.download_button]
    parts += [proto_text(node) for node in blocks(at.sidebar)]
    parts += [readable(content) for content in downloads or []]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
def test_presentation_mode_shows_no_names_or_case_codes(
    app_on_tiny: str, downloads: list[bytes], page: str
) -> None:
    at = run_page(page, presentation_mode=True)
    assert not at.exception
    shown = everything_shown(at, downloads)
    leaked = [text for text in (*MEMBER_NAMES, *CASE_CODES) if text in shown]
    assert leaked == []


def test_the_check_itself_finds_names_outside_presentation_mode(app_on_tiny: str) -> None:
    at = run_page("pages/samenstelling.py", presentation_mode=False)
    assert "Anna Jansen" in everything_shown(at)


def test_the_check_itself_reads_the_backup_download(
    app_on_tiny: str, downloads: list[bytes]
) -> None:
    at = run_page("pages/beheer_export.py", presentation_mode=False)
    assert "Anna Jansen" in everything_shown(at, downloads)


def test_export_page_offers_no_backup_restore_or_start_empty_in_presentation(
    app_on_tiny: str,
) -> None:
    at = run_page("pages/beheer_export.py", presentation_mode=True)
    assert not at.exception
    assert [b.label for b in at.download_button] == []
    assert at.get("file_uploader") == []
    assert [e.label for e in at.expander] == []
    assert "Back-up" in " ".join(i.value for i in at.info)


SMALL_FIGURES: list[tuple[str | None, dict[str, Any], dict[str, str]]] = [
    ("pages/duos.py", {}, {"Tandems onder duo's": "100 %", "Bij toeval verwacht": "70 %"}),
    ("pages/samenstelling.py", TEAM_VERGELIJK, {"Teamleden op peildatum": "2"}),
    ("pages/fasen.py", {}, {"Toeleiding door mbo'ers": "65 %", "Waakvlam door mbo'ers": "50 %"}),
    # Team Vergelijk: 2 members (1 middelbaar, 1 hoog) against 25/25/50 % -> D 25 %, Blau 75 %
    (None, TEAM_VERGELIJK, {"Dissimilariteit (Duncan)": "25 %"}),
    (
        "pages/bevolking.py",
        TEAM_VERGELIJK,
        {"Dissimilariteit (D)": "25 %", "Diversiteit team (Blau)": "75 %"},
    ),
]


@pytest.mark.parametrize(("page", "team", "true_values"), SMALL_FIGURES)
def test_presentation_mode_hides_figures_built_on_fewer_than_5(
    app_on_tiny: str, page: str | None, team: dict[str, Any], true_values: dict[str, str]
) -> None:
    shown_to_team = metric_values(run_page(page, presentation_mode=False, **team))
    assert {label: shown_to_team[label] for label in true_values} == true_values
    presented = run_page(page, presentation_mode=True, **team)
    assert not presented.exception
    values = metric_values(presented)
    for label in true_values:
        assert values[label].startswith(HIDDEN_MARKS), (label, values[label])


@pytest.mark.parametrize("page", [None, "pages/bevolking.py"])
def test_presentation_mode_names_no_biggest_gap_of_a_team_under_5(
    app_on_tiny: str, page: str | None
) -> None:
    shown_to_team = metric_values(run_page(page, presentation_mode=False, **TEAM_VERGELIJK))
    assert shown_to_team["Grootste verschil: laag"] == "-25 %-punt"
    presented = metric_values(run_page(page, presentation_mode=True, **TEAM_VERGELIJK))
    assert presented["Grootste verschil: –"] == "–"
    assert not [label for label in presented if "laag" in label]


def bar_values(spec: str) -> list[object]:
    return [y for trace in json.loads(spec)["data"] for y in trace.get("y", [])]


def chart_titled(at: AppTest, title: str) -> list[str]:
    specs = [c.proto.spec for c in at.get("plotly_chart")]
    return [s for s in specs if title in json.dumps(json.loads(s)["layout"].get("title", ""))]


CHARTS: list[tuple[str, Callable[[AppTest], str]]] = [
    # Every duo type rests on 1-4 cases, every phase × education group on 1-4 members.
    ("pages/duos.py", lambda at: chart_titled(at, "Duotypen naar casusdagen")[0]),
    ("pages/fasen.py", lambda at: chart_titled(at, "Inzet per fase naar opleiding")[0]),
]


@pytest.mark.parametrize(("page", "chart"), CHARTS)
def test_presentation_mode_masks_bars_resting_on_fewer_than_5(
    app_on_tiny: str, page: str, chart: Callable[[AppTest], str]
) -> None:
    assert any(isinstance(y, float | int) for y in bar_values(chart(run_page(page))))
    presented = run_page(page, presentation_mode=True)
    assert not presented.exception
    assert [y for y in bar_values(chart(presented)) if y is not None] == []
