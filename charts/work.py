"""Figures for the work pages: duo types, phases, member-days, durations, caseload, regierol.

Every builder takes the DataFrame its analysis function returns and gives a plotly figure; an
empty input gives a figure that says "Geen gegevens" (No data) instead of raising. Stored codes
(duo types, phases, groups) stay the data; the figures show their labels in the current language.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go

from analysis.duos import DUO_GROUPS, PAIR_TYPES
from analysis.phases import OUTCOME_PREFIX, PHASES
from analysis.privacy import count_text
from charts.palette import (
    BENCHMARK_COLOUR,
    DUO_COLOURS,
    EDUCATION_COLOURS,
    PHASE_COLOURS,
    SERIES_COLOURS,
    base_layout,
    no_data_figure,
)
from i18n import TABLE, label, number, number_separators, t

OUTCOME_COLOUR = "#BBBBBB"


def _finish(fig: go.Figure, title: str, height: int = 360) -> go.Figure:
    fig = base_layout(fig, title, height)
    fig.update_layout(separators=number_separators())
    return fig


def _hover(key: str, **tokens: str) -> str:
    """A hover template: the text of `key` with plotly's %{…} tokens as its placeholders."""
    return t(key, **tokens) + "<extra></extra>"


def _labels(codes: Iterable[object]) -> list[str]:
    return [label(code) for code in codes]


def _group_label(group: object) -> str:
    """Short label of an education group (mbo, hbo, overig) as the work charts show it."""
    key = f"chart.duo_group.{group}"
    return t(key) if key in TABLE else label(group)


def _is_empty(frame: pd.DataFrame, value_column: str | None = None) -> bool:
    """No rows, or (when given) nothing but zeros/NaN in the value column."""
    if frame is None or frame.empty:
        return True
    if value_column is None:
        return False
    return not frame[value_column].fillna(0).ne(0).any()


def _ordered(values: Iterable[str], preferred: tuple[str, ...]) -> list[str]:
    """Distinct values, those in `preferred` first in its order, then the rest sorted."""
    distinct = list(dict.fromkeys(values))
    known = [value for value in preferred if value in distinct]
    return known + sorted(value for value in distinct if value not in preferred)


def _percent(shares: pd.Series) -> list[float]:
    return (shares.astype(float) * 100).round(1).tolist()


def _series_colour(position: int) -> str:
    return SERIES_COLOURS[position % len(SERIES_COLOURS)]


# --- Duo types -----------------------------------------------------------------------------------


def _expected_on_case_scale(mix: pd.DataFrame, expectation: pd.Series) -> pd.Series:
    """Random-pairing shares rescaled to all cases: E[type] × share of cases worked by a pair."""
    pair_share = mix.loc[mix["duo_type"].isin(PAIR_TYPES), "share"].sum()
    return expectation.reindex(list(PAIR_TYPES)) * pair_share


def duo_mix_bar(
    mix: pd.DataFrame, expectation: pd.Series | None = None, title: str | None = None
) -> go.Figure:
    """Share of cases per duo type (bars, count in the label); optionally a marker per pair type
    for what random pairing would give with the same number of two-person cases."""
    title = title or t("chart.duo_mix.title")
    if _is_empty(mix, "cases"):
        return no_data_figure(title)
    fig = go.Figure(
        go.Bar(
            x=_labels(mix["duo_type"]),
            y=_percent(mix["share"]),
            text=count_text(mix["cases"]),
            textposition="outside",
            marker_color=[DUO_COLOURS.get(kind, "#999999") for kind in mix["duo_type"]],
            name=t("chart.duo_mix.cases"),
            hovertemplate=_hover(
                "chart.hover.share_of_cases", label="%{x}", share="%{y:.1f}", count="%{text}"
            ),
        )
    )
    if expectation is not None and expectation.notna().any():
        expected = _expected_on_case_scale(mix, expectation)
        fig.add_trace(
            go.Scatter(
                x=_labels(PAIR_TYPES),
                y=_percent(expected),
                mode="markers",
                marker={"symbol": "diamond", "size": 12, "color": BENCHMARK_COLOUR},
                name=t("chart.duo_mix.random_pairing"),
                hovertemplate=_hover(
                    "chart.duo_mix.hover_random_pairing", label="%{x}", share="%{y:.1f}"
                ),
            )
        )
    fig.update_yaxes(title=t("chart.axis.share_cases"), rangemode="tozero")
    fig.update_layout(showlegend=expectation is not None)
    return _finish(fig, title)


def duo_over_time(long_df: pd.DataFrame) -> go.Figure:
    """Stacked shares of duo types per month (month, duo_type, cases, share)."""
    title = t("chart.duo_over_time.title")
    if _is_empty(long_df, "cases"):
        return no_data_figure(title)
    fig = go.Figure()
    for kind in _ordered(long_df["duo_type"], tuple(DUO_COLOURS)):
        rows = long_df[long_df["duo_type"] == kind]
        fig.add_trace(
            go.Bar(
                x=rows["month"].tolist(),
                y=_percent(rows["share"]),
                customdata=count_text(rows["cases"]),
                name=label(kind),
                marker_color=DUO_COLOURS.get(kind, "#999999"),
                hovertemplate=_hover(
                    "chart.hover.share_of_cases",
                    label=label(kind),
                    share="%{y:.1f}",
                    count="%{customdata}",
                ),
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=t("chart.axis.month"), tickformat="%b %Y")
    fig.update_yaxes(title=t("chart.axis.share_cases"), range=[0, 100])
    return _finish(fig, title)


def duo_breakdown_bar(df: pd.DataFrame) -> go.Figure:
    """Horizontal 100 % bars: duo mix within each group (group, duo_type, cases, share)."""
    title = t("chart.duo_breakdown.title")
    if _is_empty(df, "cases"):
        return no_data_figure(title)
    fig = go.Figure()
    for kind in _ordered(df["duo_type"], tuple(DUO_COLOURS)):
        rows = df[df["duo_type"] == kind]
        fig.add_trace(
            go.Bar(
                y=_labels(rows["group"].astype(str)),
                x=_percent(rows["share"]),
                customdata=count_text(rows["cases"]),
                orientation="h",
                name=label(kind),
                marker_color=DUO_COLOURS.get(kind, "#999999"),
                hovertemplate=_hover(
                    "chart.hover.share_of_cases",
                    label=label(kind),
                    share="%{x:.1f}",
                    count="%{customdata}",
                ),
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=t("chart.axis.share_cases"), range=[0, 100])
    return _finish(fig, title)


def co_assignment_heatmap(matrix: pd.DataFrame) -> go.Figure:
    """Heatmap of the number of cases two members worked together (labels as given)."""
    title = t("chart.co_assignment.title")
    if matrix is None or matrix.empty:
        return no_data_figure(title)
    values = matrix.to_numpy().tolist()
    labels_x = [str(name) for name in matrix.columns]
    labels_y = [str(name) for name in matrix.index]
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=labels_x,
            y=labels_y,
            text=values,
            texttemplate="%{text}",
            colorscale="Blues",
            colorbar={"title": t("chart.co_assignment.colourbar")},
            hovertemplate=_hover(
                "chart.co_assignment.hover", first="%{y}", second="%{x}", count="%{z}"
            ),
        )
    )
    fig.update_yaxes(autorange="reversed")
    return _finish(fig, title, height=max(360, 40 * len(labels_y) + 120))


# --- Phases --------------------------------------------------------------------------------------


def phase_stack_over_time(long_df: pd.DataFrame) -> go.Figure:
    """Stacked number of open cases per phase at each month end (month, phase, cases)."""
    title = t("chart.phase_stack.title")
    if _is_empty(long_df, "cases"):
        return no_data_figure(title)
    fig = go.Figure()
    for phase in _ordered(long_df["phase"], PHASES):
        rows = long_df[long_df["phase"] == phase]
        fig.add_trace(
            go.Bar(
                x=rows["month"].tolist(),
                y=rows["cases"].astype(float).tolist(),
                name=label(phase),
                marker_color=PHASE_COLOURS.get(phase, "#999999"),
                hovertemplate=_hover("chart.hover.cases", label=label(phase), count="%{y}"),
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=t("chart.axis.month_end"), tickformat="%b %Y")
    fig.update_yaxes(title=t("chart.axis.number_of_cases"))
    return _finish(fig, title)


def member_days_bar(summary: pd.DataFrame) -> go.Figure:
    """Per phase, the share of member-days by education group (education_group, phase, days,
    share), stacked to 100 %. Masked rows (NaN days and share) are left out of the stack."""
    title = t("chart.member_days.title")
    if _is_empty(summary, "days"):
        return no_data_figure(title)
    fig = go.Figure()
    for group in _ordered(summary["education_group"], DUO_GROUPS):
        rows = summary[summary["education_group"] == group]
        fig.add_trace(
            go.Bar(
                x=_labels(rows["phase"]),
                y=_percent(rows["share"]),
                # A segment masked for the small-number rule (NaN) has no bar and no days.
                customdata=["–" if pd.isna(d) else int(d) for d in rows["days"]],
                name=_group_label(group),
                marker_color=EDUCATION_COLOURS.get(group, "#999999"),
                hovertemplate=_hover(
                    "chart.member_days.hover",
                    label=_group_label(group),
                    share="%{y:.1f}",
                    days="%{customdata}",
                ),
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(
        title=t("chart.axis.phase"), categoryorder="array", categoryarray=_labels(PHASES)
    )
    fig.update_yaxes(title=t("chart.member_days.axis"), range=[0, 100])
    return _finish(fig, title)


def _group_colour(group: str, position: int) -> str:
    return DUO_COLOURS.get(group) or _series_colour(position)


def phase_duration_box_or_bar(durations: pd.DataFrame) -> go.Figure:
    """Median duration per phase and group as bars, whiskers from the 25th to the 75th
    percentile (phase, group, count, p25, median, p75)."""
    title = t("chart.phase_duration.title")
    if _is_empty(durations, "count"):
        return no_data_figure(title)
    fig = go.Figure()
    for position, group in enumerate(sorted(durations["group"].astype(str).unique())):
        rows = durations[durations["group"].astype(str) == group]
        fig.add_trace(
            go.Bar(
                x=_labels(rows["phase"]),
                y=rows["median"].astype(float).tolist(),
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": (rows["p75"] - rows["median"]).astype(float).tolist(),
                    "arrayminus": (rows["median"] - rows["p25"]).astype(float).tolist(),
                },
                customdata=count_text(rows["count"]),
                name=label(group),
                marker_color=_group_colour(group, position),
                hovertemplate=_hover(
                    "chart.phase_duration.hover",
                    group=label(group),
                    phase="%{x}",
                    median="%{y:.0f}",
                    count="%{customdata}",
                ),
            )
        )
    fig.update_layout(barmode="group")
    fig.update_xaxes(
        title=t("chart.axis.phase"), categoryorder="array", categoryarray=_labels(PHASES)
    )
    fig.update_yaxes(title=t("chart.phase_duration.axis"), rangemode="tozero")
    return _finish(fig, title)


def _sankey_label(node: str) -> str:
    """A phase's label, or "uitkomst: <label>" (outcome) for an outcome node of the data."""
    if node.startswith(OUTCOME_PREFIX):
        return t("chart.phase_sankey.outcome", outcome=label(node.removeprefix(OUTCOME_PREFIX)))
    return label(node)


def phase_sankey(transitions: pd.DataFrame) -> go.Figure:
    """Sankey of flows between phases and on to the outcome (source, target, value)."""
    title = t("chart.phase_sankey.title")
    if _is_empty(transitions, "value"):
        return no_data_figure(title)
    nodes = _ordered(pd.concat([transitions["source"], transitions["target"]]), PHASES)
    position = {node: index for index, node in enumerate(nodes)}
    fig = go.Figure(
        go.Sankey(
            node={
                "label": [_sankey_label(node) for node in nodes],
                "color": [PHASE_COLOURS.get(node, OUTCOME_COLOUR) for node in nodes],
                "pad": 15,
            },
            link={
                "source": transitions["source"].map(position).tolist(),
                "target": transitions["target"].map(position).tolist(),
                "value": transitions["value"].astype(int).tolist(),
            },
        )
    )
    return _finish(fig, title, height=420)


# --- Workload ------------------------------------------------------------------------------------


def caseload_bar(df: pd.DataFrame) -> go.Figure:
    """Cases per FTE by education group (education_group, members, fte, member_cases,
    cases_per_fte)."""
    title = t("chart.caseload.title")
    if _is_empty(df, "cases_per_fte"):
        return no_data_figure(title)
    rows = df[df["cases_per_fte"].notna()]
    values = rows["cases_per_fte"].astype(float).round(1).tolist()
    fig = go.Figure(
        go.Bar(
            x=[_group_label(group) for group in rows["education_group"]],
            y=values,
            text=[number(value, 1) for value in values],
            textposition="outside",
            customdata=count_text(rows["member_cases"]),
            marker_color=[
                EDUCATION_COLOURS.get(group, "#999999") for group in rows["education_group"]
            ],
            hovertemplate=_hover(
                "chart.caseload.hover", label="%{x}", value="%{y:.1f}", count="%{customdata}"
            ),
        )
    )
    fig.update_xaxes(title=t("chart.axis.education"))
    fig.update_yaxes(title=t("chart.caseload.axis"), rangemode="tozero")
    return _finish(fig, title)


def lead_share_bar(df: pd.DataFrame) -> go.Figure:
    """Share of the regierol next to the share of all assignments, per education group."""
    title = t("chart.lead_share.title")
    if _is_empty(df, "all_assignments"):
        return no_data_figure(title)
    fig = go.Figure()
    series = (
        ("lead_share", "lead_assignments", t("chart.lead_share.lead")),
        ("all_share", "all_assignments", t("chart.lead_share.all")),
    )
    for position, (share_column, count_column, name) in enumerate(series):
        fig.add_trace(
            go.Bar(
                x=[_group_label(group) for group in df["education_group"]],
                y=_percent(df[share_column]),
                customdata=count_text(df[count_column]),
                name=name,
                marker_color=_series_colour(position),
                hovertemplate=_hover(
                    "chart.lead_share.hover", name=name, share="%{y:.1f}", count="%{customdata}"
                ),
            )
        )
    fig.update_layout(barmode="group")
    fig.update_xaxes(title=t("chart.axis.education"))
    fig.update_yaxes(title=t("chart.axis.share"), rangemode="tozero")
    return _finish(fig, title)
