"""Team composition: breakdowns of the members, over time, and turnover."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.education import CBS_GROUPS, with_groups
from i18n import t

EXPERIENCE_BINS: tuple[int, ...] = (0, 2, 5, 10, 20, 100)
EXPERIENCE_KEYS: tuple[str, ...] = (
    "analysis.composition.experience_0_1",
    "analysis.composition.experience_2_4",
    "analysis.composition.experience_5_9",
    "analysis.composition.experience_10_19",
    "analysis.composition.experience_20_plus",
)
UNKNOWN_GROUP = "onbekend"
NO_REGISTRATION = "geen"  # stored code; shown through i18n.label


def experience_labels() -> tuple[str, ...]:
    """The labels of the experience bands ('0–1 jaar' … '20+ jaar') in the current language."""
    return tuple(t(key) for key in EXPERIENCE_KEYS)


def registration_label(members: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    """'SKJ', 'BIG', 'SKJ (verlopen)' (expired) … or the code 'geen' per member, on `day`."""
    kind = members["registration"].str.upper()
    expired = members["registration_valid_until"] < day
    expired_text = kind.map(
        lambda registration: t(
            "analysis.composition.registration_expired", registration=registration
        ),
        na_action="ignore",
    )
    label = kind.where(~expired, expired_text)
    return label.where(members["registration"] != NO_REGISTRATION, NO_REGISTRATION)


def experience_band(years: pd.Series) -> pd.Series:
    """The experience band of each number of years, as a label in the current language."""
    labels = list(experience_labels())
    bands = pd.cut(years, bins=list(EXPERIENCE_BINS), labels=labels, right=False)
    return bands.astype("str")


def breakdown(members: pd.DataFrame, by: str, weight: str | None = None) -> pd.DataFrame:
    """Headcount (or FTE with weight='fte') per value of `by`, with shares, largest first.

    The `headcount` column is always the number of people, so small groups can be suppressed.
    """
    keys = members[by].fillna(UNKNOWN_GROUP)
    values = members[weight] if weight else pd.Series(1.0, index=members.index)
    counts = values.groupby(keys).sum().sort_values(ascending=False)
    people = keys.value_counts().reindex(counts.index)
    total = counts.sum()
    return pd.DataFrame(
        {
            by: counts.index.astype("str"),
            "value": counts.to_numpy(),
            "share": (counts / total).to_numpy() if total else 0.0,
            "headcount": people.to_numpy().astype(int),
        }
    )


def with_composition_columns(members: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    """Members plus cbs_group (unknown → 'onbekend'), registration label and experience band."""
    out = with_groups(members)
    out["cbs_group"] = out["cbs_group"].fillna(UNKNOWN_GROUP)
    out["registration_label"] = registration_label(out, day)
    out["experience_band"] = experience_band(out["years_experience"])
    return out


def month_ends(start: pd.Timestamp, end: pd.Timestamp) -> pd.DatetimeIndex:
    """Every month end from start to end, plus `end` itself when it is not a month end."""
    days = pd.date_range(start, end, freq="ME")
    if len(days) == 0 or days[-1] != end:
        days = days.append(pd.DatetimeIndex([end]))
    return days


def composition_over_time(
    members: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp, weight: str | None = None
) -> pd.DataFrame:
    """Members (or FTE) per CBS group on every month end: columns day, cbs_group, value.

    Who is in the team on which month end is one (month ends × members) matrix, the same test as
    `active_on`, so a team with a long history costs milliseconds, not a filter per month.
    """
    grouped = with_groups(members)
    groups = grouped["cbs_group"].fillna(UNKNOWN_GROUP).to_numpy()
    days = month_ends(start, end)
    on = days.to_numpy()[:, None]
    ended = grouped["ended_on"].to_numpy()[None, :]
    active = (grouped["started_on"].to_numpy()[None, :] <= on) & (pd.isna(ended) | (ended >= on))
    values = grouped[weight].to_numpy(float) if weight else np.ones(len(grouped))
    names = (*CBS_GROUPS, UNKNOWN_GROUP)
    per_group = np.stack([active @ np.where(groups == name, values, 0.0) for name in names], 1)
    return pd.DataFrame(
        {
            "day": days.repeat(len(names)),
            "cbs_group": np.tile(np.array(names, dtype=object), len(days)),
            "value": per_group.ravel().astype(float),
        }
    )


def turnover_per_year(members: pd.DataFrame) -> pd.DataFrame:
    """Members who joined and who left per calendar year: columns year, joined, left."""
    joined = members["started_on"].dt.year.value_counts()
    left = members["ended_on"].dropna().dt.year.value_counts()
    years = sorted(set(joined.index) | set(left.index))
    return pd.DataFrame(
        {
            "year": [int(y) for y in years],
            "joined": [int(joined.get(y, 0)) for y in years],
            "left": [int(left.get(y, 0)) for y in years],
        }
    )
