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
from ui import state
from ui.page import explain, format_pct

VIEWS = {
    "Alle drie de groepen (laag, middelbaar, hoog)": CBS_GROUPS,
    "Professionele blik (middelbaar tegen hoog)": PROFESSIONAL_GROUPS,
}
WEIGHTS = {"Aantal personen": None, "FTE": "fte"}


def choose_reference(choices: dict[str, str]) -> str:
    return st.selectbox(
        "Vergelijk met",
        list(choices),
        format_func=choices.__getitem__,
        key=state.REFERENCE_POPULATION,
        help="De bediende bevolking weegt de buurten naar het aantal casussen van het team "
        "in de periode.",
    )


def choose_view() -> tuple[str, ...]:
    choice = st.radio("Weergave", list(VIEWS), key=state.COMPOSITION_VIEW, horizontal=True)
    return VIEWS[choice]


def choose_weight() -> str | None:
    choice = st.radio("Tellen in", list(WEIGHTS), key=state.POPULATION_WEIGHTING, horizontal=True)
    return WEIGHTS[choice]


def headline_metrics(summary: ComparisonSummary) -> None:
    cols = st.columns(4)
    cols[0].metric(
        "Dissimilariteit (D)",
        format_pct(summary.dissimilarity),
        help="½ Σ |teamaandeel − bevolkingsaandeel|: het deel van het team dat anders zou "
        "moeten zijn om de bevolking te spiegelen. 0 % = spiegel.",
    )
    gap = summary.table["gap_pp"].get(summary.biggest_gap_group or "", float("nan"))
    cols[1].metric(
        f"Grootste verschil: {summary.biggest_gap_group or '–'}",
        "–" if pd.isna(gap) else f"{gap:+.0f} %-punt",
        help="Teamaandeel min bevolkingsaandeel, in procentpunten.",
    )
    cols[2].metric(
        "Diversiteit team (Blau)",
        format_pct(summary.blau_team),
        help="Genormaliseerde Blau-index 1 − Σ t², gedeeld door het maximum: 0 % = één groep, "
        "100 % = alle groepen even groot.",
    )
    cols[3].metric(
        "Diversiteit bevolking (Blau)",
        format_pct(summary.blau_population),
        help="Dezelfde index voor de gekozen bevolking.",
    )


def group_table(summary: ComparisonSummary) -> pd.DataFrame:
    table = summary.table
    return pd.DataFrame(
        {
            "Groep": table.index,
            "Team": table["team_share"].map(format_pct),
            "95%-interval": [
                f"{format_pct(lo)} – {format_pct(hi)}"
                for lo, hi in zip(table["wilson_low"], table["wilson_high"], strict=True)
            ],
            "Bevolking": table["population_share"].map(format_pct),
            "Verhouding (RR)": table["ratio"].map(
                lambda r: "–" if pd.isna(r) else f"{r:.2f}".replace(".", ",")
            ),
            "Verschil (procentpunt)": table["gap_pp"].map(
                lambda g: "–" if pd.isna(g) else f"{g:+.0f}"
            ),
            "Opvallend": table["noteworthy"].map({True: "ja", False: ""}),
        }
    )


def what_if_inputs(groups: tuple[str, ...], weight: str | None) -> tuple[dict[str, int], float]:
    """Members to add (+) or remove (−) per group, and the FTE of each added member."""
    cols = st.columns(len(groups) + (1 if weight else 0))
    changes = {
        group: int(
            col.number_input(
                f"{group} (+/−)",
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
            "FTE per persoon", 0.1, 1.5, 0.8, 0.1, key=f"{state.WHAT_IF_PREFIX}fte"
        )
    return changes, float(fte)


def target_plan(counts: pd.Series, population: pd.Series, groups: tuple[str, ...]) -> None:
    target = st.slider(
        "Doel voor de dissimilariteit",
        0.0,
        0.5,
        0.15,
        0.01,
        key=state.TARGET_DISSIMILARITY,
        format="%.2f",
    )
    include_low = "laag" in groups and st.checkbox(
        "Ook vrijwilligers/ervaringsdeskundigen (laag) toevoegen",
        key=state.INCLUDE_LOW_IN_PLAN,
        help="Professionals zijn vrijwel nooit 'laag'. Wie laag wil spiegelen, doet dat met "
        "vrijwilligers of ervaringsdeskundigen, niet met het aannemen van professionals.",
    )
    allowed = groups if include_low else tuple(g for g in groups if g != "laag")
    plan = smallest_change_to_target(counts, population, target, groups_allowed=allowed)
    if plan is None:
        st.warning("Met maximaal 20 extra mensen in deze groepen wordt dit doel niet gehaald.")
    elif not plan:
        st.success(f"Het team haalt het doel van {format_pct(target)} al.")
    else:
        steps = ", ".join(f"{n} {'erbij' if n > 0 else 'eraf'} in {g}" for g, n in plan.items())
        st.info(f"Kleinste wijziging om onder {format_pct(target)} te komen: {steps}.")


@dataclass(frozen=True)
class Plan:
    """The team as the planner starts from: counts (headcount or FTE) and headcount."""

    counts: pd.Series
    headcount: pd.Series
    weight: str | None
    groups: tuple[str, ...]


def what_if_section(plan: Plan, now: ComparisonSummary, population: pd.Series) -> None:
    st.subheader("Wat als… (planner)")
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
        "D na wijziging",
        format_pct(after.dissimilarity),
        delta=None if pd.isna(change_pp) else f"{change_pp:+.0f} %-punt",
        delta_color="inverse",
    )
    cols[1].metric("Blau team na wijziging", format_pct(after.blau_team))
    st.plotly_chart(what_if_chart(now.table, after.table), width="stretch")
    explain("Het team nu en na de wijziging, tegen dezelfde bevolking.")
    target_plan(plan.headcount, population, plan.groups)
