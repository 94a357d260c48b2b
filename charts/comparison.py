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
from plotly.subplots import make_subplots

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
    fig = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[str(name) for name in shown["label"]],
        shared_xaxes=True,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        vertical_spacing=min(0.12, 0.5 / rows),
    )
    groups = list(CBS_GROUPS)
    names = [label(group) for group in groups]
    for position, (_, team) in enumerate(shown.iterrows()):
        cell = {"row": position // columns + 1, "col": position % columns + 1}
        first = position == 0
        team_shares = _percent([team[f"team_{group}"] for group in groups])
        fig.add_trace(
            go.Bar(
                name=t("chart.compare.team"),
                x=team_shares,
                y=names,
                orientation="h",
                marker={"color": [EDUCATION_COLOURS[group] for group in groups]},
                showlegend=first,
                legendgroup="team",
                hovertemplate=_hover("chart.compare.team_hover", group="%{y}", share="%{x:.0f}"),
            ),
            **cell,
        )
        fig.add_trace(
            go.Scatter(
                name=t("chart.compare.municipality"),
                x=_percent([team[f"pop_{group}"] for group in groups]),
                y=names,
                mode="markers",
                marker={
                    "symbol": "line-ns-open",
                    "size": 20,
                    "color": POPULATION_COLOUR,
                    "line": {"width": 3, "color": POPULATION_COLOUR},
                },
                showlegend=first,
                legendgroup="population",
                hovertemplate=_hover(
                    "chart.compare.municipality_hover", group="%{y}", share="%{x:.0f}"
                ),
            ),
            **cell,
        )
        if benchmark is not None and not benchmark.isna().all():
            fig.add_trace(
                go.Scatter(
                    name=t("chart.representation.netherlands"),
                    x=_percent(benchmark.reindex(groups).astype(float)),
                    y=names,
                    mode="markers",
                    marker={"symbol": "diamond-open", "size": 10, "color": BENCHMARK_COLOUR},
                    showlegend=first,
                    legendgroup="benchmark",
                    hovertemplate=_hover(
                        "chart.representation.netherlands_hover", group="%{y}", share="%{x:.0f}"
                    ),
                ),
                **cell,
            )
    fig.update_xaxes(range=[0, 100], ticksuffix="%")
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed")
    height = 140 + PANEL_HEIGHT * rows
    return legend_above_panel_titles(finish(fig, title, height=height), height)


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
