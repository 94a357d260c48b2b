"""The app starts, opens the store and shows the overview with the figures the data determines."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.fixture_data import PERIOD_END, PERIOD_START

TIMEOUT = 60
APP = Path(__file__).resolve().parent.parent / "app.py"


def run_app(period: tuple = (PERIOD_START, PERIOD_END)) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state["filter_period"] = period
    return at.run()


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_shows_hand_worked_figures_for_tiny_team(app_on_tiny: str) -> None:
    at = run_app()
    assert not at.exception
    values = metric_values(at)
    assert values["Teamleden"] == "5"
    assert values["FTE"] == "3,2"
    assert values["Casussen in periode"] == "5"
    assert values["Jeugdcasussen niet conform"] == "1"
    assert values["Dissimilariteit (Duncan)"] == "30 %"
    assert values["Grootste verschil: hoog"] == "+30 %-punt"
    assert values["In duo's"] == "60 %"
    assert values["In mbo-hbo-tandem"] == "40 %"


def test_presentation_mode_hides_small_counts(app_on_tiny: str) -> None:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state["filter_period"] = (PERIOD_START, PERIOD_END)
    at.session_state["presentation_mode"] = True
    at.run()
    assert not at.exception
    values = metric_values(at)
    assert values["Casussen in periode"] == "5"
    assert values["Jeugdcasussen niet conform"] == "<5"
    assert values["In mbo-hbo-tandem"] == "<5 casussen"


def test_empty_store_shows_guidance_not_an_error(app_on_empty: str) -> None:
    at = run_app()
    assert not at.exception
    assert not at.error
    assert any("Nog geen teams" in info.value for info in at.sidebar.info)
    assert any("Gegevensbeheer" in info.value for info in at.info)


def test_corrupt_store_shows_dutch_error_and_keeps_the_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "kapot.db"
    path.write_bytes(b"niet een database" * 50)
    monkeypatch.setenv("TEAMSPIEGEL_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("TEAMSPIEGEL_SINGLE_USER", "1")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert "kan niet worden geopend" in at.error[0].value
    assert path.read_bytes() == b"niet een database" * 50
