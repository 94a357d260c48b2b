"""Charts of the Samenstelling page."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.palette import EDUCATION_COLOURS, SERIES_COLOURS, base_layout, no_data_figure
from i18n import label, number, t

GROUP_ORDER = ("laag", "middelbaar", "hoog", "onbekend")


def _value_text(value: float) -> str:
    if pd.isna(value):
        return "<5"
    rounded = round(float(value), 1)
    return number(rounded, 0 if rounded.is_integer() else 1)


def breakdown_bar(table: pd.DataFrame, by: str, unit: str, title: str | None = None) -> go.Figure:
    """Horizontal bars of a breakdown table (columns `by`, value, share).

    Rows whose value is NaN (small groups suppressed in presentation mode) show the text '<5'.
    """
    all_zero = table["value"].notna().all() and table["value"].sum() == 0
    if table.empty or all_zero:
        return no_data_figure(height=300)
    ordered = table.iloc[::-1]
    colours = [EDUCATION_COLOURS.get(str(v), SERIES_COLOURS[0]) for v in ordered[by]]
    fig = go.Figure(
        go.Bar(
            x=ordered["value"],
            y=[label(v) for v in ordered[by]],
            orientation="h",
            marker_color=colours,
            text=[_value_text(v) for v in ordered["value"]],
            textposition="outside",
            hovertemplate=f"%{{y}}: %{{x}} {unit}<extra></extra>",
        )
    )
    fig.update_xaxes(title=unit, rangemode="tozero")
    fig.update_layout(showlegend=False)
    return base_layout(fig, title=title, height=max(220, 40 * len(table) + 80))


def composition_over_time_chart(long: pd.DataFrame, unit: str) -> go.Figure:
    """Stacked area of members (or FTE) per CBS group on every month end."""
    if long.empty or long["value"].sum() == 0:
        return no_data_figure(height=300)
    fig = go.Figure()
    for group in GROUP_ORDER:
        rows = long[long["cbs_group"] == group]
        if rows["value"].sum() == 0:
            continue
        fig.add_trace(
            go.Scatter(
                x=rows["day"],
                y=rows["value"],
                name=label(group),
                stackgroup="team",
                line={"color": EDUCATION_COLOURS.get(group, "#999999"), "width": 1},
                hovertemplate=f"%{{x|%m-%Y}}: %{{y}} {unit} ({label(group)})<extra></extra>",
            )
        )
    fig.update_yaxes(title=unit, rangemode="tozero")
    return base_layout(fig, height=320)


def turnover_chart(turnover: pd.DataFrame) -> go.Figure:
    """Joined (up) and left (down) per year."""
    if turnover.empty:
        return no_data_figure(height=300)
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            x=turnover["year"],
            y=turnover["joined"],
            name=t("chart.turnover.joined"),
            marker_color=SERIES_COLOURS[2],
        )
    )
    fig.add_trace(
        go.Bar(
            x=turnover["year"],
            y=-turnover["left"],
            name=t("chart.turnover.left"),
            marker_color=SERIES_COLOURS[5],
            customdata=turnover["left"],
            hovertemplate=t("chart.turnover.left_hover", year="%{x}", count="%{customdata}")
            + "<extra></extra>",
        )
    )
    fig.update_layout(barmode="relative")
    fig.update_xaxes(title=t("chart.axis.year"), dtick=1)
    fig.update_yaxes(title=t("chart.axis.members"))
    return base_layout(fig, height=300)
