"""Widgets and blocks of the Bevolking page (kept out of the page to keep it a paragraph)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.education import CBS_GROUPS, PROFESSIONAL_GROUPS
from analysis.representation import (
    ComparisonSummary,
    compare,
    smallest_change_to_target,
    what_if,
)
from charts.representation import what_if_chart
from i18n import label, t
from ui import state
from ui.page import explain, format_number, format_pct, format_points

VIEWS = {"all": CBS_GROUPS, "professional": PROFESSIONAL_GROUPS}
WEIGHTS = {"headcount": None, "fte": "fte"}


def choose_reference(choices: dict[str, str]) -> str:
    return st.selectbox(
        t("population.compare_with"),
        list(choices),
        format_func=choices.__getitem__,
        key=state.REFERENCE_POPULATION,
        help=t("population.compare_with.help"),
    )


def choose_view() -> tuple[str, ...]:
    choice = st.radio(
        t("population.view"),
        list(VIEWS),
        format_func=lambda option: t(f"population.view.{option}"),
        key=state.COMPOSITION_VIEW,
        horizontal=True,
    )
    return VIEWS[choice]


def choose_weight() -> str | None:
    choice = st.radio(
        t("composition.count_in"),
        list(WEIGHTS),
        format_func=lambda option: t(f"composition.weight.{option}"),
        key=state.POPULATION_WEIGHTING,
        horizontal=True,
    )
    return WEIGHTS[choice]


def headline_metrics(summary: ComparisonSummary) -> None:
    cols = st.columns(4)
    cols[0].metric(
        t("population.dissimilarity"),
        format_pct(summary.dissimilarity),
        help=t("population.dissimilarity.help"),
    )
    group = summary.biggest_gap_group or ""
    cols[1].metric(
        t("overview.biggest_gap", group=label(group) if group else "–"),
        format_points(summary.table["gap_pp"].get(group, float("nan"))),
        help=t("population.gap.help"),
    )
    cols[2].metric(
        t("population.blau_team"), format_pct(summary.blau_team), help=t("population.blau.help")
    )
    cols[3].metric(
        t("population.blau_population"),
        format_pct(summary.blau_population),
        help=t("population.blau_population.help"),
    )


def _signed(value: float) -> str:
    return "–" if pd.isna(value) else f"{'+' if value >= 0 else '-'}{format_number(abs(value))}"


def group_table(summary: ComparisonSummary) -> pd.DataFrame:
    table = summary.table
    return pd.DataFrame(
        {
            t("population.table.group"): [label(g) for g in table.index],
            t("population.table.team"): table["team_share"].map(format_pct),
            t("population.table.interval"): [
                f"{format_pct(lo)} – {format_pct(hi)}"
                for lo, hi in zip(table["wilson_low"], table["wilson_high"], strict=True)
            ],
            t("population.table.population"): table["population_share"].map(format_pct),
            t("population.table.ratio"): table["ratio"].map(lambda r: format_number(r, 2)),
            t("population.table.gap"): table["gap_pp"].map(_signed),
            t("population.table.noteworthy"): table["noteworthy"].map(
                {True: t("common.yes"), False: ""}
            ),
        }
    )


def what_if_inputs(groups: tuple[str, ...], weight: str | None) -> tuple[dict[str, int], float]:
    """Members to add (+) or remove (−) per group, and the FTE of each added member."""
    cols = st.columns(len(groups) + (1 if weight else 0))
    changes = {
        group: int(
            col.number_input(
                f"{label(group)} (+/−)",
                min_value=-30,
                max_value=30,
                value=0,
                step=1,
                key=f"{state.WHAT_IF_PREFIX}{group}",
            )
        )
        for col, group in zip(cols, groups, strict=False)
    }
    fte = 1.0
    if weight:
        fte = cols[-1].number_input(
            t("population.fte_per_person"), 0.1, 1.5, 0.8, 0.1, key=f"{state.WHAT_IF_PREFIX}fte"
        )
    return changes, float(fte)


def _plan_text(plan: dict[str, int]) -> str:
    return ", ".join(
        t("population.plan.add" if n > 0 else "population.plan.remove", n=abs(n), group=label(g))
        for g, n in plan.items()
    )


def target_plan(counts: pd.Series, population: pd.Series, groups: tuple[str, ...]) -> None:
    target = st.slider(
        t("population.target"),
        0.0,
        0.5,
        0.15,
        0.01,
        key=state.TARGET_DISSIMILARITY,
        format="%.2f",
    )
    include_low = "laag" in groups and st.checkbox(
        t("population.include_low"),
        key=state.INCLUDE_LOW_IN_PLAN,
        help=t("population.include_low.help"),
    )
    allowed = groups if include_low else tuple(g for g in groups if g != "laag")
    plan = smallest_change_to_target(counts, population, target, groups_allowed=allowed)
    if plan is None:
        st.warning(t("population.plan.unreachable"))
    elif not plan:
        st.success(t("population.plan.met", target=format_pct(target)))
    else:
        st.info(t("population.plan.smallest", target=format_pct(target), steps=_plan_text(plan)))


@dataclass(frozen=True)
class Plan:
    """The team as the planner starts from: counts (headcount or FTE) and headcount."""

    counts: pd.Series
    headcount: pd.Series
    weight: str | None
    groups: tuple[str, ...]


def what_if_section(plan: Plan, now: ComparisonSummary, population: pd.Series) -> None:
    st.subheader(t("population.what_if.header"))
    changes, fte = what_if_inputs(plan.groups, plan.weight)
    scale = fte if plan.weight else 1.0
    after = compare(
        what_if(plan.counts, {g: n * scale for g, n in changes.items()}),
        population,
        what_if(plan.headcount, changes) if plan.weight else None,
    )
    cols = st.columns(2)
    change_pp = (after.dissimilarity - now.dissimilarity) * 100
    cols[0].metric(
        t("population.d_after"),
        format_pct(after.dissimilarity),
        delta=None if pd.isna(change_pp) else format_points(change_pp),
        delta_color="inverse",
    )
    cols[1].metric(t("population.blau_after"), format_pct(after.blau_team))
    st.plotly_chart(what_if_chart(now.table, after.table), width="stretch")
    explain(t("population.what_if.explain"))
    target_plan(plan.headcount, population, plan.groups)
