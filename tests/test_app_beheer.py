"""The Gegevensbeheer pages through AppTest: changes made in the UI reach the overview.

Tiny fixture, team 1 on 30-06-2026: 5 members, FTE 3.2 (overview figures worked out in
tests/fixture_data.py). Members in the grid are ordered by pseudonym: row 0 is T-01 Anna (1.0).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import create_engine, select, update
from streamlit.testing.v1 import AppTest

from data_model.backup import make_backup, store_checksum
from data_model.bulk import row_counts
from data_model.models import Member, PopulationEducation
from data_model.store import make_engine
from tests.apptest import metric_values, run_page

GEGEVENS = "pages/beheer_gegevens.py"
IMPORT = "pages/beheer_import.py"
EXPORT = "pages/beheer_export.py"
FORM = "beheer_form_teamleden_"
GRID = "beheer_editor_teamleden_0"
DATA = Path(__file__).resolve().parent / "data"
IMPORT_HEADER = b"naam;pseudoniem;opleiding;discipline;fte;startdatum\n"


def fill_member_form(at: AppTest, pseudonym: str, fte: float) -> AppTest:
    at.text_input(key=FORM + "display_name").input("Ines Dekker")
    at.text_input(key=FORM + "pseudonym").input(pseudonym)
    at.selectbox(key=FORM + "education_level").set_value("hbo_bachelor")
    at.selectbox(key=FORM + "discipline").set_value("wmo_consulent")
    at.number_input(key=FORM + "fte").set_value(fte)
    at.date_input(key=FORM + "started_on").set_value(dt.date(2026, 1, 1))
    return at.button(key=FORM + "go").click().run()


def overview(at: AppTest) -> dict[str, str]:
    return metric_values(at.switch_page("pages/overzicht.py").run())


def member_fte(url: str, member_id: int) -> float:
    engine = make_engine(url)
    with engine.connect() as conn:
        fte = conn.execute(select(Member.fte).where(Member.id == member_id)).scalar_one()
    engine.dispose()
    return fte


def test_adding_a_member_in_beheer_changes_the_overview(app_on_tiny: str) -> None:
    at = run_page()
    assert (metric_values(at)["Teamleden"], metric_values(at)["FTE"]) == ("5", "3,2")
    at = fill_member_form(at.switch_page(GEGEVENS).run(), "T-20", 0.8)
    assert not at.exception
    assert [s.value for s in at.success] == ["Teamleden: record toegevoegd."]
    values = overview(at)
    assert (values["Teamleden"], values["FTE"]) == ("6", "4,0")


def test_a_member_with_a_taken_pseudonym_is_refused_in_dutch(app_on_tiny: str) -> None:
    at = fill_member_form(run_page(GEGEVENS), "T-01", 0.8)
    assert not at.exception
    assert "Niet toegevoegd" in at.error[0].value
    assert "dit pseudoniem bestaat al in het team" in at.dataframe[-1].value["reden"].tolist()
    assert overview(at)["Teamleden"] == "5"


def test_empty_store_starts_with_a_municipality_and_team(app_on_empty: str) -> None:
    at = run_page(GEGEVENS)
    at.text_input(key="beheer_form_first_team_gm").input("GM0523")
    at.text_input(key="beheer_form_first_team_gm_name").input("Hardinxveld-Giessendam")
    at.text_input(key="beheer_form_first_team_name").input("Sociaal team")
    at.button(key="beheer_form_first_team_submit").click().run()
    assert not at.exception
    assert at.sidebar.selectbox(key="filter_team").value is not None
    at = fill_member_form(at, "M-1", 1.0)
    assert (overview(at)["Teamleden"], overview(at)["FTE"]) == ("1", "1,0")


def test_editing_a_cell_and_saving_changes_the_figures(app_on_tiny: str) -> None:
    at = run_page(GEGEVENS)
    at.session_state[GRID] = {
        "edited_rows": {0: {"fte": 0.5}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key=f"{GRID}_save").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["1 wijziging opgeslagen."]
    assert overview(at)["FTE"] == "2,7"


def test_an_invalid_cell_is_named_in_dutch_and_nothing_is_saved(app_on_tiny: str) -> None:
    at = run_page(GEGEVENS)
    at.session_state[GRID] = {
        "edited_rows": {0: {"started_on": "2026-07-01", "ended_on": "2026-06-30"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key=f"{GRID}_save").click().run()
    assert not at.exception
    assert "Niet opgeslagen" in at.error[0].value
    problems = at.dataframe[-1].value
    assert problems[["rij", "kolom"]].values.tolist() == [["1", "einddatum"]]
    assert overview(at)["Teamleden"] == "5"


def test_a_stale_grid_save_is_refused_with_a_clear_message(app_on_tiny: str) -> None:
    at = run_page(GEGEVENS)  # the grid now shows Anna at version 1
    engine = create_engine(app_on_tiny)
    with engine.begin() as conn:  # a colleague saves Anna meanwhile
        conn.execute(update(Member).where(Member.id == 1).values(fte=0.9, version=2))
    engine.dispose()
    at.session_state[GRID] = {
        "edited_rows": {0: {"fte": 0.5}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key=f"{GRID}_save").click().run()
    assert not at.exception
    assert "Iemand anders" in at.error[0].value
    assert member_fte(app_on_tiny, 1) == 0.9


def test_ending_a_membership_in_the_ui_keeps_history_and_changes_the_count(
    app_on_tiny: str,
) -> None:
    at = run_page(GEGEVENS)
    at.selectbox(key="beheer_form_end_member_id").set_value(3)
    at.date_input(key="beheer_form_end_member_day").set_value(dt.date(2026, 5, 31))
    at.button(key="beheer_form_end_member_go").click().run()
    assert not at.exception
    assert overview(at)["Teamleden"] == "4"
    assert member_fte(app_on_tiny, 3) == 1.0  # Carla is still there, with an end date


def test_an_imported_file_is_imported_once(app_on_tiny: str) -> None:
    data = IMPORT_HEADER + b"Ida;N-01;mbo4;overig;0,5;01-01-2026\n"
    at = run_page(IMPORT)
    at.file_uploader(key="beheer_import_upload_teamleden").upload("team.csv", data, "text/csv")
    at.run()
    assert any("Alle 1 rijen zijn in orde" in s.value for s in at.success)
    [go] = [b for b in at.button if b.label == "Importeer 1 rijen"]
    go.click().run()
    assert not at.exception
    assert "1 teamleden geïmporteerd uit team.csv." in [s.value for s in at.success]
    at.run()
    assert any("al geïmporteerd" in s.value for s in at.success)
    assert row_counts(make_engine(app_on_tiny))["member"] == 9


def test_a_bad_import_file_shows_the_report_and_changes_nothing(app_on_tiny: str) -> None:
    before = store_checksum(make_engine(app_on_tiny))
    data = (
        b"naam;pseudoniem;opleiding;discipline;fte;startdatum\nIda;N-01;mbo4;overig;3;01-01-2026\n"
    )
    at = run_page(IMPORT)
    at.file_uploader(key="beheer_import_upload_teamleden").upload("team.csv", data, "text/csv")
    at.run()
    assert not at.exception
    assert "Er is niets geïmporteerd" in at.error[0].value
    assert at.dataframe[-1].value[["rij", "kolom", "waarde"]].values.tolist() == [["2", "fte", "3"]]
    assert not [b for b in at.button if b.label.startswith("Importeer")]
    assert store_checksum(make_engine(app_on_tiny)) == before


def test_an_upload_of_the_wrong_type_gets_a_clear_message(app_on_tiny: str) -> None:
    at = run_page(IMPORT)
    at.file_uploader(key="beheer_import_upload_teamleden").upload("team.txt", b"x", "text/plain")
    at.run()
    assert not at.exception
    assert "verkeerde type" in at.error[0].value


def test_cbs_csv_through_the_page_stores_the_municipalitys_figures(app_on_tiny: str) -> None:
    at = run_page(IMPORT)
    data = (DATA / "cbs_kwb_2024_85984NED.csv").read_bytes()
    at.file_uploader(key="beheer_cbs_upload").upload(
        "85984NED_UntypedDataSet.csv", data, "text/csv"
    )
    at.run()
    assert at.text_input(key="beheer_cbs_table").value == "85984NED"
    assert at.number_input(key="beheer_cbs_year").value == 2024
    [store] = [b for b in at.button if b.label == "6 regio's opslaan"]
    store.click().run()
    assert not at.exception
    assert any("6 nieuw, 0 bijgewerkt, 2 wijken/buurten" in s.value for s in at.success)
    engine = make_engine(app_on_tiny)
    with engine.connect() as conn:
        codes = conn.execute(
            select(PopulationEducation.region_code).where(
                PopulationEducation.source == "CBS 85984NED"
            )
        ).scalars()
        assert sorted(codes) == [
            "BU99910101",
            "BU99910102",
            "BU99910201",
            "GM9991",
            "WK999101",
            "WK999102",
        ]


def test_restore_refuses_a_file_that_is_not_a_backup(app_on_tiny: str) -> None:
    at = run_page(EXPORT)
    at.file_uploader(key="beheer_restore_upload").upload("x.zip", b"PK\x03\x04rommel", "x/zip")
    at.run()
    assert not at.exception
    assert "geen Teamspiegel-back-up" in at.error[0].value


def test_restore_through_the_page_brings_back_the_backup(app_on_tiny: str) -> None:
    engine = make_engine(app_on_tiny)
    original, backup = store_checksum(engine), make_backup(engine)
    at = fill_member_form(run_page(GEGEVENS), "T-20", 0.8)
    assert store_checksum(engine) != original
    at = at.switch_page(EXPORT).run()
    at.file_uploader(key="beheer_restore_upload").upload("backup.zip", backup, "application/zip")
    at.run()
    at.checkbox(key="beheer_confirm_restore").check().run()
    [restore] = [b for b in at.button if b.label == "Back-up terugzetten"]
    restore.click().run()
    assert not at.exception
    assert "De back-up is teruggezet." in [s.value for s in at.success]
    assert store_checksum(engine) == original
    assert overview(at)["Teamleden"] == "5"


def test_beginning_empty_leaves_no_team(app_on_tiny: str) -> None:
    at = run_page(EXPORT)
    at.checkbox(key="beheer_confirm_empty").check().run()
    [empty] = [b for b in at.button if b.label == "Begin met een lege database"]
    empty.click().run()
    assert not at.exception
    assert set(row_counts(make_engine(app_on_tiny)).values()) == {0}
    assert any("Nog geen teams" in info.value for info in at.sidebar.info)


def test_the_add_form_is_empty_again_after_adding(app_on_tiny: str) -> None:
    at = fill_member_form(run_page(GEGEVENS), "T-20", 0.8)
    assert at.text_input(key=FORM + "pseudonym").value == ""
    assert at.number_input(key=FORM + "fte").value is None
