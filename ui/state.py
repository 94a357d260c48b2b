"""Every st.session_state key the app uses, named in one place."""

from __future__ import annotations

from typing import Final

MUNICIPALITY: Final = "filter_municipality"
TEAM: Final = "filter_team"
PERIOD: Final = "filter_period"
FILTERS: Final = "filters"
PRESENTATION_MODE: Final = "presentation_mode"
WEIGHTING: Final = "weighting"
REFERENCE_POPULATION: Final = "reference_population"
COMPOSITION_VIEW: Final = "composition_view"
WHAT_IF: Final = "what_if"
TARGET_DISSIMILARITY: Final = "target_dissimilarity"
POPULATION_WEIGHTING: Final = "population_weighting"
WHAT_IF_PREFIX: Final = "what_if_"
INCLUDE_LOW_IN_PLAN: Final = "plan_include_low"
DUO_BREAKDOWN: Final = "duo_breakdown"
DURATION_GROUPING: Final = "duration_grouping"
