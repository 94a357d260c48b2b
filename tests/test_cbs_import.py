"""CBS Kerncijfers wijken en buurten: StatLine CSVs of two years with different field suffixes.

The fixtures in tests/data are in the raw StatLine CSV format (`;`, quoted, codes padded to ten
characters, numbers space-padded, `.` suppressed). Only the Nederland education counts of 2020
are real (84799NED); the Testdorp (GM9991) and Vergelijkstad (GM9992) figures are invented.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from analysis.reference import NETHERLANDS_CODE
from data_model import queries
from data_model.cbs_import import (
    NETHERLANDS_CODE as IMPORTED_NETHERLANDS_CODE,
)
from data_model.cbs_import import (
    CbsImportError,
    fetch_kwb_records,
    field_stem,
    in_municipality,
    parse_kwb_records,
    parse_statline_csv,
    store_figures,
    table_in_name,
)
from data_model.enums import FigureStatus, RegionKind
from data_model.models import Area, PopulationEducation
from data_model.validation import Problem

DATA = Path(__file__).resolve().parent / "data"
CSV_2020 = DATA / "cbs_kwb_2020_84799NED.csv"
CSV_2024 = DATA / "cbs_kwb_2024_85984NED.csv"


def stored(engine: Engine, source: str) -> dict[str, tuple]:
    """region code → (name, kind, year, low, middle, high, status) for one source."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                PopulationEducation.region_code,
                PopulationEducation.region_name,
                PopulationEducation.region_kind,
                PopulationEducation.year,
                PopulationEducation.low,
                PopulationEducation.middle,
                PopulationEducation.high,
                PopulationEducation.status,
            ).where(PopulationEducation.source == source)
        ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


@pytest.mark.parametrize(
    ("key", "stem"),
    [
        ("OpleidingsniveauLaag_64", "OpleidingsniveauLaag"),
        ("HavoVwoMbo24_68", "HavoVwoMbo24"),
        ("BasisonderwijsVmboMbo1_67", "BasisonderwijsVmboMbo1"),
        ("WijkenEnBuurten", "WijkenEnBuurten"),
    ],
)
def test_field_stem_drops_only_the_yearly_suffix(key: str, stem: str) -> None:
    assert field_stem(key) == stem


def test_2020_file_finds_the_opleidingsniveau_fields_by_stem() -> None:
    cbs = parse_statline_csv(CSV_2020.read_bytes())
    assert cbs.problems == ()
    assert [cbs.fields[g] for g in ("low", "middle", "high")] == [
        "OpleidingsniveauLaag_64",
        "OpleidingsniveauMiddelbaar_65",
        "OpleidingsniveauHoog_66",
    ]


def test_2024_file_with_bom_finds_the_new_field_names_by_stem() -> None:
    cbs = parse_statline_csv(CSV_2024.read_bytes())
    assert cbs.problems == ()
    assert [cbs.fields[g] for g in ("low", "middle", "high")] == [
        "BasisonderwijsVmboMbo1_67",
        "HavoVwoMbo24_68",
        "HboWo_69",
    ]


def test_padded_codes_are_stripped_and_kind_follows_the_prefix() -> None:
    cbs = parse_statline_csv(CSV_2020.read_bytes())
    assert [(f.region_code, f.region_kind) for f in cbs.figures] == [
        ("NL01", RegionKind.COUNTRY),
        ("GM9991", RegionKind.MUNICIPALITY),
        ("WK999101", RegionKind.WIJK),
        ("BU99910101", RegionKind.BUURT),
        ("BU99910102", RegionKind.BUURT),
        ("GM9992", RegionKind.MUNICIPALITY),
        ("WK999201", RegionKind.WIJK),
    ]


def test_space_padded_counts_are_read_as_numbers() -> None:
    nederland = parse_statline_csv(CSV_2020.read_bytes()).figures[0]
    assert (nederland.low, nederland.middle, nederland.high) == (3_663_210, 5_505_600, 4_100_340)


def test_region_with_every_count_suppressed_is_left_out_and_counted() -> None:
    cbs = parse_statline_csv(CSV_2020.read_bytes())
    assert cbs.suppressed == 1
    assert "BU99910103" not in {f.region_code for f in cbs.figures}


def test_cbs_nederland_code_becomes_the_code_the_app_compares_with() -> None:
    assert IMPORTED_NETHERLANDS_CODE == NETHERLANDS_CODE
    assert parse_statline_csv(CSV_2020.read_bytes()).figures[0].region_name == "Nederland"


def test_only_own_municipality_and_nederland_are_kept() -> None:
    cbs = parse_statline_csv(CSV_2020.read_bytes())
    kept = in_municipality(cbs.figures, "GM9991")
    assert [f.region_code for f in kept] == [
        "NL01",
        "GM9991",
        "WK999101",
        "BU99910101",
        "BU99910102",
    ]


def test_2020_figures_are_stored_with_year_source_status_and_names(tiny_engine: Engine) -> None:
    cbs = parse_statline_csv(CSV_2020.read_bytes())
    summary = store_figures(
        tiny_engine,
        in_municipality(cbs.figures, "GM9991"),
        year=2020,
        table_id="84799NED",
        status=FigureStatus.FINAL,
    )
    assert (summary.inserted, summary.updated, summary.areas_created) == (4, 1, 0)
    rows = stored(tiny_engine, "CBS 84799NED")
    assert rows["GM9991"] == ("Testdorp", "gemeente", 2020, 3300, 5600, 2600, "definitief")
    assert rows["WK999101"][0] == "Testwijk"  # name from the store's own area
    assert rows["BU99910102"][3:6] == (1900, 2500, 1100)
    assert rows["NL01"][3:6] == (3_663_210, 5_505_600, 4_100_340)


def test_2024_partly_suppressed_value_is_stored_as_null(tiny_engine: Engine) -> None:
    cbs = parse_statline_csv(CSV_2024.read_bytes())
    store_figures(
        tiny_engine, cbs.figures, year=2024, table_id="85984NED", status=FigureStatus.PROVISIONAL
    )
    rows = stored(tiny_engine, "CBS 85984NED")
    assert rows["BU99910102"][3:7] == (1500, None, 900, "voorlopig")
    assert rows["GM9992"][3:6] == (1100, 1400, 2600)


def test_importing_the_same_table_again_updates_instead_of_duplicating(
    tiny_engine: Engine,
) -> None:
    figures = parse_statline_csv(CSV_2024.read_bytes()).figures
    store_figures(
        tiny_engine, figures, year=2024, table_id="85984NED", status=FigureStatus.PROVISIONAL
    )
    summary = store_figures(
        tiny_engine, figures, year=2024, table_id="85984ned", status=FigureStatus.FINAL
    )
    assert (summary.inserted, summary.updated) == (0, 7)
    rows = stored(tiny_engine, "CBS 85984NED")
    assert len(rows) == 7
    assert {row[6] for row in rows.values()} == {"definitief"}


def test_missing_wijken_and_buurten_are_created_under_their_wijk(tiny_engine: Engine) -> None:
    figures = in_municipality(parse_statline_csv(CSV_2024.read_bytes()).figures, "GM9991")
    summary = store_figures(
        tiny_engine,
        figures,
        year=2024,
        table_id="85984NED",
        status=FigureStatus.FINAL,
        create_areas_for="GM9991",
    )
    assert summary.areas_created == 2
    with tiny_engine.connect() as conn:
        areas = dict(conn.execute(select(Area.cbs_code, Area.parent_id)).all())
        wijk_id = conn.execute(select(Area.id).where(Area.cbs_code == "WK999102")).scalar()
    assert areas["BU99910201"] == wijk_id
    assert areas["WK999102"] is None


def test_newest_real_figures_reach_the_pages(tiny_engine: Engine) -> None:
    figures = parse_statline_csv(CSV_2024.read_bytes()).figures
    store_figures(tiny_engine, figures, year=2024, table_id="85984NED", status=FigureStatus.FINAL)
    population = queries.load_population(tiny_engine, ["GM9991"])
    assert population.iloc[0][["year", "low", "middle", "high", "source"]].tolist() == [
        2024,
        3200,
        5500,
        2900,
        "CBS 85984NED",
    ]


def test_file_without_education_fields_is_refused_with_the_missing_column() -> None:
    text = '"ID";"WijkenEnBuurten";"AantalInwoners_5"\n"0";"GM9991    ";"  15300"\n'
    cbs = parse_statline_csv(text.encode())
    assert cbs.figures == ()
    assert {p.column for p in cbs.problems} == {
        "BasisonderwijsVmboMbo1",
        "HavoVwoMbo24",
        "HboWo",
    }


def test_a_count_that_is_not_a_number_names_row_field_and_value() -> None:
    text = (
        '"ID";"WijkenEnBuurten";"OpleidingsniveauLaag_64";"OpleidingsniveauMiddelbaar_65";'
        '"OpleidingsniveauHoog_66"\n'
        '"0";"GM9991    ";"  3300";"  veel";"  2600"\n'
    )
    cbs = parse_statline_csv(text.encode())
    assert cbs.problems == (Problem(2, "OpleidingsniveauMiddelbaar_65", "veel", "geen aantal"),)
    assert cbs.figures == ()


def test_a_file_that_is_not_statline_csv_is_refused_in_dutch() -> None:
    with pytest.raises(CbsImportError, match="StatLine-CSV"):
        parse_statline_csv(b"alleen een regel tekst zonder scheidingstekens\n")


def test_fictional_status_is_not_accepted_for_cbs_figures(tiny_engine: Engine) -> None:
    figures = parse_statline_csv(CSV_2020.read_bytes()).figures
    with pytest.raises(CbsImportError, match="niet fictief"):
        store_figures(
            tiny_engine, figures, year=2020, table_id="84799NED", status=FigureStatus.FICTIONAL
        )


def test_table_id_is_read_from_the_download_name() -> None:
    assert table_in_name("84799NED_UntypedDataSet_12345.csv") == "84799NED"
    assert table_in_name("kerncijfers.csv") is None


def test_fetch_without_cbsodata_installed_explains_the_alternative(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "cbsodata", None)
    with pytest.raises(CbsImportError, match="pip install cbsodata"):
        fetch_kwb_records("85984NED", "GM9991")


def fake_cbsodata(get_data: Any) -> types.ModuleType:
    module = types.ModuleType("cbsodata")
    module.get_data = get_data  # type: ignore[attr-defined]
    return module


def test_fetch_offline_gives_a_dutch_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*_args: Any, **_kwargs: Any) -> list:
        raise ConnectionError("no route to host")

    monkeypatch.setitem(sys.modules, "cbsodata", fake_cbsodata(offline))
    with pytest.raises(CbsImportError, match="kon niet worden opgehaald"):
        fetch_kwb_records("85984NED", "GM9991")


def test_fetched_records_use_the_titles_as_names(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: dict[str, Any] = {}

    def get_data(table: str, filters: str) -> list[dict[str, Any]]:  # cbsodata gives both
        asked.update(table=table, filters=filters)
        return [
            {
                "ID": 1,
                "WijkenEnBuurten": "Testdorp",
                "Codering_3": "GM9991    ",
                "BasisonderwijsVmboMbo1_67": "      3200",
                "HavoVwoMbo24_68": "      5500",
                "HboWo_69": "         .",
            },
            {
                "ID": 2,
                "WijkenEnBuurten": "Noord",
                "Codering_3": "BU99910101",
                "BasisonderwijsVmboMbo1_67": 1300,
                "HavoVwoMbo24_68": 3000,
                "HboWo_69": 1700,
            },
        ]

    monkeypatch.setitem(sys.modules, "cbsodata", fake_cbsodata(get_data))
    cbs = parse_kwb_records(fetch_kwb_records("85984ned", "GM9991"))
    assert asked["table"] == "85984NED"
    assert "startswith(WijkenEnBuurten,'BU9991')" in asked["filters"]
    assert [(f.region_code, f.region_name, f.high) for f in cbs.figures] == [
        ("GM9991", "Testdorp", None),
        ("BU99910101", "Noord", 1700),
    ]
