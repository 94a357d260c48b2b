"""Figures for team-versus-population comparisons, built from `representation_table` output.

Every builder takes a table indexed by group (columns as in `analysis.representation
.TABLE_COLUMNS`) and returns a `go.Figure`; empty or all-NaN input gives a figure that says
"Geen gegevens" (No data) instead of raising. Groups are stored codes (laag, middelbaar, hoog);
the figures show their labels, and every text, in the current language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import pandas as pd
import plotly.graph_objects as go

from analysis.representation import NOTEWORTHY_HIGH, NOTEWORTHY_LOW
from charts.palette import (
    BENCHMARK_COLOUR,
    EDUCATION_COLOURS,
    POPULATION_COLOUR,
    base_layout,
    no_data_figure,
)
from i18n import label, number, number_separators, t

FALLBACK_COLOUR = "#999999"
BAND_COLOUR = "#DDDDDD"
TITLE_WITH_LEGEND_MARGIN = 90
SHARE_AXIS_RANGE = (-2, 102)  # 0-100 %, with room for a dot sitting on 0 or 100


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _column(table: pd.DataFrame, name: str) -> pd.Series:
    """A numeric column of `table`, all NaN when the column is absent."""
    if name not in table.columns:
        return pd.Series(float("nan"), index=table.index, dtype=float)
    return pd.to_numeric(table[name], errors="coerce").astype(float)


def _has_values(table: pd.DataFrame, columns: Iterable[str]) -> bool:
    return any(_column(table, name).notna().any() for name in columns)


def _groups(table: pd.DataFrame) -> list[str]:
    return [str(group) for group in table.index]


def _labels(groups: Sequence[str]) -> list[str]:
    """The display labels of the groups (the y categories of every chart here)."""
    return [label(group) for group in groups]


def _group_colours(groups: Sequence[str]) -> list[str]:
    return [EDUCATION_COLOURS.get(group, FALLBACK_COLOUR) for group in groups]


def _nullable(values: Iterable[float]) -> list[float | None]:
    """Floats with NaN turned into None, so plotly leaves a gap instead of plotting garbage."""
    return [None if value is None or math.isnan(value) else float(value) for value in values]


def _percent(values: pd.Series) -> list[float | None]:
    return _nullable(values * 100)


def _percent_axis(fig: go.Figure, groups: Sequence[str]) -> None:
    fig.update_xaxes(
        title=t("chart.axis.share"), range=list(SHARE_AXIS_RANGE), ticksuffix="%", zeroline=False
    )
    _group_axis(fig, groups)


def _group_axis(fig: go.Figure, groups: Sequence[str]) -> None:
    """Groups top-down in table order (laag, middelbaar, hoog)."""
    fig.update_yaxes(
        title=None, categoryorder="array", categoryarray=_labels(groups), autorange="reversed"
    )


def _finish(fig: go.Figure, title: str | None) -> go.Figure:
    fig = base_layout(fig, title)
    fig.update_layout(separators=number_separators())
    if title:
        fig.update_layout(margin={"t": TITLE_WITH_LEGEND_MARGIN})  # keep title above legend
    return fig


def _hover(key: str, **tokens: str) -> str:
    """A hover template: the text of `key` with the group (%{y}) and plotly's %{…} tokens."""
    return t(key, group="%{y}", **tokens) + "<extra></extra>"


def _population_trace(groups: Sequence[str], population: pd.Series) -> go.Scatter:
    return go.Scatter(
        name=t("chart.representation.population"),
        x=_percent(population),
        y=_labels(groups),
        mode="markers",
        marker={
            "symbol": "line-ns-open",
            "size": 26,
            "color": POPULATION_COLOUR,
            "line": {"width": 3, "color": POPULATION_COLOUR},
        },
        hovertemplate=_hover("chart.representation.population_hover", share="%{x:.1f}"),
    )


# --------------------------------------------------------------------------------------------
# Team share with Wilson interval against the population
# --------------------------------------------------------------------------------------------


def representation_chart(
    table: pd.DataFrame, benchmark: pd.Series | None = None, title: str | None = None
) -> go.Figure:
    """Per group the team share (dot, 95 % Wilson interval) against the population share
    (vertical mark) and, optionally, a Nederland benchmark share (diamond). Axis 0-100 %."""
    if table.empty or not _has_values(table, ("team_share", "population_share")):
        return no_data_figure(title)
    groups = _groups(table)
    fig = go.Figure()
    fig.add_trace(_population_trace(groups, _column(table, "population_share")))
    if benchmark is not None:
        fig.add_trace(_benchmark_trace(groups, benchmark))
    fig.add_trace(_team_trace(table, groups))
    if not _has_values(table, ("team_share",)):
        fig.add_annotation(
            text=t("chart.no_team_data"), x=0.5, y=1, xref="paper", yref="paper", showarrow=False
        )
    _percent_axis(fig, groups)
    return _finish(fig, title)


def _team_trace(table: pd.DataFrame, groups: Sequence[str]) -> go.Scatter:
    share = _column(table, "team_share")
    low, high = _column(table, "wilson_low"), _column(table, "wilson_high")
    customdata = [
        [lo, hi, count]
        for lo, hi, count in zip(
            _percent(low), _percent(high), _nullable(_column(table, "team_count")), strict=True
        )
    ]
    return go.Scatter(
        name=t("chart.representation.team"),
        x=_percent(share),
        y=_labels(groups),
        mode="markers",
        marker={"size": 14, "color": _group_colours(groups), "line": {"width": 1}},
        error_x={
            "type": "data",
            "symmetric": False,
            "array": _percent(high - share),
            "arrayminus": _percent(share - low),
            "color": POPULATION_COLOUR,
            "thickness": 2,
            "width": 6,
        },
        customdata=customdata,
        hovertemplate=_hover(
            "chart.representation.team_hover",
            share="%{x:.1f}",
            low="%{customdata[0]:.0f}",
            high="%{customdata[1]:.0f}",
            count="%{customdata[2]:.1f}",
        ),
    )


def _benchmark_trace(groups: Sequence[str], benchmark: pd.Series) -> go.Scatter:
    values = benchmark.reindex(list(groups)).astype(float)
    return go.Scatter(
        name=t("chart.representation.netherlands"),
        x=_percent(values),
        y=_labels(groups),
        mode="markers",
        marker={"symbol": "diamond-open", "size": 12, "color": BENCHMARK_COLOUR},
        hovertemplate=_hover("chart.representation.netherlands_hover", share="%{x:.1f}"),
    )


# --------------------------------------------------------------------------------------------
# Representation ratio
# --------------------------------------------------------------------------------------------


def ratio_chart(table: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Representation ratio per group as bars, with a line at 1 (mirror of the population) and
    a shaded band 0.8-1.25 (not noteworthy). Groups without a ratio are marked "n.v.t."."""
    ratio = _column(table, "ratio")
    if table.empty or ratio.isna().all():
        return no_data_figure(title)
    groups = _groups(table)
    fig = go.Figure()
    fig.add_vrect(
        x0=NOTEWORTHY_LOW,
        x1=NOTEWORTHY_HIGH,
        fillcolor=BAND_COLOUR,
        opacity=0.5,
        layer="below",
        line_width=0,
    )
    fig.add_trace(_ratio_bars(groups, ratio))
    fig.add_vline(x=1, line={"color": POPULATION_COLOUR, "width": 2, "dash": "dash"})
    for group in ratio[ratio.isna()].index:
        fig.add_annotation(
            text=t("chart.not_applicable"), x=0, y=label(group), xanchor="left", showarrow=False
        )
    upper = max(2.0, float(ratio.max()) * 1.15)
    fig.update_xaxes(title=t("chart.representation.ratio_axis"), range=[0, upper], zeroline=False)
    _group_axis(fig, groups)
    return _finish(fig, title)


def _ratio_bars(groups: Sequence[str], ratio: pd.Series) -> go.Bar:
    texts = ["" if math.isnan(value) else number(value, 2) for value in ratio]
    return go.Bar(
        name=t("chart.representation.ratio"),
        x=_nullable(ratio),
        y=_labels(groups),
        orientation="h",
        marker={"color": _group_colours(groups)},
        text=texts,
        textposition="outside",
        showlegend=False,
        hovertemplate=_hover("chart.representation.ratio_hover", ratio="%{x:.2f}"),
    )


# --------------------------------------------------------------------------------------------
# What if
# --------------------------------------------------------------------------------------------


def what_if_chart(before: pd.DataFrame, after: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Team share per group now (hatched, pale) and after the change (solid), against the
    population share (vertical mark). Axis 0-100 %."""
    columns = ("team_share", "population_share")
    if not (_has_values(before, columns) or _has_values(after, columns)):
        return no_data_figure(title)
    groups = list(dict.fromkeys(_groups(before) + _groups(after)))
    fig = go.Figure()
    fig.add_trace(_share_bars(t("chart.what_if.now"), groups, before, faded=True))
    fig.add_trace(_share_bars(t("chart.what_if.after"), groups, after, faded=False))
    fig.add_trace(_population_trace(groups, _population_of(after, before, groups)))
    fig.update_layout(barmode="group")
    _percent_axis(fig, groups)
    return _finish(fig, title)


def _share_bars(name: str, groups: Sequence[str], table: pd.DataFrame, faded: bool) -> go.Bar:
    share = _column(table, "team_share").reindex(list(groups))
    marker: dict[str, object] = {"color": _group_colours(groups)}
    if faded:
        marker |= {"opacity": 0.45, "pattern": {"shape": "/"}}
    return go.Bar(
        name=name,
        x=_percent(share),
        y=_labels(groups),
        orientation="h",
        marker=marker,
        texttemplate="%{x:.0f}%",
        textposition="outside",
        hovertemplate=_hover("chart.what_if.hover", name=name.lower(), share="%{x:.1f}"),
    )


def _population_of(after: pd.DataFrame, before: pd.DataFrame, groups: Sequence[str]) -> pd.Series:
    """Population shares from `after`, filled in from `before` where `after` has none."""
    from_after = _column(after, "population_share").reindex(list(groups))
    from_before = _column(before, "population_share").reindex(list(groups))
    return from_after.fillna(from_before)
