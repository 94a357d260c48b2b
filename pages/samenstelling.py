"""Samenstelling: who is in the team — education, discipline, kind, employer, over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.composition import (
    breakdown,
    composition_over_time,
    turnover_per_year,
    with_composition_columns,
)
from analysis.education import active_on
from charts.composition import breakdown_bar, composition_over_time_chart, turnover_chart
from i18n import label, t
from ui import data, state
from ui.filters import Filters
from ui.page import explain, require_filters
from ui.privacy import mask_small_groups, show_count

BREAKDOWNS = (
    "cbs_group",
    "education_level",
    "discipline",
    "kind",
    "employer",
    "experience_band",
    "registration_label",
)
WEIGHTS = {"headcount": None, "fte": "fte"}


def choose_weight() -> tuple[str | None, str]:
    choice = st.radio(
        t("composition.count_in"),
        list(WEIGHTS),
        format_func=lambda option: t(f"composition.weight.{option}"),
        horizontal=True,
        key=state.WEIGHTING,
    )
    return WEIGHTS[choice], t(f"composition.unit.{choice}")


def show_breakdowns(team: pd.DataFrame, weight: str | None, unit: str, presentation: bool) -> None:
    columns = st.columns(2)
    for index, column in enumerate(BREAKDOWNS):
        table = mask_small_groups(breakdown(team, column, weight), presentation)
        title = t(f"composition.breakdown.{column}")
        with columns[index % 2]:
            st.plotly_chart(breakdown_bar(table, column, unit, title=title), width="stretch")
    explain(t("composition.breakdowns.explain"))
    if presentation:
        explain(t("composition.presentation.small_groups"))


def show_over_time(members: pd.DataFrame, filters: Filters, weight: str | None, unit: str) -> None:
    st.subheader(t("composition.over_time.header"))
    first = members["started_on"].min()
    over_time = composition_over_time(members, first, filters.end_ts, weight)
    st.plotly_chart(composition_over_time_chart(over_time, unit), width="stretch")
    explain(t("composition.over_time.explain"))
    st.plotly_chart(turnover_chart(turnover_per_year(members)), width="stretch")
    explain(t("composition.turnover.explain"))


def show_member_list(team: pd.DataFrame) -> None:
    with st.expander(t("composition.member_list")):
        shown = team[["display_name", "pseudonym", "education_level", "discipline", "kind", "fte"]]
        st.dataframe(
            shown.assign(
                education_level=shown["education_level"].map(label),
                discipline=shown["discipline"].map(label),
                kind=shown["kind"].map(label),
            ),
            hide_index=True,
            column_config={
                "display_name": t("composition.column.name"),
                "pseudonym": t("composition.column.pseudonym"),
                "education_level": t("composition.column.education"),
                "discipline": t("composition.column.discipline"),
                "kind": t("composition.column.kind"),
                "fte": st.column_config.NumberColumn(t("overview.fte"), format="%.2f"),
            },
        )


def main() -> None:
    filters = require_filters()
    st.title(t("composition.title"))
    st.caption(t("composition.caption", team=filters.team_name, day=f"{filters.end:%d-%m-%Y}"))
    members = data.members(filters.url, filters.team_id)
    team = with_composition_columns(active_on(members, filters.end_ts), filters.end_ts)
    if members.empty:
        st.info(t("composition.empty"))
        return
    weight, unit = choose_weight()
    st.metric(
        t("composition.members_on_day"),
        show_count(len(team), filters.presentation),
        help=t("composition.members_on_day.help"),
    )
    show_breakdowns(team, weight, unit, filters.presentation)
    if filters.presentation:
        st.caption(t("composition.presentation.hidden"))
    else:
        show_over_time(members, filters, weight, unit)
    if not filters.presentation:
        show_member_list(team)


main()
