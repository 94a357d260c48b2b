"""Figures of the Pilots page (plotly graph_objects only; empty input gives "Geen gegevens").

Shares are fractions in the input and percentages on the axes; NaN (e.g. hidden by the
small-number rule) leaves a gap instead of a bar or dot. Stored codes (pilots, outcomes, education
groups) stay the data; the figures show their labels in the current language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.pilots import EDUCATION_GROUPS, OUTCOMES, REGULAR
from analysis.privacy import count_text
from charts.palette import (
    EDUCATION_COLOURS,
    PHASE_COLOURS,
    POPULATION_COLOUR,
    SERIES_COLOURS,
    base_layout,
    no_data_figure,
)
from i18n import label, number, number_separators, t

FALLBACK_COLOUR = "#999999"
SHARE_RANGE = (0, 100)
SUBPLOT_TOP_MARGIN = 90  # legend above the panel titles
TITLED_TOP_MARGIN = 105  # title band, then up to two legend rows
TITLE_BAND = 30
PANEL_TITLE_PIXELS = 30

OUTCOME_COLOURS: dict[str, str] = {
    "zelfredzaam": PHASE_COLOURS["uitstroom"],
    "afgeschaald": SERIES_COLOURS[4],
    "opgeschaald": SERIES_COLOURS[5],
    "waakvlam": PHASE_COLOURS["waakvlam"],
    "voortijdig_beeindigd": SERIES_COLOURS[3],
    "lopend": EDUCATION_COLOURS["overig"],
}
GROUP_COLOURS: dict[str, str] = {
    "verwarde_personen": SERIES_COLOURS[0],
    "waakvlam": SERIES_COLOURS[1],
    REGULAR: POPULATION_COLOUR,
}


def group_label(group: str) -> str:
    """'verwarde personen', 'waakvlam', or 'regulier (geen pilot)' in the current language."""
    return t("chart.pilots.regular") if group == REGULAR else label(group)


def _hover(key: str, extra: str = "", **tokens: str) -> str:
    """A hover template: the text of `key` with plotly's %{…} tokens as its placeholders."""
    return t(key, **tokens) + f"<extra>{extra}</extra>"


def _nullable(values: Iterable[float]) -> list[float | None]:
    return [None if value is None or math.isnan(float(value)) else float(value) for value in values]


def _percent(values: Iterable[float]) -> list[float | None]:
    return [None if value is None else value * 100 for value in _nullable(values)]


def finish(fig: go.Figure, title: str | None, height: int = 360) -> go.Figure:
    """Shared layout, the current language's number separators, and a title in its own band above
    the legend."""
    fig = base_layout(fig, title, height=height)
    fig.update_layout(separators=number_separators())
    if title:
        fig.update_layout(
            title={"x": 0.01, "y": 1, "yref": "container", "yanchor": "top", "pad": {"t": 12}},
            margin={"t": TITLED_TOP_MARGIN},
        )
    return fig


def legend_above_panel_titles(fig: go.Figure, height: int) -> go.Figure:
    """Room above the subplot titles, and the legend lifted over them (not on top of them)."""
    top = SUBPLOT_TOP_MARGIN + (TITLE_BAND if fig.layout.title.text else 0)
    plot_height = height - top - 10
    fig.update_layout(margin={"t": top}, legend={"y": 1 + PANEL_TITLE_PIXELS / plot_height})
    return fig


def stacked_share_bars(
    long: pd.DataFrame,
    *,
    row: str,
    category: str,
    rows: Sequence[object],
    row_labels: Mapping[object, str],
    categories: Sequence[str],
    colours: Mapping[str, str],
    category_labels: Mapping[str, str] | None = None,
    title: str | None = None,
) -> go.Figure:
    """One horizontal 100 % bar per value of `rows` (top-down), split by `category`.

    `long` has columns <row>, <category>, cases, share (fraction). Rows without any share are
    drawn empty; no share at all gives "Geen gegevens".
    """
    chosen = long[long[row].isin(list(rows))]
    no_cases = chosen["cases"].astype(float).fillna(0).sum() == 0
    if chosen.empty or chosen["share"].astype(float).isna().all() or no_cases:
        return no_data_figure(title)
    names = [row_labels.get(value, str(value)) for value in rows]
    fig = go.Figure()
    for cat in categories:
        part = chosen[chosen[category] == cat].set_index(row).reindex(list(rows))
        shares = _percent(part["share"].astype(float))
        fig.add_trace(
            go.Bar(
                name=(category_labels or {}).get(cat, label(cat)),
                x=shares,
                y=names,
                orientation="h",
                marker={"color": colours.get(cat, FALLBACK_COLOUR)},
                text=[f"{number(share, 0)}%" if share and share >= 6 else "" for share in shares],
                textposition="inside",
                customdata=count_text(part["cases"]),
                hovertemplate=_hover(
                    "chart.hover.share_of_cases",
                    "%{fullData.name}",
                    label="%{y}",
                    share="%{x:.0f}",
                    count="%{customdata}",
                ),
            )
        )
    fig.update_layout(barmode="stack", legend={"traceorder": "normal"})
    fig.update_xaxes(title=t("chart.axis.share"), range=list(SHARE_RANGE), ticksuffix="%")
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed")
    return finish(fig, title, height=140 + 60 * len(names))


def outcome_mix_chart(
    mix: pd.DataFrame, groups: Sequence[str], title: str | None = None
) -> go.Figure:
    """Outcome at the period end per group, as 100 % bars (from `analysis.pilots.outcome_mix`)."""
    return stacked_share_bars(
        mix,
        row="group",
        category="outcome",
        rows=groups,
        row_labels={group: group_label(group) for group in groups},
        categories=OUTCOMES,
        colours=OUTCOME_COLOURS,
        title=title,
    )


def regie_chart(regie: pd.DataFrame, groups: Sequence[str], title: str | None = None) -> go.Figure:
    """Who held the regie (mbo / hbo / overig) per group, as 100 % bars of regie assignments."""
    frame = regie.rename(columns={"assignments": "cases"})
    return stacked_share_bars(
        frame,
        row="group",
        category="education_group",
        rows=groups,
        row_labels={group: group_label(group) for group in groups},
        categories=EDUCATION_GROUPS,
        colours=EDUCATION_COLOURS,
        title=title,
    )


def _interval_dots(
    summary: pd.DataFrame,
    groups: Sequence[str],
    value: str,
    low: str,
    high: str,
    scale: float,
    hover: str,
) -> go.Scatter:
    part = summary.reindex(list(groups))
    centre = pd.Series(_nullable(part[value].astype(float)), dtype=float)
    lower = pd.Series(_nullable(part[low].astype(float)), dtype=float)
    upper = pd.Series(_nullable(part[high].astype(float)), dtype=float)
    return go.Scatter(
        x=_nullable(centre * scale),
        y=[group_label(group) for group in groups],
        mode="markers",
        marker={"size": 14, "color": [GROUP_COLOURS.get(g, FALLBACK_COLOUR) for g in groups]},
        error_x={
            "type": "data",
            "symmetric": False,
            "array": _nullable((upper - centre) * scale),
            "arrayminus": _nullable((centre - lower) * scale),
            "color": POPULATION_COLOUR,
            "thickness": 2,
            "width": 6,
        },
        showlegend=False,
        hovertemplate=hover,
    )


def escalation_chart(
    summary: pd.DataFrame, groups: Sequence[str], title: str | None = None
) -> go.Figure:
    """Escalation rate per group (dot) with its Wilson 95 % interval (bar), axis 0-100 %."""
    part = summary.reindex(list(groups))
    if part.empty or part["escalation_rate"].astype(float).isna().all():
        return no_data_figure(title)
    fig = go.Figure(
        _interval_dots(
            summary,
            groups,
            "escalation_rate",
            "escalation_low",
            "escalation_high",
            100,
            _hover("chart.pilots.escalation.hover", group="%{y}", share="%{x:.0f}"),
        )
    )
    fig.update_xaxes(title=t("chart.pilots.escalation.axis"), range=[-2, 102], ticksuffix="%")
    fig.update_yaxes(autorange="reversed")
    return finish(fig, title, height=140 + 60 * len(groups))


def duration_chart(
    summary: pd.DataFrame, groups: Sequence[str], title: str | None = None
) -> go.Figure:
    """Median duration per group (dot) with the 25th-75th percentile range (bar), in days."""
    part = summary.reindex(list(groups))
    if part.empty or part["median_days"].astype(float).isna().all():
        return no_data_figure(title)
    fig = go.Figure(
        _interval_dots(
            summary,
            groups,
            "median_days",
            "p25_days",
            "p75_days",
            1,
            _hover("chart.pilots.duration.hover", group="%{y}", median="%{x:.0f}"),
        )
    )
    fig.update_xaxes(title=t("chart.pilots.duration.axis"), rangemode="tozero")
    fig.update_yaxes(autorange="reversed")
    return finish(fig, title, height=140 + 60 * len(groups))


def quarterly_chart(
    quarterly: pd.DataFrame, groups: Sequence[str], title: str | None = None
) -> go.Figure:
    """Per quarter: cases per group (bars, top) and escalation rate per group (lines, bottom)."""
    chosen = quarterly[quarterly["group"].isin(list(groups))]
    if chosen.empty or chosen["cases"].astype(float).fillna(0).sum() == 0:
        return no_data_figure(title)
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.12,
        subplot_titles=(
            t("chart.pilots.quarterly.cases_title"),
            t("chart.pilots.quarterly.rate_title"),
        ),
    )
    for group in groups:
        part = chosen[chosen["group"] == group]
        quarters = [
            t("chart.pilots.quarter", year=day.year, quarter=(day.month - 1) // 3 + 1)
            for day in part["quarter"]
        ]
        colour = GROUP_COLOURS.get(group, FALLBACK_COLOUR)
        name = group_label(group)
        fig.add_trace(
            go.Bar(
                name=name,
                x=quarters,
                y=_nullable(part["cases"].astype(float)),
                marker={"color": colour},
                legendgroup=group,
                hovertemplate=_hover("chart.hover.cases", name, label="%{x}", count="%{y}"),
            ),
            row=1,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                name=name,
                x=quarters,
                y=_percent(part["escalation_rate"].astype(float)),
                mode="lines+markers",
                line={"color": colour},
                legendgroup=group,
                showlegend=False,
                connectgaps=False,
                customdata=count_text(part["closed"]),
                hovertemplate=_hover(
                    "chart.pilots.quarterly.rate_hover",
                    name,
                    quarter="%{x}",
                    share="%{y:.0f}",
                    count="%{customdata}",
                ),
            ),
            row=2,
            col=1,
        )
    fig.update_layout(barmode="group")
    fig.update_yaxes(title=t("chart.pilots.quarterly.cases_axis"), rangemode="tozero", row=1, col=1)
    fig.update_yaxes(title="%", range=[-3, 103], ticksuffix="%", row=2, col=1)
    return legend_above_panel_titles(finish(fig, title, height=540), 540)
