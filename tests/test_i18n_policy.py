"""The Pilots and Vergelijken pages, their figures and their sentences speak English on request.

Figures on the tiny fixture (period 2026-01-01 t/m 2026-06-30): see tests/test_app_vergelijken.py;
on the Pilots page the busiest pilot is waakvlam (TD-006 only) and the regular cases are TD-001
to TD-004, of which only TD-002 closed (120 days, zelfredzaam).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.pilots import CASE_GROUPS, compare_escalation, regie_sentence
from charts.pilots import escalation_chart, quarterly_chart
from i18n import language
from tests.apptest import metric_values, run_page

PILOTS = "pages/pilots.py"
COMPARE = "pages/vergelijken.py"


def test_pilots_page_in_english_shows_english_titles_and_metric_labels(app_on_tiny: str) -> None:
    at = run_page(PILOTS, language="en")
    assert not at.exception
    assert at.title[0].value == "Pilots: outcomes against regular cases"
    assert [s.value for s in at.subheader] == ["Outcomes", "Who held the lead role", "Per quarter"]
    values = metric_values(at)
    assert values["Pilot cases"] == "1"
    assert values["Regular cases"] == "4"
    assert values["Escalated, regular"] == "0%"
    assert values["Duration, regular (median)"] == "120 days"
    table = at.dataframe[0].value
    assert table["Group"].to_list() == ["confused persons", "pilot light", "regular (no pilot)"]
    assert table["95% interval"].to_list()[2] == "0% – 79%"
    assert "too small to compare" in at.info[0].value


def test_pilot_choice_is_kept_as_the_pilot_code_in_every_language(app_on_tiny: str) -> None:
    at = run_page(PILOTS, language="en", pilot_choice="verwarde_personen")
    assert not at.exception
    select = at.selectbox(key="pilot_choice")
    assert select.value == "verwarde_personen"
    assert select.options == ["confused persons", "pilot light"]
    assert metric_values(at)["Pilot cases"] == "0"


def test_vergelijken_page_in_english_shows_english_titles_labels_and_numbers(
    app_on_tiny: str,
) -> None:
    at = run_page(COMPARE, language="en")
    assert not at.exception
    assert at.title[0].value == "Compare municipalities and teams"
    assert metric_values(at)["Teams in the comparison"] == "2"
    composition, work = at.dataframe[0].value, at.dataframe[1].value
    assert composition["Municipality / team"].to_list()[-1] == (
        "The Netherlands (population, for comparison)"
    )
    assert composition["Population low"].to_list() == ["30%", "25%", "28%"]
    assert work["Cases per FTE"].to_list() == ["2.6", "1.0"]
    assert work["Guidance"].to_list() == ["50%", "0%"]


def test_sort_choice_is_a_column_name_whatever_the_language(app_on_tiny: str) -> None:
    at = run_page(COMPARE, language="en")
    sort = at.selectbox(key="comparison_sort")
    assert "Cases per FTE" in sort.options
    with language("en"):  # AppTest formats the option in the test's thread
        sort.set_value("caseload_per_fte").run()
    assert not at.exception
    assert at.session_state["comparison_sort"] == "caseload_per_fte"
    assert at.dataframe[1].value["Municipality / team"].to_list() == ["Vergelijkstad", "Testdorp"]


def _summary(closed: tuple[int, int, int], escalated: tuple[int, int, int]) -> pd.DataFrame:
    return pd.DataFrame(
        {"closed": list(closed), "escalated": list(escalated)}, index=list(CASE_GROUPS)
    )


def test_escalation_sentence_is_english_under_language_en() -> None:
    summary = _summary((10, 0, 10), (3, 0, 0))
    with language("en"):
        comparison = compare_escalation(summary, "verwarde_personen")
    assert comparison.sentence == (
        "Of the 10 cases in the confused persons pilot closed in this period, 30% (95% interval "
        "11% – 60%) were escalated to second-line care; of the 10 closed regular cases of the "
        "same team, 0% (95% interval 0% – 28%). The difference in escalation between pilot and "
        "regular cases may well be chance (Fisher's exact test, p = 0.21)."
    )
    # The default language is untouched.
    assert "kan goed toeval zijn (Fisher's exacte toets, p = 0,21)" in (
        compare_escalation(summary, "verwarde_personen").sentence
    )


def test_too_small_and_regie_sentences_are_english_under_language_en() -> None:
    regie = pd.DataFrame(
        {
            "group": ["verwarde_personen"] * 3 + ["geen"] * 3,
            "education_group": ["mbo", "hbo", "overig"] * 2,
            "assignments": [3, 1, 0, 1, 2, 0],
            "share": [0.75, 0.25, 0.0, 1 / 3, 2 / 3, 0.0],
        }
    )
    with language("en"):
        too_small = compare_escalation(_summary((2, 0, 3), (1, 0, 1)), "verwarde_personen")
        sentence = regie_sentence(regie, "verwarde_personen")
    assert too_small.sentence.startswith("The numbers are too small to compare")
    assert sentence == (
        "In the confused persons pilot, an MBO professional held the lead role in 3 of the 4 "
        "lead-role assignments (75%); in regular cases in 1 of the 3 (33%)."
    )


@pytest.mark.parametrize(
    ("code", "separators", "quarter"), [("nl", ",.", "K1"), ("en", ".,", "Q1")]
)
def test_pilot_charts_use_the_language_for_axes_quarters_and_separators(
    code: str, separators: str, quarter: str
) -> None:
    summary = pd.DataFrame(
        {
            "escalation_rate": [0.5, float("nan"), 0.2],
            "escalation_low": [0.25, float("nan"), 0.05],
            "escalation_high": [0.75, float("nan"), 0.5],
        },
        index=list(CASE_GROUPS),
    )
    quarters = pd.DataFrame(
        {
            "quarter": [pd.Timestamp("2026-01-01")] * 3,
            "group": list(CASE_GROUPS),
            "cases": [3, 1, 2],
            "closed": [2, 0, 2],
            "escalated": [1, 0, 1],
            "escalation_rate": [0.5, float("nan"), 0.5],
        }
    )
    with language(code):
        escalation = escalation_chart(summary, ("verwarde_personen", "geen"))
        quarterly = quarterly_chart(quarters, ("verwarde_personen", "geen"))
    assert escalation.layout.separators == separators
    assert list(quarterly.data[0].x) == [f"2026 {quarter}"]
    expected = {
        "nl": "Opgeschaald naar tweedelijns hulp (%)",
        "en": "Escalated to second-line care (%)",
    }
    assert escalation.layout.xaxis.title.text == expected[code]
