"""Charts, analysis sentences and the report speak the current language: Dutch by default,
English on request, with numbers written the way each language writes them."""

from __future__ import annotations

import re
import string

import pandas as pd
import pytest
from sqlalchemy import Engine

from analysis.composition import experience_band, registration_label
from analysis.duos import DUO_TYPES, tandem_vs_chance
from analysis.reference import population_source_line, reference_choices
from analysis.representation import difference_test, format_p_value, representation_table
from charts.labels import label as chart_label
from charts.overview import open_phase_bar, simple_mix_bar
from charts.representation import ratio_chart, representation_chart
from charts.work import caseload_bar, duo_mix_bar, member_days_bar, phase_sankey
from data_model import queries
from i18n import TABLE, language, number, number_separators, percent
from i18n.texts_charts import CHARTS
from reporting.html_report import ReportSubject, TeamData, build_report
from tests.fixture_data import PERIOD_END, PERIOD_START

GROUPS = ["laag", "middelbaar", "hoog"]


def mix() -> pd.DataFrame:
    cases = [2, 1, 3, 1, 1, 1, 1]
    return pd.DataFrame(
        {"duo_type": list(DUO_TYPES), "cases": cases, "share": [c / 10 for c in cases]}
    )


def representation() -> pd.DataFrame:
    return representation_table(
        pd.Series([0, 3, 9], index=GROUPS, dtype=float),
        pd.Series([0.276, 0.415, 0.309], index=GROUPS),
    )


def tandems(count: int) -> pd.DataFrame:
    return pd.DataFrame({"case_id": range(count), "duo_type": ["mbo-hbo"] * count})


EXPECTATION = pd.Series(
    {"mbo-mbo": 2 / 30, "mbo-hbo": 12 / 30, "hbo-hbo": 6 / 30, "duo met overig": 10 / 30}
)
TEAM = pd.Series([3, 9], index=["middelbaar", "hoog"], dtype=float)
POPULATION = pd.Series([0.573, 0.427], index=["middelbaar", "hoog"])


# --- The table itself ----------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CHARTS))
def test_every_chart_text_has_dutch_and_english_with_the_same_placeholders(key: str) -> None:
    entry = CHARTS[key]
    assert entry["nl"].strip() and entry["en"].strip()
    assert placeholders(entry["nl"]) == placeholders(entry["en"])


def test_chart_keys_are_in_the_merged_table() -> None:
    assert set(CHARTS) <= set(TABLE)


# --- Number helpers ------------------------------------------------------------------------------


def test_numbers_use_a_decimal_comma_in_dutch_and_a_point_in_english() -> None:
    assert number(0.6, 2) == "0,60"
    assert number(1234.5, 1, grouping=True) == "1.234,5"
    assert number(0.0372, 2, significant=True) == "0,037"
    assert percent(0.4) == "40 %"
    assert number_separators() == ",."
    with language("en"):
        assert number(0.6, 2) == "0.60"
        assert number(1234.5, 1, grouping=True) == "1,234.5"
        assert number(0.0372, 2, significant=True) == "0.037"
        assert percent(0.4) == "40%"
        assert number_separators() == ".,"


def test_percent_of_nan_is_a_dash() -> None:
    assert percent(float("nan")) == "–"


def test_p_values_follow_the_language() -> None:
    assert format_p_value(0.037) == "p = 0,037"
    assert format_p_value(0.0004) == "p < 0,001"
    with language("en"):
        assert format_p_value(0.037) == "p = 0.037"
        assert format_p_value(0.0004) == "p < 0.001"
        assert format_p_value(1.0) == "p = 1"


# --- Charts --------------------------------------------------------------------------------------


def test_duo_mix_bar_is_dutch_by_default() -> None:
    fig = duo_mix_bar(mix(), EXPECTATION)
    assert fig.layout.title.text == "Duotypen van casussen"
    assert fig.layout.yaxis.title.text == "Aandeel casussen (%)"
    assert fig.data[1].name == "Bij willekeurige koppeling"
    assert fig.layout.separators == ",."


def test_duo_mix_bar_in_english_labels_duo_types_and_axis() -> None:
    with language("en"):
        fig = duo_mix_bar(mix(), EXPECTATION)
    assert fig.layout.title.text == "Duo types of cases"
    assert fig.layout.yaxis.title.text == "Share of cases (%)"
    assert fig.data[1].name == "With random pairing"
    assert "MBO-HBO" in list(fig.data[0].x)
    assert list(fig.data[1].x)[1] == "MBO-HBO"  # markers sit on the same categories as bars
    assert "with random pairing" in fig.data[1].hovertemplate
    assert fig.layout.separators == ".,"


def test_member_days_bar_in_english() -> None:
    summary = pd.DataFrame(
        {
            "education_group": ["mbo", "hbo"],
            "phase": ["toeleiding", "toeleiding"],
            "days": [10, 6],
            "share": [10 / 16, 6 / 16],
        }
    )
    with language("en"):
        fig = member_days_bar(summary)
    assert fig.layout.title.text == "Effort per phase by education (member-days)"
    assert fig.layout.xaxis.title.text == "Phase"
    assert fig.layout.yaxis.title.text == "Share of member-days (%)"
    assert list(fig.data[0].x) == ["intake"]
    assert [trace.name for trace in fig.data] == ["MBO", "HBO"]
    assert "days" in fig.data[0].hovertemplate


def test_caseload_labels_follow_the_language() -> None:
    df = pd.DataFrame(
        {
            "education_group": ["mbo", "hbo"],
            "members": [2, 2],
            "fte": [1.0, 1.25],
            "member_cases": [3, 5],
            "cases_per_fte": [3.0, 4.0],
        }
    )
    assert list(caseload_bar(df).data[0].text) == ["3,0", "4,0"]
    with language("en"):
        fig = caseload_bar(df)
    assert list(fig.data[0].text) == ["3.0", "4.0"]
    assert fig.layout.yaxis.title.text == "Cases per FTE"


def test_sankey_outcomes_are_labelled_in_the_chart() -> None:
    transitions = pd.DataFrame(
        {
            "source": ["toeleiding", "toeleiding"],
            "target": ["begeleiding", "uitkomst: lopend"],
            "value": [2, 1],
        }
    )
    assert "uitkomst: lopend" in list(phase_sankey(transitions).data[0].node.label)
    with language("en"):
        fig = phase_sankey(transitions)
    assert list(fig.data[0].node.label) == ["intake", "guidance", "outcome: ongoing"]
    assert fig.layout.title.text == "From phase to phase and outcome"


def test_representation_chart_in_english() -> None:
    with language("en"):
        fig = representation_chart(representation())
        ratio = ratio_chart(representation())
    assert fig.layout.xaxis.title.text == "Share (%)"
    names = [trace.name for trace in fig.data]
    assert names == ["Population", "Team (with 95% interval)"]
    assert list(fig.data[0].y) == ["low", "middle", "high"]
    assert ratio.layout.xaxis.title.text == ("Representation ratio (team share ÷ population share)")
    assert list(ratio.data[0].text) == ["0.00", "0.60", "2.43"]
    assert list(ratio_chart(representation()).data[0].text) == ["0,00", "0,60", "2,43"]


def test_empty_charts_say_no_data_in_the_language() -> None:
    empty = pd.DataFrame(columns=["duo_type", "cases", "share"])
    assert duo_mix_bar(empty).layout.annotations[0].text == "Geen gegevens"
    with language("en"):
        assert duo_mix_bar(empty).layout.annotations[0].text == "No data"
        assert representation_chart(pd.DataFrame()).layout.annotations[0].text == "No data"


def test_overview_charts_in_english() -> None:
    with language("en"):
        mix_fig = simple_mix_bar(pd.Series({"mbo": 6, "hbo": 7, "overig": 5}))
        phase_fig = open_phase_bar(pd.Series({"toeleiding": 6, "waakvlam": 5}))
    assert [trace.name for trace in mix_fig.data] == ["MBO", "HBO / university", "other / unknown"]
    assert mix_fig.layout.xaxis.title.text == "Number of team members"
    assert list(phase_fig.data[0].x) == ["intake", "pilot light"]
    assert phase_fig.layout.yaxis.title.text == "Open cases"


def test_chart_label_delegates_to_the_table() -> None:
    assert chart_label("hbo_bachelor") == "hbo-bachelor"
    assert chart_label("no such code") == "no such code"
    with language("en"):
        assert chart_label("hbo_bachelor") == "HBO bachelor"


# --- Analysis sentences --------------------------------------------------------------------------


def test_difference_test_sentence_is_dutch_by_default() -> None:
    assert difference_test(TEAM, POPULATION).sentence == (
        "Het verschil met de bevolking is groter dan je bij toeval zou verwachten "
        "(exacte toets, p = 0,037)."
    )


def test_difference_test_sentence_and_note_in_english() -> None:
    with language("en"):
        result = difference_test(TEAM, POPULATION)
        too_few = difference_test(pd.Series([1, 2], index=["middelbaar", "hoog"]), POPULATION)
    assert result.sentence == (
        "The difference from the population is larger than you would expect by chance "
        "(exact test, p = 0.037)."
    )
    assert too_few.note == "Too few team members (fewer than 5) to say anything about chance."


def test_tandem_sentence_follows_the_language() -> None:
    dutch = tandem_vs_chance(tandems(10), EXPECTATION).sentence
    assert dutch is not None
    assert "meer tandems dan toeval" in dutch and "p = 0,008" in dutch and "(100 %)" in dutch
    with language("en"):
        english = tandem_vs_chance(tandems(10), EXPECTATION).sentence
    assert english is not None
    assert english.startswith("Of the 10 pairs of MBO and HBO professionals, 10 are")
    assert "more tandems than chance" in english
    assert "(100%)" in english and "about 60%" in english
    assert "p = 0.008" in english


def test_composition_labels_follow_the_language() -> None:
    years = pd.Series([0, 25])
    assert experience_band(years).tolist() == ["0–1 jaar", "20+ jaar"]
    with language("en"):
        assert experience_band(years).tolist() == ["0–1 years", "20+ years"]
        members = pd.DataFrame(
            {
                "registration": ["skj", "geen"],
                "registration_valid_until": pd.to_datetime(["2020-01-01", None]),
            }
        )
        labels = registration_label(members, pd.Timestamp(2024, 1, 1)).tolist()
    assert labels == ["SKJ (expired)", "geen"]  # "geen" stays a code, shown via label()


def test_reference_texts_follow_the_language() -> None:
    areas = pd.DataFrame({"area_code": ["WK01"], "area_name": ["Centrum"], "kind": ["wijk"]})
    choices = reference_choices("GM01", "Testdorp", areas)
    assert list(choices.values()) == [
        "Gemeente Testdorp",
        "Bediende bevolking (naar casussen per buurt)",
        "Wijk Centrum",
    ]
    with language("en"):
        choices = reference_choices("GM01", "Testdorp", areas)
        source = population_source_line(
            pd.DataFrame({"source": ["CBS"], "year": [2023], "status": ["fictief"]})
        )
    assert list(choices.values()) == [
        "Municipality Testdorp",
        "Population served (by cases per neighbourhood)",
        "District Centrum",
    ]
    assert source == (
        "Population source (aged 15–74, education level): CBS (reference year 2023) — "
        "fictional/indicative."
    )


# --- Report --------------------------------------------------------------------------------------


def english_report(engine: Engine) -> str:
    subject = ReportSubject("Testteam", "Testdorp", "GM9991", PERIOD_START, PERIOD_END)
    data = TeamData(
        members=queries.load_members(engine, [1]),
        cases=queries.load_cases(engine, [1], PERIOD_START, PERIOD_END),
        assignments=queries.load_assignments(engine, [1], PERIOD_START, PERIOD_END),
        phases=queries.load_phases(engine, [1], PERIOD_START, PERIOD_END),
        population=queries.load_population(engine, ["GM9991", "NL01"]),
    )
    with language("en"):
        return build_report(subject, data, sample_data=True)


def test_report_in_english(tiny_engine: Engine) -> None:
    report = english_report(tiny_engine)
    assert '<html lang="en">' in report
    assert "<h2>The team</h2>" in report
    assert '<div class="label">Team members</div>' in report
    assert "Sample data: every person, case and figure is fictional." in report
    # D rests on the 4 members with a known education level: hidden, as in Dutch
    assert re.search(r'<div class="value">–</div><div class="label">Dissimilarity', report)
    assert re.search(r'<div class="value">3\.2</div><div class="label">FTE', report)  # 3,2 in nl
    assert "Het team" not in report and "Voorbeeldgegevens" not in report
