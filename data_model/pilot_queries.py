"""Reads for the Pilots page that the per-team case queries do not cover."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, func, select

from data_model.models import Case

REGULAR = "geen"


def load_pilot_windows(engine: Engine, team_id: int) -> pd.DataFrame:
    """Per pilot of the team (whole history): first_opened, last_opened and cases.

    One aggregated row per pilot that has cases (regular cases are not listed), ordered by pilot.
    """
    query = (
        select(
            Case.pilot,
            func.min(Case.opened_on).label("first_opened"),
            func.max(Case.opened_on).label("last_opened"),
            func.count().label("cases"),
        )
        .where(Case.team_id == team_id, Case.pilot != REGULAR)
        .group_by(Case.pilot)
        .order_by(Case.pilot)
    )
    with engine.connect() as conn:
        frame = pd.read_sql(query, conn)
    for column in ("first_opened", "last_opened"):
        frame[column] = pd.to_datetime(frame[column]).dt.date
    return frame
