"""Widgets and blocks of the Bevolking page (kept out of the page to keep it a paragraph)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.education import CBS_GROUPS, PROFESSIONAL_GROUPS
from analysis.privacy import show_count
from analysis.representation import (
    ComparisonSummary,
    compare,
    smallest_change_to_target,
    what_if,
    what_if_fte,
)
from charts.representation import what_if_chart
from i18n import label, t
from ui import state
from ui.page import explain, format_number, format_pct, format_points

VIEWS = {"all": CBS_GROUPS, "professional": PROFESSIONAL_GROUPS}
WEIGHTS = {"headcount": None, "fte": "fte"}
MAX_ADDED = 30  # most members the planner adds to one group


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


@dataclass(frozen=True)
class Plan:
    """The team as the planner starts from: counts (headcount or FTE) and headcount."""

    counts: pd.Series
    headcount: pd.Series
    weight: str | None
    groups: tuple[str, ...]


def _people(plan: Plan, group: str) -> int:
    return round(float(plan.headcount.get(group, 0.0)))


def _removal_limit_warning(group: str, key: str, have: int) -> None:
    """Say so when a change kept from an earlier run removes more members than there are now
    (Streamlit then puts the input back at 0: that may never happen silently)."""
    asked = st.session_state.get(key)
    if isinstance(asked, int | float) and asked < -have:
        st.warning(
            t(
                "population.what_if.too_many_removed",
                asked=int(-asked),
                group=label(group),
                have=have,
            )
        )


def what_if_inputs(plan: Plan) -> tuple[dict[str, int], float]:
    """Members to add (+) or remove (−) per group, and the FTE of each added member.

    A group cannot lose more members than it has now: the input stops there."""
    for group in plan.groups:
        _removal_limit_warning(group, f"{state.WHAT_IF_PREFIX}{group}", _people(plan, group))
    cols = st.columns(len(plan.groups) + (1 if plan.weight else 0))
    changes = {
        group: int(
            col.number_input(
                f"{label(group)} (+/−)",
                min_value=-_people(plan, group),
                max_value=MAX_ADDED,
                value=0,
                step=1,
                key=f"{state.WHAT_IF_PREFIX}{group}",
                help=t("population.what_if.change.help", have=_people(plan, group)),
            )
        )
        for col, group in zip(cols, plan.groups, strict=False)
    }
    fte = 1.0
    if plan.weight:
        fte = cols[-1].number_input(
            t("population.fte_per_person"),
            0.1,
            1.5,
            0.8,
            0.1,
            key=f"{state.WHAT_IF_PREFIX}fte",
            help=t("population.fte_per_person.help"),
        )
    return changes, float(fte)


def _plan_text(change: dict[str, int], fte: float | None) -> str:
    """'2 erbij in middelbaar' (with FTE: '2 erbij in middelbaar (1,6 FTE)')."""

    def step(group: str, n: int) -> str:
        if n > 0 and fte is not None:
            return t(
                "population.plan.add_fte", n=n, group=label(group), fte=format_number(n * fte, 1)
            )
        key = "population.plan.add" if n > 0 else "population.plan.remove"
        return t(key, n=abs(n), group=label(group))

    return ", ".join(step(group, n) for group, n in change.items())


def target_plan(plan: Plan, population: pd.Series, fte: float) -> None:
    """Smallest change that brings D under the target, in the page's weighting: with FTE every
    new member counts for `fte` FTE (the planner's 'FTE per new member')."""
    target = st.slider(
        t("population.target"),
        0.0,
        0.5,
        0.15,
        0.01,
        key=state.TARGET_DISSIMILARITY,
        format="%.2f",
    )
    include_low = "laag" in plan.groups and st.checkbox(
        t("population.include_low"),
        key=state.INCLUDE_LOW_IN_PLAN,
        help=t("population.include_low.help"),
    )
    allowed = plan.groups if include_low else tuple(g for g in plan.groups if g != "laag")
    change = smallest_change_to_target(
        plan.counts,
        population,
        target,
        groups_allowed=allowed,
        headcount=plan.headcount if plan.weight else None,
        fte_per_added=fte,
    )
    if change is None:
        st.warning(t("population.plan.unreachable"))
    elif not change:
        st.success(t("population.plan.met", target=format_pct(target)))
    else:
        steps = _plan_text(change, fte if plan.weight else None)
        st.info(t("population.plan.smallest", target=format_pct(target), steps=steps))
    if plan.weight:
        st.caption(t("population.plan.fte_note", fte=format_number(fte, 1)))


def what_if_section(plan: Plan, now: ComparisonSummary, population: pd.Series) -> None:
    st.subheader(t("population.what_if.header"))
    changes, fte = what_if_inputs(plan)
    headcount_after = what_if(plan.headcount, changes)
    counts_after = (
        what_if_fte(plan.counts, plan.headcount, changes, fte) if plan.weight else headcount_after
    )
    after = compare(counts_after, population, headcount_after if plan.weight else None)
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
    target_plan(plan, population, fte)


def show_unknown_excluded(count: int, presentation: bool) -> None:
    """'n teamleden zonder bekend opleidingsniveau tellen niet mee' (small-number rule)."""
    if count <= 0:
        return
    if count == 1 and not presentation:
        st.caption(t("population.unknown_excluded.one"))
    else:
        st.caption(t("population.unknown_excluded", n=show_count(count, presentation)))
