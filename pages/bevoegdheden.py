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
from i18n import label, t
from ui.page import explain, require_filters
from ui.privacy import show_count
from ui.team_data import team_rows


def status_metrics(summary: pd.Series, presentation: bool) -> None:
    cols = st.columns(3)
    for col, status in zip(cols, (CONFORM, EXPLAINED, NOT_CONFORM), strict=True):
        col.metric(
            label(status).capitalize(),
            show_count(summary[status], presentation),
            help=t(f"compliance.help.{status.replace(' ', '_')}"),
        )


def case_list(status: pd.DataFrame) -> None:
    attention = status[status["status"] != CONFORM].sort_values(["status", "code"])
    if attention.empty:
        st.success(t("compliance.all_conform"))
        return
    st.dataframe(
        attention[["code", "status", "reference_day", "assigned_members"]].assign(
            status=attention["status"].map(label)
        ),
        hide_index=True,
        column_config={
            "code": t("compliance.column.code"),
            "status": t("compliance.column.status"),
            "reference_day": st.column_config.DateColumn(
                t("compliance.column.reference_day"), format="DD-MM-YYYY"
            ),
            "assigned_members": t("compliance.column.members"),
        },
    )


def registration_list(expiring: pd.DataFrame) -> None:
    st.dataframe(
        expiring.assign(registration=expiring["registration"].str.upper())[
            ["display_name", "registration", "registration_valid_until", "days_left"]
        ],
        hide_index=True,
        column_config={
            "display_name": t("compliance.column.member"),
            "registration": t("compliance.column.register"),
            "registration_valid_until": st.column_config.DateColumn(
                t("compliance.column.valid_until"), format="DD-MM-YYYY"
            ),
            "days_left": t("compliance.column.days_left"),
        },
    )


def main() -> None:
    filters = require_filters()
    st.title(t("compliance.title"))
    st.caption(f"{filters.team_name} · {filters.period_label}")
    rows = team_rows(filters)
    status = compliance_status(
        rows.cases, rows.assignments, rows.members, filters.start_ts, filters.end_ts
    )
    st.subheader(t("compliance.norm.header"))
    explain(t("compliance.norm.explain"))
    if status.empty:
        st.info(t("compliance.none_in_scope"))
    else:
        status_metrics(compliance_summary(status), filters.presentation)
        if filters.presentation:
            st.caption(t("compliance.codes_hidden"))
        else:
            case_list(status)

    st.subheader(t("compliance.registrations.header"))
    expiring = expiring_registrations(rows.members, filters.end_ts)
    explain(t("compliance.registrations.explain"))
    if expiring.empty:
        st.success(t("compliance.registrations.none"))
    elif filters.presentation:
        st.metric(t("compliance.registrations.header"), show_count(len(expiring), True))
    else:
        registration_list(expiring)


main()
