"""Small charts of the Overzicht page."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.privacy import count_text
from charts.palette import EDUCATION_COLOURS, PHASE_COLOURS, base_layout, no_data_figure
from i18n import label, t


def _nothing_to_show(counts: pd.Series) -> bool:
    """No counts at all (masked small counts still count as something)."""
    return bool(counts.notna().all() and counts.sum() == 0)


def simple_mix_label(group: object) -> str:
    """'mbo', 'hbo / wo' or 'overig / onbekend' (no diploma or unknown counts as other)."""
    return t("chart.simple_mix.other") if group == "overig" else label(group)


def simple_mix_bar(mix: pd.Series) -> go.Figure:
    """Team headcount per mbo / hbo-wo / overig as one horizontal stacked bar."""
    fig = go.Figure()
    if _nothing_to_show(mix):
        return no_data_figure(height=160)
    for group, count in mix.items():
        fig.add_trace(
            go.Bar(
                x=[0 if pd.isna(count) else count],
                y=[t("chart.simple_mix.team")],
                name=simple_mix_label(group),
                orientation="h",
                marker_color=EDUCATION_COLOURS.get(str(group), "#999999"),
                text=count_text(pd.Series([count])),
                textposition="inside",
                hovertemplate=t("chart.simple_mix.hover", name="%{fullData.name}", count="%{x}")
                + "<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack", showlegend=True, legend={"traceorder": "normal"})
    fig.update_xaxes(title=t("chart.simple_mix.axis"))
    fig.update_yaxes(showticklabels=False)
    return base_layout(fig, height=180)


def open_phase_bar(counts: pd.Series) -> go.Figure:
    """Open cases per phase on one day."""
    fig = go.Figure()
    if _nothing_to_show(counts):
        return no_data_figure(height=260)
    fig.add_trace(
        go.Bar(
            x=[label(phase) for phase in counts.index],
            y=counts.fillna(0).tolist(),
            marker_color=[PHASE_COLOURS.get(str(p), "#999999") for p in counts.index],
            text=count_text(counts),
            textposition="outside",
            hovertemplate=t("chart.hover.cases", label="%{x}", count="%{y}") + "<extra></extra>",
        )
    )
    fig.update_yaxes(title=t("chart.open_phase.axis"), rangemode="tozero")
    fig.update_layout(showlegend=False)
    return base_layout(fig, height=280)
