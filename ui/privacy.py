"""The small-number rule for the pages; the logic lives in analysis.privacy."""

from analysis.privacy import (
    SMALL_COUNT_LIMIT,
    SUPPRESSED,
    count_table_text,
    drop_small_rows,
    is_suppressed,
    mask_count_series,
    mask_matrix,
    mask_representation,
    mask_small,
    mask_small_groups,
    show_count,
)

__all__ = [
    "SMALL_COUNT_LIMIT",
    "SUPPRESSED",
    "count_table_text",
    "drop_small_rows",
    "is_suppressed",
    "mask_count_series",
    "mask_matrix",
    "mask_representation",
    "mask_small",
    "mask_small_groups",
    "show_count",
]
