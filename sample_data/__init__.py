"""Seeded fictional sample data (Hardinxveld-Giessendam and neighbours) for Teamspiegel."""

from sample_data.dataset import REGIONAL, SCALES, StoreNotEmptyError, build_dataset, populate

__all__ = ["REGIONAL", "SCALES", "StoreNotEmptyError", "build_dataset", "populate"]
