"""The Vergelijken page puts the two fixture municipalities side by side, and the choices change it.

Hand-worked figures (period 2026-01-01 t/m 2026-06-30) are derived in tests/test_comparison.py:
Testdorp: 5 members, team 25/25/50 %, population 30/50/20 %, D 30 %, 5 cases, tandem 40 %,
escalation 0 of 1 closed, 9 / (3.2 + 0.5·90/181) = 2.6 cases per FTE.
Vergelijkstad: 2 members, team 0/50/50 %, population 25/25/50 %, D 25 %, 1 case, tandem 100 %,
nothing closed, 2 / 2.0 = 1.0 case per FTE. Nederland 28/41/31 %.
"""

from __future__ import annotations

import datetime as dt

from tests.apptest import metric_values, run_page

PAGE = "pages/vergelijken.py"
BENCHMARK = "Nederland (bevolking, ter vergelijking)"


def test_both_municipalities_side_by_side_with_nederland_as_benchmark(app_on_tiny: str) -> None:
    at = run_page(PAGE)
    assert not at.exception
    assert metric_values(at)["Teams in de vergelijking"] == "2"
    composition = at.dataframe[0].value
    assert composition["Gemeente / team"].to_list() == ["Testdorp", "Vergelijkstad", BENCHMARK]
    assert composition["Teamleden"].to_list() == ["5", "2", ""]
    assert composition["Team hoog"].to_list() == ["50 %", "50 %", ""]
    assert composition["Bevolking laag"].to_list() == ["30 %", "25 %", "28 %"]
    assert composition["mbo"].to_list() == ["20 %", "50 %", ""]
    assert composition["Dissimilariteit"].to_list() == ["30 %", "25 %", ""]


def test_work_figures_per_team(app_on_tiny: str) -> None:
    work = run_page(PAGE).dataframe[1].value
    assert work["Casussen"].to_list() == ["5", "1"]
    assert work["mbo-hbo-tandem"].to_list() == ["40 %", "100 %"]
    assert work["Begeleiding"].to_list() == ["50 %", "0 %"]
    assert work["Opschaling"].to_list() == ["0 %", "–"]
    assert work["95%-interval"].to_list() == ["0 % – 79 %", "–"]
    assert work["Casussen per FTE"].to_list() == ["2,6", "1,0"]


def test_choosing_one_team_leaves_only_that_team_and_the_benchmark(app_on_tiny: str) -> None:
    at = run_page(PAGE)
    at.multiselect(key="comparison_teams").set_value([2]).run()
    assert not at.exception
    assert metric_values(at)["Teams in de vergelijking"] == "1"
    assert at.dataframe[0].value["Gemeente / team"].to_list() == ["Vergelijkstad", BENCHMARK]


def test_choosing_no_team_asks_for_a_choice(app_on_tiny: str) -> None:
    at = run_page(PAGE, comparison_teams=[])
    assert not at.exception
    assert "Kies hierboven" in at.info[0].value
    assert len(at.dataframe) == 0


def test_sorting_on_cases_per_fte_puts_vergelijkstad_first(app_on_tiny: str) -> None:
    at = run_page(PAGE)
    at.selectbox(key="comparison_sort").set_value("caseload_per_fte").run()
    assert at.dataframe[1].value["Gemeente / team"].to_list() == ["Vergelijkstad", "Testdorp"]
    at.toggle(key="comparison_sort_descending").set_value(True).run()
    assert at.dataframe[1].value["Gemeente / team"].to_list() == ["Testdorp", "Vergelijkstad"]
    # the benchmark row stays last in the sorted composition table
    assert at.dataframe[0].value["Gemeente / team"].to_list()[-1] == BENCHMARK


def test_another_period_changes_the_figures(app_on_tiny: str) -> None:
    # January 2026: Dirk (mbo3) is still in Testteam -> 6 members; 3 cases were open.
    at = run_page(PAGE, period=(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    assert at.dataframe[0].value["Teamleden"].to_list()[0] == "6"
    assert at.dataframe[1].value["Casussen"].to_list()[0] == "3"


def test_presentation_mode_shows_small_counts_as_below_five(app_on_tiny: str) -> None:
    at = run_page(PAGE, presentation_mode=True)
    assert not at.exception
    composition, work = at.dataframe[0].value, at.dataframe[1].value
    assert composition["Teamleden"].to_list()[:2] == ["5", "<5"]
    # Testdorp's hoog share rests on 2 people; population shares stay visible.
    assert composition["Team hoog"].to_list()[0] == "–"
    assert composition["Bevolking hoog"].to_list()[:2] == ["20 %", "50 %"]
    assert work["Casussen"].to_list() == ["5", "<5"]
    assert work["mbo-hbo-tandem"].to_list() == ["–", "–"]


def test_population_source_is_shown_with_fictief_marker_and_cbs(app_on_tiny: str) -> None:
    captions = " ".join(c.value for c in run_page(PAGE).caption)
    assert "fictief/indicatief" in captions
    assert "CBS 84799NED" in captions
