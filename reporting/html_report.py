"""A self-contained HTML report of one team and period, always in presentation mode.

Every text is in the current language (`i18n.language("en")` around `build_report` gives an
English report).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analysis.duos import case_duo_types, duo_mix
from analysis.overview import OverviewFigures, overview_figures
from analysis.phases import member_days_by_phase, member_days_summary
from analysis.privacy import (
    mask_comparison,
    mask_count_series,
    mask_small,
    share_text,
    show_count,
)
from analysis.reference import population_source_line
from charts.overview import open_phase_bar, simple_mix_bar
from charts.representation import representation_chart
from charts.work import duo_mix_bar, member_days_bar
from i18n import current_language, number, percent, t

PRESENTATION = True  # reports leave the building: the small-number rule always applies


@dataclass(frozen=True)
class ReportSubject:
    team_name: str
    municipality_name: str
    municipality_code: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class TeamData:
    members: pd.DataFrame
    cases: pd.DataFrame
    assignments: pd.DataFrame
    phases: pd.DataFrame
    population: pd.DataFrame


@dataclass(frozen=True)
class Section:
    title: str
    figures: tuple[tuple[str, str], ...]  # (label, value)
    explanation: str
    chart: go.Figure | None = None


def _pct(value: float) -> str:
    return "–" if pd.isna(value) else percent(value)


def _share(share: float, total: int) -> str:
    return share_text(share, total, PRESENTATION, hidden=t("report.fewer_than_five_cases"))


def _team_section(fig: OverviewFigures) -> Section:
    return Section(
        t("report.team.title"),
        (
            (t("report.team.members"), show_count(fig.size.headcount, PRESENTATION)),
            (t("report.team.fte"), number(fig.size.fte, 1)),
            (t("report.team.cases"), show_count(fig.cases_in_period, PRESENTATION)),
        ),
        t("report.team.explanation"),
        simple_mix_bar(mask_count_series(fig.simple_mix, PRESENTATION)),
    )


def _population_section(fig: OverviewFigures, population: pd.DataFrame) -> Section:
    comparison = mask_comparison(fig.comparison, fig.comparison.table["team_count"], PRESENTATION)
    table = comparison.table
    return Section(
        t("report.population.title"),
        (
            (t("report.population.dissimilarity"), _pct(comparison.dissimilarity)),
            (t("report.population.blau"), _pct(comparison.blau_team)),
        ),
        t("report.population.explanation") + " " + population_source_line(population),
        representation_chart(table),
    )


def _work_section(fig: OverviewFigures, data: TeamData, subject: ReportSubject) -> Section:
    start, end = pd.Timestamp(subject.start), pd.Timestamp(subject.end)
    mix = duo_mix(case_duo_types(data.cases, data.assignments, start, end))
    total = fig.cases_in_period
    return Section(
        t("report.work.title"),
        (
            (t("report.work.in_duos"), _share(fig.duo_share, total)),
            (t("report.work.in_tandem"), _share(fig.tandem_share, total)),
            (t("report.work.youth_not_conform"), show_count(fig.youth_not_conform, True)),
        ),
        t("report.work.explanation"),
        duo_mix_bar(mask_small(mix, PRESENTATION, "cases", ("cases", "share"))),
    )


def _phase_sections(fig: OverviewFigures, data: TeamData, subject: ReportSubject) -> list[Section]:
    start, end = pd.Timestamp(subject.start), pd.Timestamp(subject.end)
    days = member_days_summary(member_days_by_phase(data.assignments, data.phases, start, end))
    return [
        Section(
            t("report.open_phase.title"),
            (),
            t("report.open_phase.explanation"),
            open_phase_bar(mask_count_series(fig.open_by_phase, PRESENTATION)),
        ),
        Section(
            t("report.member_days.title"),
            (),
            t("report.member_days.explanation"),
            member_days_bar(mask_small(days, PRESENTATION, "members", ("days", "share"))),
        ),
    ]


def report_sections(subject: ReportSubject, data: TeamData) -> list[Section]:
    figures = overview_figures(
        members=data.members,
        cases=data.cases,
        assignments=data.assignments,
        phases=data.phases,
        population=data.population,
        municipality_code=subject.municipality_code,
        start=pd.Timestamp(subject.start),
        end=pd.Timestamp(subject.end),
    )
    return [
        _team_section(figures),
        _population_section(figures, data.population),
        _work_section(figures, data, subject),
        *_phase_sections(figures, data, subject),
    ]


STYLE = """
body{font-family:system-ui,sans-serif;max-width:1000px;margin:2rem auto;color:#1F2933;
padding:0 1rem}h1{margin-bottom:0}.meta{color:#555}.figures{display:flex;gap:2rem;
flex-wrap:wrap;margin:1rem 0}.figure .value{font-size:2rem}.figure .label{color:#555}
.explain{color:#555;font-size:.9rem}section{border-top:1px solid #ddd;padding-top:1rem}
"""


def _section_html(section: Section, include_js: bool) -> str:
    figures = "".join(
        f'<div class="figure"><div class="value">{html.escape(value)}</div>'
        f'<div class="label">{html.escape(label)}</div></div>'
        for label, value in section.figures
    )
    chart = ""
    if section.chart is not None:
        chart = section.chart.to_html(
            full_html=False,
            include_plotlyjs="inline" if include_js else False,
            config={"displaylogo": False},
        )
    return (
        f"<section><h2>{html.escape(section.title)}</h2>"
        f'<div class="figures">{figures}</div>{chart}'
        f'<p class="explain">{html.escape(section.explanation)}</p></section>'
    )


def render_html(subject: ReportSubject, sections: list[Section], sample_data: bool) -> str:
    """The whole report as one HTML document; plotly.js embedded once so it opens offline."""
    body = "".join(_section_html(s, include_js=(i == 0)) for i, s in enumerate(sections))
    warning = (
        f"<p><strong>{html.escape(t('report.sample_data'))}</strong></p>" if sample_data else ""
    )
    title = t("report.title", team=subject.team_name)
    meta = t(
        "report.meta",
        municipality=subject.municipality_name,
        start=f"{subject.start:%d-%m-%Y}",
        end=f"{subject.end:%d-%m-%Y}",
    )
    made_on = t("report.made_on", date=f"{dt.date.today():%d-%m-%Y}")
    return (
        f'<!DOCTYPE html><html lang="{current_language()}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f'<p class="meta">{html.escape(meta)}</p>{warning}{body}'
        f'<p class="meta">{html.escape(made_on)}</p>'
        "</body></html>"
    )


def build_report(subject: ReportSubject, data: TeamData, sample_data: bool = False) -> str:
    return render_html(subject, report_sections(subject, data), sample_data)
