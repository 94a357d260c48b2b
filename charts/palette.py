"""One colour-blind-safe palette (Okabe-Ito), used for the same category on every chart."""

from __future__ import annotations

import plotly.graph_objects as go

from i18n import t

EDUCATION_COLOURS: dict[str, str] = {
    "laag": "#E69F00",
    "middelbaar": "#0072B2",
    "hoog": "#009E73",
    "mbo": "#0072B2",
    "hbo": "#009E73",
    "overig": "#999999",
    "onbekend": "#BBBBBB",
}

DUO_COLOURS: dict[str, str] = {
    "solo": "#999999",
    "mbo-mbo": "#56B4E9",
    "mbo-hbo": "#CC79A7",
    "hbo-hbo": "#009E73",
    "3+": "#E69F00",
    "duo met overig": "#F0E442",
    "geen toewijzing": "#DDDDDD",
}

PHASE_COLOURS: dict[str, str] = {
    "toeleiding": "#56B4E9",
    "begeleiding": "#0072B2",
    "uitstroom": "#009E73",
    "waakvlam": "#E69F00",
}

SERIES_COLOURS: list[str] = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
]

POPULATION_COLOUR = "#444444"
BENCHMARK_COLOUR = "#D55E00"


def base_layout(fig: go.Figure, title: str | None = None, height: int = 360) -> go.Figure:
    """Calm, projector-readable defaults shared by every chart."""
    fig.update_layout(
        title=title,
        height=height,
        margin={"l": 10, "r": 10, "t": 90 if title else 40, "b": 10},
        font={"size": 14},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        plot_bgcolor="white",
    )
    fig.update_xaxes(gridcolor="#EEEEEE")
    fig.update_yaxes(gridcolor="#EEEEEE")
    return fig


def no_data_figure(
    title: str | None = None, text: str | None = None, height: int = 360
) -> go.Figure:
    """An empty chart carrying a centred message (default "Geen gegevens" / "No data")."""
    fig = go.Figure()
    fig.add_annotation(
        text=t("chart.no_data") if text is None else text,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": 16, "color": "#666666"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, title, height=height)
