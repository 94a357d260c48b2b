"""Figures of the Vergelijken page: teams side by side (plotly graph_objects only).

Every builder takes the wide table of `analysis.comparison.comparison_table` (rows in the order to
show, top-down) or a `long_mix` frame; empty input gives "Geen gegevens", NaN leaves a gap.
Stored codes (education groups, duo types, phases) stay the data; the figures show their labels
in the current language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analysis.duos import DUO_TYPES
from analysis.education import CBS_GROUPS
from analysis.phases import PHASES
from analysis.privacy import count_text
from charts.palette import (
    BENCHMARK_COLOUR,
    DUO_COLOURS,
    EDUCATION_COLOURS,
    PHASE_COLOURS,
    POPULATION_COLOUR,
    SERIES_COLOURS,
    no_data_figure,
)
from charts.pilots import finish, legend_above_panel_titles, stacked_share_bars
from i18n import label, number, t

MAX_PANELS = 24
PANEL_COLUMNS = 3
PANEL_HEIGHT = 200
HORIZONTAL_SPACING = 0.04


def _nullable(values: Sequence[float] | pd.Series) -> list[float | None]:
    return [None if value is None or math.isnan(float(value)) else float(value) for value in values]


def _percent(values: Sequence[float] | pd.Series) -> list[float | None]:
    return [None if value is None else value * 100 for value in _nullable(values)]


def _rows_height(rows: int) -> int:
    return 140 + 45 * rows


def _team_axis(fig: go.Figure, labels: Sequence[str]) -> None:
    fig.update_yaxes(categoryorder="array", categoryarray=list(labels), autorange="reversed")


def _hover(key: str, **tokens: str) -> str:
    """A hover template: the text of `key` with plotly's %{…} tokens as its placeholders."""
    return t(key, **tokens) + "<extra></extra>"


def _is_empty(table: pd.DataFrame, column: str) -> bool:
    return table.empty or column not in table or table[column].astype(float).isna().all()


# --- Small multiples: team against population ---------------------------------------------------


def education_small_multiples(
    table: pd.DataFrame,
    benchmark: pd.Series | None = None,
    title: str | None = None,
    max_panels: int = MAX_PANELS,
) -> go.Figure:
    """One panel per team (at most `max_panels`, in table order): team share laag / middelbaar /
    hoog (bars) against its municipality (vertical mark) and Nederland (diamond)."""
    team_columns = [f"team_{group}" for group in CBS_GROUPS]
    if table.empty or table[team_columns + [f"pop_{g}" for g in CBS_GROUPS]].isna().all().all():
        return no_data_figure(title)
    shown = table.head(max_panels)
    columns = min(PANEL_COLUMNS, len(shown))
    rows = math.ceil(len(shown) / columns)
    groups = list(CBS_GROUPS)
    names = [label(group) for group in groups]
    benchmark_x = (
        []
        if benchmark is None or benchmark.isna().all()
        else _percent(benchmark.reindex(groups).astype(float))
    )
    traces: list[dict[str, object]] = []
    for position, (_, team) in enumerate(shown.iterrows()):
        axes = _panel_axes(position + 1)
        traces += _panel_traces(team, groups, names, axes, first=position == 0)
        if benchmark_x:
            traces.append(_benchmark_trace(benchmark_x, names, axes, first=position == 0))
    layout = _panel_layout([str(name) for name in shown["label"]], rows, columns, names)
    # Built as one dict: plotly's make_subplots and per-panel add_trace/update_*axes cost
    # 0.2-0.3 s for 24 panels, a tenth of the whole comparison page.
    fig = go.Figure({"data": traces, "layout": layout})
    height = 140 + PANEL_HEIGHT * rows
    return legend_above_panel_titles(finish(fig, title, height=height), height)


def _panel_axes(number: int) -> dict[str, str]:
    suffix = "" if number == 1 else str(number)
    return {"xaxis": f"x{suffix}", "yaxis": f"y{suffix}"}


def _panel_traces(
    team: pd.Series, groups: list[str], names: list[str], axes: dict[str, str], first: bool
) -> list[dict[str, object]]:
    bars = {
        "type": "bar",
        "name": t("chart.compare.team"),
        "x": _percent([team[f"team_{group}"] for group in groups]),
        "y": names,
        "orientation": "h",
        "marker": {"color": [EDUCATION_COLOURS[group] for group in groups]},
        "showlegend": first,
        "legendgroup": "team",
        "hovertemplate": _hover("chart.compare.team_hover", group="%{y}", share="%{x:.0f}"),
        **axes,
    }
    municipality = {
        "type": "scatter",
        "name": t("chart.compare.municipality"),
        "x": _percent([team[f"pop_{group}"] for group in groups]),
        "y": names,
        "mode": "markers",
        "marker": {
            "symbol": "line-ns-open",
            "size": 20,
            "color": POPULATION_COLOUR,
            "line": {"width": 3, "color": POPULATION_COLOUR},
        },
        "showlegend": first,
        "legendgroup": "population",
        "hovertemplate": _hover("chart.compare.municipality_hover", group="%{y}", share="%{x:.0f}"),
        **axes,
    }
    return [bars, municipality]


def _benchmark_trace(
    x: list[float | None], names: list[str], axes: dict[str, str], first: bool
) -> dict[str, object]:
    return {
        "type": "scatter",
        "name": t("chart.representation.netherlands"),
        "x": x,
        "y": names,
        "mode": "markers",
        "marker": {"symbol": "diamond-open", "size": 10, "color": BENCHMARK_COLOUR},
        "showlegend": first,
        "legendgroup": "benchmark",
        "hovertemplate": _hover(
            "chart.representation.netherlands_hover", group="%{y}", share="%{x:.0f}"
        ),
        **axes,
    }


def _domains(count: int, spacing: float) -> list[tuple[float, float]]:
    """Equal panel domains on [0, 1] with `spacing` between them (as make_subplots)."""
    size = (1 - spacing * (count - 1)) / count
    return [(i * (size + spacing), i * (size + spacing) + size) for i in range(count)]


def _panel_layout(
    titles: list[str], rows: int, columns: int, names: list[str]
) -> dict[str, object]:
    """Axes of a rows × columns grid, x shared per column and y per row (tick labels only on
    the bottom row and the left column), and each panel's title above it."""
    x_domains = _domains(columns, HORIZONTAL_SPACING)
    y_domains = _domains(rows, min(0.12, 0.5 / rows))[::-1]  # first row on top
    layout: dict[str, object] = {}
    annotations = []
    for position, panel_title in enumerate(titles):
        row, column = divmod(position, columns)
        suffix = "" if position == 0 else str(position + 1)
        layout[f"xaxis{suffix}"] = {
            "domain": list(x_domains[column]),
            "anchor": f"y{suffix}",
            "range": [0, 100],
            "ticksuffix": "%",
            "matches": None if position == 0 else "x",
            "showticklabels": position + columns >= len(titles),
        }
        layout[f"yaxis{suffix}"] = {
            "domain": list(y_domains[row]),
            "anchor": f"x{suffix}",
            "categoryorder": "array",
            "categoryarray": names,
            "autorange": "reversed",
            "matches": None if position == 0 else "y",
            "showticklabels": column == 0,
        }
        annotations.append(
            {
                "text": panel_title,
                "x": sum(x_domains[column]) / 2,
                "y": y_domains[row][1],
                "xref": "paper",
                "yref": "paper",
                "xanchor": "center",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 16},
            }
        )
    layout["annotations"] = annotations
    return layout


# --- One figure per team, side by side -----------------------------------------------------------


def _team_bars(
    table: pd.DataFrame, column: str, axis_title: str, scale: float, hover: str
) -> go.Figure:
    labels = [str(name) for name in table["label"]]
    values = _nullable(table[column].astype(float) * scale)
    fig = go.Figure(
        go.Bar(
            x=values,
            y=labels,
            orientation="h",
            marker={"color": SERIES_COLOURS[0]},
            text=["" if value is None else number(value, 1) for value in values],
            textposition="outside",
            cliponaxis=False,
            showlegend=False,
            hovertemplate=hover,
        )
    )
    fig.update_xaxes(title=axis_title, rangemode="tozero")
    _team_axis(fig, labels)
    return fig


def dissimilarity_chart(table: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Duncan's D (team against its municipality) per team, in percent."""
    if _is_empty(table, "dissimilarity"):
        return no_data_figure(title)
    fig = _team_bars(
        table,
        "dissimilarity",
        t("chart.compare.dissimilarity.axis"),
        100,
        _hover("chart.compare.dissimilarity.hover", team="%{y}", share="%{x:.0f}"),
    )
    fig.update_xaxes(range=[0, 100], ticksuffix="%")
    return finish(fig, title, _rows_height(len(table)))


def caseload_chart(table: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Cases per FTE per team."""
    if _is_empty(table, "caseload_per_fte"):
        return no_data_figure(title)
    fig = _team_bars(
        table,
        "caseload_per_fte",
        t("chart.compare.caseload.axis"),
        1,
        _hover("chart.compare.caseload.hover", team="%{y}", value="%{x:.1f}"),
    )
    return finish(fig, title, _rows_height(len(table)))


def escalation_chart(table: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Escalation rate per team (dot) with its Wilson 95 % interval (bar), axis 0-100 %."""
    if _is_empty(table, "escalation_rate"):
        return no_data_figure(title)
    labels = [str(name) for name in table["label"]]
    rate = table["escalation_rate"].astype(float)
    fig = go.Figure(
        go.Scatter(
            x=_percent(rate),
            y=labels,
            mode="markers",
            marker={"size": 13, "color": SERIES_COLOURS[5]},
            error_x={
                "type": "data",
                "symmetric": False,
                "array": _percent(table["escalation_high"].astype(float) - rate),
                "arrayminus": _percent(rate - table["escalation_low"].astype(float)),
                "color": POPULATION_COLOUR,
                "thickness": 2,
                "width": 6,
            },
            customdata=count_text(table["closed"]),
            showlegend=False,
            hovertemplate=_hover(
                "chart.compare.escalation.hover",
                team="%{y}",
                share="%{x:.0f}",
                count="%{customdata}",
            ),
        )
    )
    fig.update_xaxes(title=t("chart.pilots.escalation.axis"), range=[-2, 102], ticksuffix="%")
    _team_axis(fig, labels)
    return finish(fig, title, _rows_height(len(table)))


def duo_mix_chart(mix: pd.DataFrame, table: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Duo types of the cases per team, as 100 % bars (teams in `table` order)."""
    return stacked_share_bars(
        mix,
        row="team_id",
        category="duo_type",
        rows=list(table["team_id"]),
        row_labels=dict(zip(table["team_id"], table["label"], strict=True)),
        categories=DUO_TYPES,
        colours=DUO_COLOURS,
        title=title,
    )


def phase_mix_chart(mix: pd.DataFrame, table: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Open cases on the period end per phase, per team, as 100 % bars."""
    return stacked_share_bars(
        mix,
        row="team_id",
        category="phase",
        rows=list(table["team_id"]),
        row_labels=dict(zip(table["team_id"], table["label"], strict=True)),
        categories=PHASES,
        colours=PHASE_COLOURS,
        title=title,
    )
