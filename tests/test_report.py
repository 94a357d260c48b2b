"""The HTML report: self-contained, anonymised, with the key figures and their sources."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import Engine

from data_model import queries
from reporting.html_report import ReportSubject, TeamData, build_report, report_sections
from reporting.pdf import html_to_pdf, pdf_available
from tests.apptest import run_page
from tests.fixture_data import CASE_CODES, MEMBER_NAMES, PERIOD_END, PERIOD_START


def subject_and_data(engine: Engine) -> tuple[ReportSubject, TeamData]:
    subject = ReportSubject("Testteam", "Testdorp", "GM9991", PERIOD_START, PERIOD_END)
    data = TeamData(
        members=queries.load_members(engine, [1]),
        cases=queries.load_cases(engine, [1], PERIOD_START, PERIOD_END),
        assignments=queries.load_assignments(engine, [1], PERIOD_START, PERIOD_END),
        phases=queries.load_phases(engine, [1], PERIOD_START, PERIOD_END),
        population=queries.load_population(engine, ["GM9991", "NL01"]),
    )
    return subject, data


@pytest.fixture
def report(tiny_engine: Engine) -> str:
    return build_report(*subject_and_data(tiny_engine), sample_data=True)


def figure(report: str, label: str) -> str:
    """The value shown above a figure label in the report."""
    before = report.split(f'<div class="label">{label}</div>')[0]
    return before.rsplit('<div class="value">', 1)[1].split("</div>")[0]


def test_report_embeds_plotly_once_so_it_opens_offline(report: str) -> None:
    assert report.startswith("<!DOCTYPE html>")
    assert report.count("plotly.js v") == 1
    assert '<script src="http' not in report


def test_report_shows_key_figures_with_small_counts_suppressed(report: str) -> None:
    assert figure(report, "Teamleden") == "5"
    # D (30 % to the team leader) rests on the 4 members with a known education level
    assert figure(report, "Dissimilariteit (Duncan)") == "–"
    assert figure(report, "Jeugdcasussen niet conform SKJ-norm") == "&lt;5"
    assert figure(report, "In mbo-hbo-tandem") == "&lt;5 casussen"


def test_report_masks_member_days_resting_on_fewer_than_5_members(tiny_engine: Engine) -> None:
    # Every phase × education group of the tiny team rests on 1-4 members.
    sections = report_sections(*subject_and_data(tiny_engine))
    chart = next(s.chart for s in sections if s.title == "Wie doet welke fase")
    assert chart is not None
    bars = [y for trace in chart.data for y in (getattr(trace, "y", None) or ())]
    assert [y for y in bars if y is not None and y == y] == []


def test_report_names_the_population_source_and_fictional_status(report: str) -> None:
    assert "fictief (peiljaar 2023) — fictief/indicatief" in report
    assert "Voorbeeldgegevens" in report


def test_report_contains_no_names_or_case_codes(report: str) -> None:
    leaked = [text for text in (*MEMBER_NAMES, *CASE_CODES) if text in report]
    assert leaked == []


def test_rapport_page_offers_the_download(app_on_tiny: str) -> None:
    at = run_page("pages/rapport.py")
    assert not at.exception
    assert at.get("download_button")


@pytest.mark.browser
def test_report_turns_into_a_pdf(report: str) -> None:
    assert pdf_available(), "Chromium and Playwright are needed (scripts/test.sh installs them)"
    pdf = html_to_pdf(report)
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10_000


def test_dates_render_in_dutch_order(report: str) -> None:
    assert f"{pd.Timestamp(PERIOD_START):%d-%m-%Y} t/m 30-06-2026" in report
