"""Municipality, wijk and buurt rows, and their (fictional) population education counts."""

from __future__ import annotations

from dataclasses import dataclass

from data_model.enums import AreaKind, FigureStatus, RegionKind
from sample_data.rows import RowBook
from sample_data.specs import BuurtSpec, MunicipalitySpec

FICTIONAL_SOURCE = "fictief"
# A slightly older, slightly less highly educated mix for the earlier year.
YEAR_SHIFTS: dict[int, tuple[float, float]] = {2023: (1.0, 0.0), 2021: (0.985, 0.015)}

# Real CBS reference (KWB 2020, 84799NED): Nederland, residents aged 15-74.
NATIONAL_REFERENCE = {
    "region_code": "NL01",
    "region_name": "Nederland",
    "region_kind": RegionKind.COUNTRY,
    "year": 2020,
    "low": 3_663_210,
    "middle": 5_505_600,
    "high": 4_100_340,
    "source": "CBS 84799NED",
    "status": FigureStatus.FINAL,
}


@dataclass(frozen=True)
class MunicipalityIds:
    municipality_id: int
    buurt_ids: tuple[int, ...]
    buurt_weights: tuple[int, ...]  # residents 15-74, to spread cases by population


def add_municipality(book: RowBook, spec: MunicipalitySpec) -> MunicipalityIds:
    """Add the municipality with its wijken and buurten; return ids for placing cases."""
    municipality_id = book.add("municipality", cbs_code=spec.cbs_code, name=spec.name)
    buurt_ids: list[int] = []
    weights: list[int] = []
    for wijk in spec.wijken:
        wijk_id = _add_area(book, municipality_id, None, wijk.code, wijk.name, AreaKind.WIJK)
        for buurt in wijk.buurten:
            buurt_ids.append(
                _add_area(book, municipality_id, wijk_id, buurt.code, buurt.name, AreaKind.BUURT)
            )
            weights.append(buurt.residents_15_74)
    return MunicipalityIds(municipality_id, tuple(buurt_ids), tuple(weights))


def _add_area(
    book: RowBook, municipality_id: int, parent_id: int | None, code: str, name: str, kind: AreaKind
) -> int:
    return book.add(
        "area",
        municipality_id=municipality_id,
        parent_id=parent_id,
        cbs_code=code,
        name=name,
        kind=kind,
    )


def add_population(book: RowBook, spec: MunicipalitySpec, years: tuple[int, ...]) -> None:
    """Buurt counts rounded to tens; wijk and municipality rows are their sums."""
    for year in years:
        municipality_total = (0, 0, 0)
        for wijk in spec.wijken:
            wijk_total = (0, 0, 0)
            for buurt in wijk.buurten:
                counts = buurt_counts(buurt, year)
                _add_population_row(book, buurt.code, buurt.name, RegionKind.BUURT, year, counts)
                wijk_total = _plus(wijk_total, counts)
            _add_population_row(book, wijk.code, wijk.name, RegionKind.WIJK, year, wijk_total)
            municipality_total = _plus(municipality_total, wijk_total)
        _add_population_row(
            book, spec.cbs_code, spec.name, RegionKind.MUNICIPALITY, year, municipality_total
        )


def add_national_reference(book: RowBook) -> None:
    book.add("population_education", **NATIONAL_REFERENCE)


def buurt_counts(buurt: BuurtSpec, year: int) -> tuple[int, int, int]:
    size_factor, low_shift = YEAR_SHIFTS.get(year, (1.0, 0.0))
    residents = buurt.residents_15_74 * size_factor
    low, middle, high = buurt.shares
    return (
        _round_to_tens(residents * (low + low_shift)),
        _round_to_tens(residents * middle),
        _round_to_tens(residents * (high - low_shift)),
    )


def _round_to_tens(value: float) -> int:
    return round(value / 10.0) * 10


def _plus(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _add_population_row(
    book: RowBook,
    code: str,
    name: str,
    kind: RegionKind,
    year: int,
    counts: tuple[int, int, int],
) -> None:
    book.add(
        "population_education",
        region_code=code,
        region_name=name,
        region_kind=kind,
        year=year,
        low=counts[0],
        middle=counts[1],
        high=counts[2],
        source=FICTIONAL_SOURCE,
        status=FigureStatus.FICTIONAL,
    )
