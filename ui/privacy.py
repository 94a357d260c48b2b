"""The small-number rule for the pages; the logic lives in analysis.privacy."""

from analysis.privacy import (
    SMALL_COUNT_LIMIT,
    SUPPRESSED,
    TandemTexts,
    count_table_text,
    drop_small_rows,
    is_share_suppressed,
    is_suppressed,
    mask_comparison,
    mask_count_series,
    mask_matrix,
    mask_representation,
    mask_small,
    mask_small_groups,
    share_text,
    show_count,
    tandem_texts,
)

__all__ = [
    "SMALL_COUNT_LIMIT",
    "SUPPRESSED",
    "TandemTexts",
    "count_table_text",
    "drop_small_rows",
    "is_share_suppressed",
    "is_suppressed",
    "mask_comparison",
    "mask_count_series",
    "mask_matrix",
    "mask_representation",
    "mask_small",
    "mask_small_groups",
    "share_text",
    "show_count",
    "tandem_texts",
]
