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
from ui import state
from ui.page import explain, format_pct, require_filters
from ui.privacy import count_table_text, mask_matrix, mask_small
from ui.team_data import team_rows

BREAKDOWNS = {
    "target_group": "Doelgroep",
    "complexity": "Complexiteit",
    "pilot": "Pilot",
    "phase": "Fase",
}


def main() -> None:
    filters = require_filters()
    st.title("Duo's en tandems")
    st.caption(f"{filters.team_name} · {filters.period_label}")
    rows = team_rows(filters)
    start, end = filters.start_ts, filters.end_ts
    case_types = with_phase(case_duo_types(rows.cases, rows.assignments, start, end), rows.phases)
    if case_types.empty:
        st.info("Geen casussen in deze periode. Kies een langere periode.")
        return
    expectation = random_pairing_expectation(active_on(rows.members, end), weight="fte")
    chance = tandem_vs_chance(case_types, expectation)

    cols = st.columns(3)
    cols[0].metric("Casussen", len(case_types), help="Casussen die in de periode open waren.")
    cols[1].metric(
        "Tandems onder duo's",
        format_pct(chance.observed_share),
        help="Aandeel mbo-hbo onder casussen met precies twee teamleden (mbo of hbo).",
    )
    cols[2].metric(
        "Bij toeval verwacht",
        format_pct(chance.expected_share),
        help="Als duo's willekeurig uit het team (naar FTE) werden gevormd.",
    )
    if chance.sentence:
        st.markdown(f"**{chance.sentence}**")
    hide = filters.presentation
    mix = mask_small(duo_mix(case_types), hide, "cases", ("cases", "share"))
    st.plotly_chart(duo_mix_bar(mix, expectation), width="stretch")
    explain(
        "Duotype op de laatste dag van de periode (of de sluitingsdag): de opleiding van wie "
        "de regie- of begeleidingsrol heeft; consult telt niet mee. Ruit: willekeurige koppeling."
    )
    days = duo_case_days(rows.cases, rows.assignments, start, end)
    st.plotly_chart(duo_mix_bar(days.rename(columns={"case_days": "cases"})), width="stretch")
    explain(
        "Hetzelfde, maar naar casusdagen: elke dag dat een casus openstond telt, met het "
        "duotype van die dag."
    )

    st.subheader("Door de tijd en uitgesplitst")
    over_time = mask_small(
        duo_mix_over_time(rows.cases, rows.assignments, start, end),
        hide,
        "cases",
        ("cases", "share"),
    )
    st.plotly_chart(duo_over_time(over_time), width="stretch")
    explain("Per maand: het duotype van de casussen die die maand openstonden, aan het eind ervan.")
    by = st.selectbox(
        "Uitsplitsen naar",
        list(BREAKDOWNS),
        format_func=BREAKDOWNS.__getitem__,
        key=state.DUO_BREAKDOWN,
    )
    breakdown = mask_small(duo_breakdown(case_types, by), hide, "cases", ("cases", "share"))
    st.plotly_chart(duo_breakdown_bar(breakdown), width="stretch")
    explain("Aandeel duotypen binnen elke groep.")

    st.subheader("Rollen in tandems")
    roles = tandem_roles(rows.cases, rows.assignments, start, end)
    roles = count_table_text(roles, hide)
    st.dataframe(roles.rename(index={"regie": "regierol", "begeleiding": "begeleidingsrol"}))
    explain("Aantal mbo-hbo-tandems waarin de mbo'er, de hbo'er, beiden of niemand de rol heeft.")

    st.subheader("Wie werkt met wie")
    label = "pseudonym" if filters.presentation else "display_name"
    matrix = co_assignment_matrix(rows.assignments, rows.members, start, end, label=label)
    st.plotly_chart(co_assignment_heatmap(mask_matrix(matrix, hide)), width="stretch")
    explain(
        "Aantal casussen waarop twee teamleden in de periode tegelijk werkten. In de "
        "presentatiemodus staan er pseudoniemen in plaats van namen en blijven vakjes met "
        "minder dan 5 casussen leeg."
    )


main()
