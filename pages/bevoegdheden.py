"""Taken en bevoegdheden: youth cases with risk need a registered (SKJ/BIG) professional."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.compliance import (
    CONFORM,
    EXPLAINED,
    NOT_CONFORM,
    compliance_status,
    compliance_summary,
    expiring_registrations,
)
from ui.page import explain, require_filters
from ui.privacy import show_count
from ui.team_data import team_rows


def status_metrics(summary: pd.Series, presentation: bool) -> None:
    cols = st.columns(3)
    cols[0].metric(
        "Conform",
        show_count(summary[CONFORM], presentation),
        help="Er werkt een professional met een geldige SKJ- of BIG-registratie aan mee.",
    )
    cols[1].metric(
        "Uitgelegd",
        show_count(summary[EXPLAINED], presentation),
        help="Geen geregistreerde professional, wel een schriftelijke tenzij-motivering.",
    )
    cols[2].metric(
        "Niet conform",
        show_count(summary[NOT_CONFORM], presentation),
        help="Geen geregistreerde professional en geen tenzij-motivering.",
    )


def case_list(status: pd.DataFrame) -> None:
    attention = status[status["status"] != CONFORM].sort_values(["status", "code"])
    if attention.empty:
        st.success("Alle jeugdcasussen met risico hebben een geregistreerde professional.")
        return
    st.dataframe(
        attention[["code", "status", "reference_day", "assigned_members"]],
        hide_index=True,
        column_config={
            "code": "Casuscode",
            "status": "Status",
            "reference_day": st.column_config.DateColumn("Beoordeeld op", format="DD-MM-YYYY"),
            "assigned_members": "Teamleden op de casus",
        },
    )


def registration_list(expiring: pd.DataFrame) -> None:
    st.dataframe(
        expiring.assign(registration=expiring["registration"].str.upper())[
            ["display_name", "registration", "registration_valid_until", "days_left"]
        ],
        hide_index=True,
        column_config={
            "display_name": "Teamlid",
            "registration": "Register",
            "registration_valid_until": st.column_config.DateColumn(
                "Geldig tot", format="DD-MM-YYYY"
            ),
            "days_left": "Dagen over",
        },
    )


def main() -> None:
    filters = require_filters()
    st.title("Taken en bevoegdheden")
    st.caption(f"{filters.team_name} · {filters.period_label}")
    rows = team_rows(filters)
    status = compliance_status(
        rows.cases, rows.assignments, rows.members, filters.start_ts, filters.end_ts
    )
    st.subheader("Norm van verantwoorde werktoedeling (jeugd)")
    explain(
        "Jeugdcasussen met een risico (veiligheid, crisis, onveilige omgeving, …) die in de "
        "periode liepen, beoordeeld op de laatste dag van de periode of de sluitingsdag: "
        "heeft iemand met de regie- of begeleidingsrol een geldige SKJ/BIG-registratie?"
    )
    if status.empty:
        st.info("Geen jeugdcasussen met een risico in deze periode.")
    else:
        status_metrics(compliance_summary(status), filters.presentation)
        if filters.presentation:
            st.caption("Presentatiemodus: de lijst met casuscodes is verborgen.")
        else:
            case_list(status)

    st.subheader("Registraties die aandacht vragen")
    expiring = expiring_registrations(rows.members, filters.end_ts)
    explain(
        "SKJ- en BIG-registraties die binnen 90 dagen na de peildatum verlopen of al "
        "verlopen zijn (registratie duurt 5 jaar)."
    )
    if expiring.empty:
        st.success("Geen registraties die binnen 90 dagen verlopen.")
    elif filters.presentation:
        st.metric("Registraties die aandacht vragen", show_count(len(expiring), True))
    else:
        registration_list(expiring)


main()
