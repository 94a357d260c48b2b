"""The small-number rule (DESIGN.md §4) for presentation mode and every export.

Counts below 5 are shown as '<5' and percentages built on them are hidden.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from i18n import percent, t

if TYPE_CHECKING:
    from analysis.duos import TandemComparison
    from analysis.representation import ComparisonSummary

SMALL_COUNT_LIMIT = 5
SUPPRESSED = "<5"


def is_suppressed(count: float, presentation: bool) -> bool:
    return presentation and not math.isnan(count) and 0 < count < SMALL_COUNT_LIMIT


def show_count(count: float, presentation: bool) -> str:
    if math.isnan(count):
        return "–"
    return SUPPRESSED if is_suppressed(count, presentation) else str(round(count))


def is_share_suppressed(total: float, part: float, presentation: bool) -> bool:
    """A share rests on a small number when the total it is taken of, or the part it counts,
    is 1-4 (so 0 of 3 is hidden too: it is built on 3)."""
    return is_suppressed(total, presentation) or is_suppressed(part, presentation)


def share_text(
    share: float,
    total: float,
    presentation: bool,
    *,
    part: float | None = None,
    hidden: str | None = None,
) -> str:
    """`share` as a percentage ('42 %'; '–' without one). In presentation mode it gives way to
    `hidden` ('<5 casussen' unless told otherwise) when it is built on 1-4: the `total` it is a
    share of, or the `part` it counts (share × total unless given)."""
    if math.isnan(share):
        return "–"
    counted = share * total if part is None else part
    if is_share_suppressed(total, round(counted, 6), presentation):
        return t("common.fewer_than_5_cases") if hidden is None else hidden
    return percent(share)


class TandemTexts(NamedTuple):
    observed: str
    expected: str
    sentence: str | None


def tandem_texts(comparison: TandemComparison, presentation: bool) -> TandemTexts:
    """Observed tandem share, the chance expectation and the conclusion as shown. In
    presentation mode all three go when the duo cases or the tandems among them are 1-4: the
    expectation and the sentence compare with (and the sentence counts) what is hidden."""
    duos, tandems = comparison.duo_cases, comparison.tandems
    if is_share_suppressed(duos, tandems, presentation):
        return TandemTexts(t("common.fewer_than_5_cases"), "–", None)
    return TandemTexts(
        percent(comparison.observed_share),
        percent(comparison.expected_share),
        comparison.sentence,
    )


def mask_small(
    table: pd.DataFrame, presentation: bool, count: str, dependent: Sequence[str]
) -> pd.DataFrame:
    """Blank out (NaN) the `dependent` columns of rows whose `count` is 1-4."""
    if not presentation or table.empty:
        return table
    small = (table[count] > 0) & (table[count] < SMALL_COUNT_LIMIT)
    masked = table.copy()
    for column in dependent:
        if column in masked:
            masked[column] = masked[column].astype(float).mask(small)
    return masked


def mask_small_groups(
    table: pd.DataFrame, presentation: bool, count: str = "headcount"
) -> pd.DataFrame:
    """Breakdown tables (value, share): hide both for groups of fewer than 5 people."""
    return mask_small(table, presentation, count, ("value", "share"))


def count_text(values: pd.Series) -> list[str]:
    """Chart labels for counts: '<5' where a count was masked (NaN)."""
    return [SUPPRESSED if pd.isna(v) else str(round(v)) for v in values]


def mask_matrix(matrix: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """A count matrix (e.g. who works with whom) with cells of 1-4 blanked in presentation."""
    if not presentation:
        return matrix
    return matrix.astype(float).mask((matrix > 0) & (matrix < SMALL_COUNT_LIMIT))


def mask_count_series(counts: pd.Series, presentation: bool) -> pd.Series:
    if not presentation:
        return counts
    return counts.astype(float).mask((counts > 0) & (counts < SMALL_COUNT_LIMIT))


def drop_small_rows(table: pd.DataFrame, presentation: bool, count: str) -> pd.DataFrame:
    """Leave out rows (e.g. Sankey links) resting on 1-4 cases in presentation mode."""
    if not presentation:
        return table
    return table[~((table[count] > 0) & (table[count] < SMALL_COUNT_LIMIT))]


def count_table_text(table: pd.DataFrame, presentation: bool) -> pd.DataFrame:
    """A table of counts for display, with 1-4 as '<5' in presentation mode (then every cell
    is text, so the column has one type for Arrow)."""
    if not presentation:
        return table
    return table.map(lambda v: show_count(float(v), presentation))


REPRESENTATION_SHARE_COLUMNS: tuple[str, ...] = (
    "team_share",
    "wilson_low",
    "wilson_high",
    "ratio",
    "gap_pp",
)


def mask_representation(
    table: pd.DataFrame, headcount: pd.Series, presentation: bool
) -> pd.DataFrame:
    """Team shares of groups with 1-4 people hidden in presentation mode (population kept)."""
    with_people = table.assign(people=headcount.reindex(table.index).to_numpy())
    masked = mask_small(with_people, presentation, "people", REPRESENTATION_SHARE_COLUMNS)
    return masked.drop(columns="people")


def mask_comparison(
    summary: ComparisonSummary, headcount: pd.Series, presentation: bool
) -> ComparisonSummary:
    """A team-versus-population comparison as presentation mode may show it: team shares of
    groups with 1-4 people hidden (`mask_representation`), and for a team (in the groups of
    this view) of 1-4 people also the dissimilarity, the team's Blau index and the biggest gap,
    percentages built on those few people (NaN, no group named). The population's Blau index
    is kept."""
    table = mask_representation(summary.table, headcount, presentation)
    if not is_suppressed(float(headcount.sum()), presentation):
        return replace(summary, table=table)
    return replace(
        summary,
        table=table,
        dissimilarity=math.nan,
        blau_team=math.nan,
        biggest_gap_group=None,
        biggest_gap_pp=math.nan,
    )
