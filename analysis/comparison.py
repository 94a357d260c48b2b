"""Municipalities and teams side by side on the same figures (for Vivenz and policy staff).

Pure functions over the per-team aggregates of `data_model.comparison_queries`. One row per team;
the figures and their definitions:

* headcount, fte: members in the team on the period end (as the Overzicht page).
* team_laag / team_middelbaar / team_hoog: CBS education groups of those members, shares over the
  members with a known education (n_known); mbo_share / hbo_share (hbo incl. wo): shares over the
  headcount (the rest has no diploma or an unknown education).
* pop_laag / pop_middelbaar / pop_hoog: the municipality's residents aged 15-74 (newest year,
  real CBS figures before fictional ones); dissimilarity: Duncan's D = ½ Σ |team − population|
  over laag, middelbaar, hoog.
* cases: cases open on at least one day of the period; duo mix by case on its reference day
  (`analysis.duos.case_duo_types`); duo_share: two or more members; tandem_share: mbo-hbo.
* phase mix: cases open on the period end, by the phase they were in that day (open_with_phase
  is the denominator of the share_<phase> columns).
* closed, escalated, escalation_rate (+ Wilson 95 % interval): as `analysis.pilots`: of the
  cases closed within the period, the share "opgeschaald".
* caseload_per_fte = member_cases / effective_fte: Σ over members of their distinct cases
  (regie/begeleiding) in the period, divided by Σ fte × share of the period the member was in
  the team (as `analysis.workload.caseload_per_fte`, all education groups together).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.duos import DUO_TYPES, close_open_ends, inclusive_days, later_of
from analysis.education import CBS_GROUPS, active_on, with_groups
from analysis.phases import PHASES
from analysis.pilots import escalation_rate
from analysis.reference import NETHERLANDS_CODE
from analysis.representation import population_shares

TANDEM = "mbo-hbo"
NOT_IN_DUO: tuple[str, ...] = ("solo", "geen toewijzing")
POPULATION_COUNT_COLUMNS: tuple[str, ...] = ("low", "middle", "high")

COUNT_COLUMNS: tuple[str, ...] = (
    "headcount",
    "n_known",
    "n_laag",
    "n_middelbaar",
    "n_hoog",
    "n_mbo",
    "n_hbo",
    "cases",
    "n_duo",
    "n_tandem",
    "open_with_phase",
    *(f"n_{phase}" for phase in PHASES),
    "closed",
    "escalated",
    "member_cases",
)

# Each share and the count it is built on (the small-number rule hides the share when that
# count is 1-4).
SHARE_BASIS: dict[str, str] = {
    **{f"team_{group}": f"n_{group}" for group in CBS_GROUPS},
    "mbo_share": "n_mbo",
    "hbo_share": "n_hbo",
    "dissimilarity": "n_known",
    "duo_share": "n_duo",
    "tandem_share": "n_tandem",
    **{f"share_{phase}": f"n_{phase}" for phase in PHASES},
    "escalation_rate": "escalated",
    "escalation_low": "escalated",
    "escalation_high": "escalated",
    "caseload_per_fte": "member_cases",
}


# --- Building blocks -----------------------------------------------------------------------------


def team_composition(
    members: pd.DataFrame, team_ids: Sequence[int], day: pd.Timestamp
) -> pd.DataFrame:
    """Per team (index team_id): headcount, fte, n_known, n_unknown, n_laag, n_middelbaar,
    n_hoog, n_mbo, n_hbo, n_overig of the members in the team on `day`."""
    present = with_groups(active_on(members, day))
    by_team = present.groupby("team_id")
    cbs = pd.crosstab(present["team_id"], present["cbs_group"]).reindex(columns=list(CBS_GROUPS))
    duo = pd.crosstab(present["team_id"], present["duo_group"]).reindex(
        columns=["mbo", "hbo", "overig"]
    )
    out = pd.DataFrame(index=pd.Index(list(team_ids), name="team_id"))
    out["headcount"] = by_team.size()
    out["fte"] = by_team["fte"].sum()
    for group in CBS_GROUPS:
        out[f"n_{group}"] = cbs[group]
    for group in ("mbo", "hbo", "overig"):
        out[f"n_{group}"] = duo[group]
    out = out.fillna(0)
    out["n_known"] = out[[f"n_{group}" for group in CBS_GROUPS]].sum(axis=1)
    out["n_unknown"] = out["headcount"] - out["n_known"]
    counts = [column for column in out.columns if column != "fte"]
    out[counts] = out[counts].astype(int)
    out["fte"] = out["fte"].astype(float)
    return out


def effective_fte(
    members: pd.DataFrame, team_ids: Sequence[int], start: pd.Timestamp, end: pd.Timestamp
) -> pd.Series:
    """Per team: Σ fte × (days in the team within the period / days in the period)."""
    period_days = (end - start).days + 1
    first = later_of(members["started_on"], start)
    last = close_open_ends(members["ended_on"], end)
    weighted = members["fte"].astype(float) * inclusive_days(first, last) / period_days
    per_team = weighted.groupby(members["team_id"]).sum()
    return per_team.reindex(list(team_ids), fill_value=0.0).astype(float).rename("effective_fte")


def _population_of(population: pd.DataFrame, code: str) -> pd.Series:
    """CBS shares of one region; all NaN without figures."""
    rows = population[population["region_code"] == code]
    if rows.empty:
        return population_shares(None, None, None)
    row = rows.iloc[0]
    return population_shares(row["low"], row["middle"], row["high"])


def population_columns(teams: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """Per team (index team_id): pop_laag/middelbaar/hoog of its municipality, and the year,
    source and fictional flag of those figures (NaN / "" / False when missing).

    Shares as `analysis.representation.population_shares`: over laag + middelbaar + hoog, all
    NaN when a count is missing or the three add up to zero.
    """
    by_code = population.drop_duplicates("region_code").set_index("region_code")
    found = by_code.reindex([str(code) for code in teams["municipality_code"]])
    counts = found[list(POPULATION_COUNT_COLUMNS)].astype(float)
    total = counts.sum(axis=1, skipna=False)
    shares = counts.div(total.where(total > 0), axis=0)
    out = pd.DataFrame(index=pd.Index(teams["team_id"].to_numpy(), name="team_id"))
    for group, column in zip(CBS_GROUPS, POPULATION_COUNT_COLUMNS, strict=True):
        out[f"pop_{group}"] = shares[column].to_numpy()
    out["population_year"] = found["year"].astype(float).to_numpy()
    out["population_source"] = found["source"].fillna("").astype("str").to_numpy()
    out["population_fictional"] = found["is_fictional"].fillna(False).astype(bool).to_numpy()
    return out


def dissimilarities(table: pd.DataFrame) -> pd.Series:
    """Duncan's D per row from team_<group> and pop_<group> columns (as
    `analysis.representation.dissimilarity`: NaN when any share is unknown)."""
    team = table[[f"team_{group}" for group in CBS_GROUPS]].to_numpy(dtype=float)
    population = table[[f"pop_{group}" for group in CBS_GROUPS]].to_numpy(dtype=float)
    return pd.Series(0.5 * np.abs(team - population).sum(axis=1), index=table.index)


def _per_team(frame: pd.DataFrame, column: str, team_ids: Sequence[int]) -> pd.Series:
    if frame.empty:
        return pd.Series(0, index=list(team_ids), dtype=int)
    values = frame.set_index("team_id")[column]
    return values.reindex(list(team_ids), fill_value=0).fillna(0).astype(int)


def _share(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    return numerator.astype(float) / denominator.astype(float).where(denominator > 0)


def duo_columns(duo_counts: pd.DataFrame, team_ids: Sequence[int]) -> pd.DataFrame:
    """Per team: n_duo (cases with two or more members), n_tandem (mbo-hbo)."""
    wide = mix_per_team(duo_counts, "duo_type", list(DUO_TYPES), team_ids)
    return pd.DataFrame(
        {
            "n_duo": wide.drop(columns=list(NOT_IN_DUO)).sum(axis=1).astype(int),
            "n_tandem": wide[TANDEM].astype(int),
        }
    )


def mix_per_team(
    counts: pd.DataFrame, category: str, categories: Sequence[str], team_ids: Sequence[int]
) -> pd.DataFrame:
    """Long counts (team_id, <category>, cases) as a zero-filled team × category table."""
    if counts.empty:
        return pd.DataFrame(0, index=pd.Index(list(team_ids), name="team_id"), columns=categories)
    wide = counts.pivot_table(
        index="team_id", columns=category, values="cases", aggfunc="sum", fill_value=0
    )
    wide = wide.reindex(index=list(team_ids), columns=list(categories), fill_value=0)
    return wide.fillna(0).astype(int).rename_axis(index="team_id", columns=None)


# --- The table -----------------------------------------------------------------------------------


def comparison_table(
    *,
    teams: pd.DataFrame,
    members: pd.DataFrame,
    case_counts: pd.DataFrame,
    duo_counts: pd.DataFrame,
    phase_counts: pd.DataFrame,
    member_cases: pd.DataFrame,
    population: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> pd.DataFrame:
    """One row per team of `teams` (in its order), every figure of the module docstring.

    Identity columns: team_id, team_name, municipality_name, municipality_code, label (short
    unique name for charts: the municipality, plus the team when a municipality has several).
    """
    ids = [int(team_id) for team_id in teams["team_id"]]
    table = teams[["team_id", "team_name", "municipality_name", "municipality_code"]].copy()
    table = table.set_index(pd.Index(ids, name="team_id"), drop=False)
    table["label"] = team_labels(table)
    table = table.join(team_composition(members, ids, end))
    for group in CBS_GROUPS:
        table[f"team_{group}"] = _share(table[f"n_{group}"], table["n_known"])
    table["mbo_share"] = _share(table["n_mbo"], table["headcount"])
    table["hbo_share"] = _share(table["n_hbo"], table["headcount"])
    table = table.join(population_columns(teams, population))
    table["dissimilarity"] = dissimilarities(table)
    for column in ("cases", "closed", "escalated"):
        table[column] = _per_team(case_counts, column, ids)
    table = table.join(duo_columns(duo_counts, ids))
    table["duo_share"] = _share(table["n_duo"], table["cases"])
    table["tandem_share"] = _share(table["n_tandem"], table["cases"])
    phases = mix_per_team(phase_counts, "phase", list(PHASES), ids)
    table["open_with_phase"] = phases.sum(axis=1).astype(int)
    for phase in PHASES:
        table[f"n_{phase}"] = phases[phase]
        table[f"share_{phase}"] = _share(table[f"n_{phase}"], table["open_with_phase"])
    rates = [
        escalation_rate(e, c) for e, c in zip(table["escalated"], table["closed"], strict=True)
    ]
    table["escalation_rate"] = [rate for rate, _, _ in rates]
    table["escalation_low"] = [low for _, low, _ in rates]
    table["escalation_high"] = [high for _, _, high in rates]
    table["member_cases"] = _per_team(member_cases, "member_cases", ids)
    table["effective_fte"] = effective_fte(members, ids, start, end)
    table["caseload_per_fte"] = _share(table["member_cases"], table["effective_fte"])
    return table.reset_index(drop=True)


def team_labels(teams: pd.DataFrame) -> pd.Series:
    """The municipality name, or "municipality · team" when it has several teams here."""
    several = teams["municipality_name"].duplicated(keep=False)
    labels = (
        teams["municipality_name"]
        .astype("str")
        .where(~several, teams["municipality_name"].astype("str") + " · " + teams["team_name"])
    )
    return labels.rename("label")


def netherlands_shares(population: pd.DataFrame) -> pd.Series:
    """Nederland's CBS shares laag/middelbaar/hoog (the benchmark); all NaN without figures."""
    return _population_of(population, NETHERLANDS_CODE)


def sort_table(table: pd.DataFrame, column: str, descending: bool) -> pd.DataFrame:
    """Rows sorted on `column` (missing values last), ties by label; a stable order."""
    keys = [column] if column == "label" else [column, "label"]
    ascending = [not descending] + [True] * (len(keys) - 1)
    ordered = table.sort_values(keys, ascending=ascending, na_position="last", kind="stable")
    return ordered.reset_index(drop=True)


def long_mix(
    table: pd.DataFrame, counts: pd.DataFrame, category: str, categories: Sequence[str]
) -> pd.DataFrame:
    """Per team of `table` (in its order) and category: label, <category>, cases, share (share
    within the team; NaN when the team has none)."""
    ids = [int(team_id) for team_id in table["team_id"]]
    wide = mix_per_team(counts, category, categories, ids)
    long = wide.stack().rename("cases").reset_index().rename(columns={"level_1": category})
    totals = long.groupby("team_id")["cases"].transform("sum")
    long["share"] = long["cases"] / totals.where(totals > 0)
    long["label"] = long["team_id"].map(dict(zip(ids, table["label"], strict=True)))
    return long[["team_id", "label", category, "cases", "share"]]
