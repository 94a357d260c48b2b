"""Cached reads for the Gegevensbeheer pages (cleared by ui.data.clear_cached_reads)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data_model.columns import RecordKind
from data_model.meta import holds_sample_data
from data_model.records import load_records
from ui.data import CACHE_TTL_SECONDS, opened_store


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def records(url: str, kind: RecordKind, team_id: int) -> pd.DataFrame:
    """The team's records of one kind, as the editing grid shows them."""
    return load_records(opened_store(url).engine, kind, team_id)


def holds_sample(url: str) -> bool:
    """Not cached: asked right before a destructive choice."""
    return holds_sample_data(opened_store(url).engine)
