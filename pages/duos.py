"""Duo's: how cases are staffed — solo, mbo-mbo, mbo-hbo tandems, hbo-hbo — and by choice?"""

from __future__ import annotations

import streamlit as st

from analysis.duos import (
    case_duo_types,
    co_assignment_matrix,
    duo_breakdown,
    duo_case_days,
    duo_mix,
    duo_mix_over_time,
    random_pairing_expectation,
    tandem_roles,
    tandem_vs_chance,
    with_phase,
)
from analysis.education import active_on
from charts.work import co_assignment_heatmap, duo_breakdown_bar, duo_mix_bar, duo_over_time
from i18n import t
from ui import state
from ui.page import explain, require_filters
from ui.privacy import count_table_text, mask_matrix, mask_small, show_count, tandem_texts
from ui.team_data import team_rows

BREAKDOWNS = ("target_group", "complexity", "pilot", "phase")


def label_role(role: str) -> str:
    return t(f"duos.role.{role}")


def label_holder(holder: str) -> str:
    return t(f"duos.holder.{holder}")


def main() -> None:
    filters = require_filters()
    st.title(t("duos.title"))
    st.caption(f"{filters.team_name} · {filters.period_label}")
    rows = team_rows(filters)
    start, end = filters.start_ts, filters.end_ts
    case_types = with_phase(case_duo_types(rows.cases, rows.assignments, start, end), rows.phases)
    if case_types.empty:
        st.info(t("common.no_cases"))
        return
    hide = filters.presentation
    expectation = random_pairing_expectation(active_on(rows.members, end), weight="fte")
    chance = tandem_vs_chance(case_types, expectation)

    tandem = tandem_texts(chance, hide)
    cols = st.columns(3)
    cols[0].metric(
        t("duos.cases"), show_count(len(case_types), hide), help=t("overview.cases.help")
    )
    cols[1].metric(t("duos.tandem_share"), tandem.observed, help=t("duos.tandem_share.help"))
    cols[2].metric(t("duos.expected"), tandem.expected, help=t("duos.expected.help"))
    if tandem.sentence:
        st.markdown(f"**{tandem.sentence}**")
    mix = mask_small(duo_mix(case_types), hide, "cases", ("cases", "share"))
    st.plotly_chart(duo_mix_bar(mix, expectation), width="stretch")
    explain(t("duos.mix.explain"))
    # Case-days rest on the cases that had the type on any day of the period, not on the case
    # mix (type on one reference day): a type held for a while by 1-4 cases is hidden too.
    days = mask_small(
        duo_case_days(rows.cases, rows.assignments, start, end),
        hide,
        "cases_with_type",
        ("case_days", "share"),
    )
    days_chart = duo_mix_bar(
        days.rename(columns={"case_days": "cases"}), title=t("chart.duo_days.title")
    )
    st.plotly_chart(days_chart, width="stretch")
    explain(t("duos.days.explain"))

    st.subheader(t("duos.over_time.header"))
    over_time = mask_small(
        duo_mix_over_time(rows.cases, rows.assignments, start, end),
        hide,
        "cases",
        ("cases", "share"),
    )
    st.plotly_chart(duo_over_time(over_time), width="stretch")
    explain(t("duos.over_time.explain"))
    by = st.selectbox(
        t("duos.breakdown"),
        list(BREAKDOWNS),
        format_func=lambda option: t(f"duos.breakdown.{option}"),
        key=state.DUO_BREAKDOWN,
    )
    breakdown = mask_small(duo_breakdown(case_types, by), hide, "cases", ("cases", "share"))
    st.plotly_chart(duo_breakdown_bar(breakdown), width="stretch")
    explain(t("duos.breakdown.explain"))

    st.subheader(t("duos.roles.header"))
    roles = tandem_roles(rows.cases, rows.assignments, start, end)
    roles = count_table_text(roles, hide)
    st.dataframe(roles.rename(index=label_role, columns=label_holder))
    explain(t("duos.roles.explain"))

    st.subheader(t("duos.network.header"))
    name = "pseudonym" if filters.presentation else "display_name"
    matrix = co_assignment_matrix(rows.assignments, rows.members, start, end, label=name)
    st.plotly_chart(co_assignment_heatmap(mask_matrix(matrix, hide)), width="stretch")
    explain(t("duos.network.explain"))


main()
