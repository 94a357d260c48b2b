"""Which population a team is held against: municipality, one wijk/buurt, or the served mix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.education import CBS_GROUPS
from analysis.representation import population_shares, served_population_detail
from i18n import TABLE, t

SERVED = "bediend"
NETHERLANDS_CODE = "NL01"


@dataclass(frozen=True)
class Reference:
    key: str
    label: str
    shares: pd.Series
    rows: pd.DataFrame
    note: str = ""


def reference_choices(
    municipality_code: str, municipality_name: str, areas: pd.DataFrame
) -> dict[str, str]:
    """Choice key → label (current language), municipality first, then the served mix, wijken,
    buurten."""
    choices = {
        municipality_code: t("analysis.reference.municipality", name=municipality_name),
        SERVED: t("analysis.reference.served_choice"),
    }
    for _, area in areas.sort_values(["kind", "area_code"], ascending=[False, True]).iterrows():
        choices[str(area["area_code"])] = _area_label(str(area["kind"]), str(area["area_name"]))
    return choices


def _area_label(kind: str, name: str) -> str:
    """'Wijk Centrum', 'Buurt Oost' (District …, Neighbourhood … in English)."""
    key = f"analysis.reference.area_{kind}"
    return t(key, name=name) if key in TABLE else f"{kind.capitalize()} {name}"


def _area_counts(population: pd.DataFrame) -> pd.DataFrame:
    return population.set_index("region_code")[["low", "middle", "high"]]


def served_reference(
    population: pd.DataFrame, cases: pd.DataFrame, groups: Sequence[str]
) -> Reference:
    """The mix of the areas the team's cases come from, weighted by case counts."""
    case_counts = cases["area_code"].dropna().value_counts()
    detail = served_population_detail(_area_counts(population), case_counts, groups)
    used = population[population["region_code"].isin(detail.case_weights.index)]
    note = t(
        "analysis.reference.served_note",
        cases=int(detail.case_weights.sum()),
        areas=len(used),
    )
    if detail.dropped_cases:
        note += " " + t("analysis.reference.served_dropped", cases=int(detail.dropped_cases))
    return Reference(SERVED, t("analysis.reference.served"), detail.shares, used, note)


def region_reference(
    key: str, label: str, population: pd.DataFrame, groups: Sequence[str]
) -> Reference:
    rows = population[population["region_code"] == key]
    if rows.empty:
        return Reference(
            key,
            label,
            population_shares(None, None, None, groups),
            rows,
            t("analysis.reference.no_area_figures"),
        )
    row = rows.iloc[0]
    return Reference(
        key, label, population_shares(row["low"], row["middle"], row["high"], groups), rows
    )


def reference_population(
    key: str,
    label: str,
    population: pd.DataFrame,
    cases: pd.DataFrame,
    groups: Sequence[str] = CBS_GROUPS,
) -> Reference:
    if key == SERVED:
        return served_reference(population, cases, groups)
    return region_reference(key, label, population, groups)


def population_source_line(population: pd.DataFrame, markdown: bool = False) -> str:
    """'Bron bevolking: …, peiljaar …' for the rows used, marking fictional figures (current
    language)."""
    if population.empty:
        return t("analysis.reference.source_none")
    parts = []
    for source, rows in population.groupby("source", sort=True):
        years = ", ".join(str(y) for y in sorted(rows["year"].unique()))
        marker = t("analysis.reference.source_fictional")
        marker = f"**{marker}**" if markdown else marker
        fictional = f" — {marker}" if (rows["status"] == "fictief").any() else ""
        parts.append(t("analysis.reference.source_part", source=source, years=years) + fictional)
    return t("analysis.reference.source_line", parts="; ".join(parts))
