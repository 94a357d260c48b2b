"""Duo's, Fasen and Taken-en-bevoegdheden pages show the hand-worked figures of the tiny team."""

from __future__ import annotations

import datetime as dt

from tests.apptest import metric_values, run_page


def test_duos_page_shows_tandem_share_and_chance_expectation(app_on_tiny: str) -> None:
    at = run_page("pages/duos.py")
    assert not at.exception
    values = metric_values(at)
    assert values["Casussen"] == "5"
    # Duo cases of exactly two mbo/hbo members: TD-001 and TD-004, both mbo-hbo.
    assert values["Tandems onder duo's"] == "100 %"
    # FTE-weighted draws without replacement from Anna (mbo 1.0), Bram (hbo 0.8), Carla
    # (hbo 1.0), Eva (0.2), Frank (0.2): P(mbo-hbo) = 0.5019, P(hbo-hbo) = 0.2178, so
    # 0.5019 / 0.7197 = 0.697 among mbo/hbo pairs.
    assert values["Bij toeval verwacht"] == "70 %"


def test_duos_page_shows_names_to_team_leader_and_pseudonyms_in_presentation(
    app_on_tiny: str,
) -> None:
    at = run_page("pages/duos.py")
    spec = at.get("plotly_chart")[-1].proto.spec
    assert "Anna Jansen" in spec
    shown = run_page("pages/duos.py", presentation_mode=True)
    spec = shown.get("plotly_chart")[-1].proto.spec
    assert "Anna Jansen" not in spec
    assert "T-01" in spec


def test_fasen_page_shows_who_does_intake_and_waakvlam(app_on_tiny: str) -> None:
    at = run_page("pages/fasen.py")
    assert not at.exception
    values = metric_values(at)
    # Toeleiding days in the period: mbo 76 (Anna, TD-003) + 76 (Dirk) + 122 (Anna, TD-004)
    # = 274; hbo 28 + 122 (Carla) = 150 -> 274 / 424 = 64.6 %.
    assert values["Toeleiding door mbo'ers"] == "65 %"
    # Waakvlam TD-006: Anna (mbo) 181 days, Eva (no diploma) 181 days -> 50 %.
    assert values["Waakvlam door mbo'ers"] == "50 %"


def test_bevoegdheden_page_splits_youth_cases_and_lists_codes(app_on_tiny: str) -> None:
    at = run_page("pages/bevoegdheden.py")
    assert not at.exception
    values = metric_values(at)
    assert (values["Conform"], values["Uitgelegd"], values["Niet conform"]) == ("1", "1", "1")
    codes = at.dataframe[0].value["code"].tolist()
    assert codes == ["TD-003", "TD-004"]


def test_bevoegdheden_warns_for_registration_expiring_within_90_days(app_on_tiny: str) -> None:
    # Bram's SKJ registration is valid until 31-12-2027: 46 days after 15-11-2027.
    at = run_page("pages/bevoegdheden.py", period=(dt.date(2027, 1, 1), dt.date(2027, 11, 15)))
    assert not at.exception
    expiring = at.dataframe[-1].value
    assert expiring["display_name"].tolist() == ["Bram de Boer"]
    assert expiring["days_left"].tolist() == [46]


def test_bevoegdheden_in_presentation_mode_hides_codes_and_small_counts(app_on_tiny: str) -> None:
    at = run_page("pages/bevoegdheden.py", presentation_mode=True)
    assert not at.exception
    assert len(at.dataframe) == 0
    assert metric_values(at)["Niet conform"] == "<5"
