"""The headline figures of the Overzicht page, computed from the team's fetched rows."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from analysis.compliance import NOT_CONFORM, compliance_status, compliance_summary
from analysis.duos import TANDEM, case_duo_types, duo_mix
from analysis.education import active_on, group_counts, with_groups
from analysis.phases import open_cases_by_phase
from analysis.representation import ComparisonSummary, compare, population_shares

SIMPLE_MIX_GROUPS: tuple[str, ...] = ("mbo", "hbo", "overig")
SOLO_OR_NONE: tuple[str, ...] = ("solo", "geen toewijzing")


@dataclass(frozen=True)
class TeamSize:
    headcount: int
    fte: float


@dataclass(frozen=True)
class OverviewFigures:
    size: TeamSize
    simple_mix: pd.Series
    comparison: ComparisonSummary
    open_by_phase: pd.Series
    cases_in_period: int
    duo_share: float
    tandem_share: float
    youth_not_conform: int


def team_size(active_members: pd.DataFrame) -> TeamSize:
    return TeamSize(headcount=len(active_members), fte=float(active_members["fte"].sum()))


def simple_education_mix(active_members: pd.DataFrame) -> pd.Series:
    """Headcount per mbo / hbo (incl. wo) / overig (no diploma or unknown)."""
    groups = with_groups(active_members)["duo_group"]
    return groups.value_counts().reindex(list(SIMPLE_MIX_GROUPS), fill_value=0).astype(int)


def municipality_shares(population: pd.DataFrame, region_code: str) -> pd.Series:
    """CBS shares (laag/middelbaar/hoog) of one region from population rows; NaN if missing."""
    rows = population[population["region_code"] == region_code]
    if rows.empty:
        return population_shares(None, None, None)
    row = rows.iloc[0]
    return population_shares(row["low"], row["middle"], row["high"])


def duo_and_tandem_share(case_types: pd.DataFrame) -> tuple[float, float]:
    """Share of cases with two or more members, and share in mbo-hbo tandems."""
    mix = duo_mix(case_types).set_index("duo_type")["cases"]
    total = int(mix.sum())
    if total == 0:
        return (math.nan, math.nan)
    in_duo = total - int(mix.reindex(list(SOLO_OR_NONE), fill_value=0).sum())
    return (in_duo / total, int(mix.get(TANDEM, 0)) / total)


def overview_figures(
    *,
    members: pd.DataFrame,
    cases: pd.DataFrame,
    assignments: pd.DataFrame,
    phases: pd.DataFrame,
    population: pd.DataFrame,
    municipality_code: str,
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> OverviewFigures:
    """All headline figures for one team and period (team composition read on the end day)."""
    active = active_on(members, end)
    case_types = case_duo_types(cases, assignments, start, end)
    duo_share, tandem_share = duo_and_tandem_share(case_types)
    compliance = compliance_summary(compliance_status(cases, assignments, members, start, end))
    return OverviewFigures(
        size=team_size(active),
        simple_mix=simple_education_mix(active),
        comparison=compare(
            group_counts(active), municipality_shares(population, municipality_code)
        ),
        open_by_phase=open_cases_by_phase(cases, phases, end),
        cases_in_period=len(case_types),
        duo_share=duo_share,
        tandem_share=tandem_share,
        youth_not_conform=int(compliance[NOT_CONFORM]),
    )
