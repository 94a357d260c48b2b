"""Gegevensbeheer speaks English too: pages, forms, messages and problem reports.

The Dutch import headers are a file format, not screen text: a file with Dutch headers is read
the same whatever the language of the screen, and the templates keep them.

AppTest calls a widget's format_func in the test's own thread, where the language is the
default; tests that change English widgets therefore run inside `language("en")`, as the app's
own script thread does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from data_model.columns import RecordKind
from data_model.importing import check_file, explanation_frame, problems_frame, template_csv
from data_model.writes import WriteError, create_team
from i18n import language
from tests.apptest import run_page

GEGEVENS = "pages/beheer_gegevens.py"
IMPORT = "pages/beheer_import.py"
EXPORT = "pages/beheer_export.py"
FORM = "beheer_form_teamleden_"
HEADER = b"naam;pseudoniem;opleiding;discipline;fte;startdatum\n"
BAD_FTE = HEADER + b"Ida;N-01;mbo4;overig;3;01-01-2026\n"
FTE_DUTCH = "FTE moet groter dan 0 en ten hoogste 1,5 zijn (bijv. 0,8)"
FTE_ENGLISH = "FTE must be more than 0 and at most 1.5 (e.g. 0.8)"


@pytest.mark.parametrize(
    ("page", "dutch", "english"),
    [
        (GEGEVENS, "Gegevensbeheer", "Data management"),
        (IMPORT, "Importeren", "Import"),
        (EXPORT, "Export en back-up", "Export and backup"),
    ],
)
def test_beheer_pages_have_english_titles(
    app_on_tiny: str, page: str, dutch: str, english: str
) -> None:
    at = run_page(page, language="en")
    assert not at.exception
    assert at.title[0].value == english
    assert run_page(page).title[0].value == dutch


def test_gegevens_page_in_english_labels_its_blocks_and_codes(app_on_tiny: str) -> None:
    at = run_page(GEGEVENS, language="en")
    assert not at.exception
    assert at.subheader[0].value == "Team members"
    assert {"Add", "End membership", "New municipality or team"} <= {e.label for e in at.expander}
    assert "Save changes" in [b.label for b in at.button]
    education = at.selectbox(key=FORM + "education_level")
    assert education.label == "Education"
    assert "HBO bachelor" in education.options
    assert at.text_input(key=FORM + "display_name").label == "Name"
    assert at.text_input(key=FORM + "employer").label == "Employer (optional)"


def test_adding_a_member_in_english_says_so_in_english(app_on_tiny: str) -> None:
    at = run_page(GEGEVENS, language="en")
    with language("en"):
        at.text_input(key=FORM + "display_name").input("Ines Dekker")
        at.text_input(key=FORM + "pseudonym").input("T-20")
        at.selectbox(key=FORM + "education_level").set_value("hbo_bachelor")
        at.selectbox(key=FORM + "discipline").set_value("wmo_consulent")
        at.number_input(key=FORM + "fte").set_value(0.8)
        at.date_input(key=FORM + "started_on").set_value(dt.date(2026, 1, 1))
        at.button(key=FORM + "go").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Team members: record added."]


def test_empty_store_in_english_starts_with_a_team(app_on_empty: str) -> None:
    at = run_page(GEGEVENS, language="en")
    assert not at.exception
    assert at.info[0].value.startswith("There is no team yet.")
    assert at.button(key="beheer_form_first_team_submit").label == "Create team"


def test_a_bad_import_file_is_reported_in_english(app_on_tiny: str) -> None:
    at = run_page(IMPORT, language="en")
    upload = at.file_uploader(key="beheer_import_upload_teamleden")
    with language("en"):
        upload.upload("team.csv", BAD_FTE, "text/csv").run()
    assert not at.exception
    assert at.error[0].value.startswith("Nothing was imported: correct the file")
    report = at.dataframe[-1].value
    assert list(report.columns) == ["row", "column", "value", "reason"]
    assert report.values.tolist() == [["2", "fte", "3", FTE_ENGLISH]]


def test_export_page_in_english_names_the_tables_in_english(app_on_tiny: str) -> None:
    at = run_page(EXPORT, language="en")
    assert not at.exception
    assert [h.value for h in at.header][:2] == ["Export tables", "Backup"]
    assert "team members" in at.selectbox[0].options
    assert list(at.dataframe[0].value.columns) == ["table", "rows"]


def test_import_problem_reason_is_dutch_by_default_and_english_on_request(
    tiny_engine: Engine,
) -> None:
    def reasons() -> list[tuple[int | None, str, str]]:
        report = check_file(
            tiny_engine, RecordKind.MEMBER, team_id=1, file_name="team.csv", data=BAD_FTE
        )
        return [(p.row, p.column, p.reason) for p in report.problems]

    assert reasons() == [(2, "fte", FTE_DUTCH)]
    with language("en"):
        assert reasons() == [(2, "fte", FTE_ENGLISH)]
    assert reasons() == [(2, "fte", FTE_DUTCH)]


def test_a_file_with_dutch_headers_is_read_the_same_in_english(tiny_engine: Engine) -> None:
    data = HEADER + b"Ida;N-01;mbo4;overig;0,5;01-01-2026\n"
    with language("en"):
        report = check_file(
            tiny_engine, RecordKind.MEMBER, team_id=1, file_name="team.csv", data=data
        )
    assert report.ok and report.ignored_columns == ()


def test_templates_keep_dutch_headers_and_explain_in_the_chosen_language() -> None:
    dutch = template_csv(RecordKind.MEMBER)
    with language("en"):
        assert template_csv(RecordKind.MEMBER) == dutch
        explained = explanation_frame(RecordKind.MEMBER)
    assert list(explained.columns)[:3] == ["column", "required", "explanation"]
    assert explained.iloc[0].tolist()[:3] == ["naam", "yes", "name of the team member"]


def test_problem_table_headers_follow_the_language() -> None:
    assert list(problems_frame([]).columns) == ["rij", "kolom", "waarde", "reden"]
    with language("en"):
        assert list(problems_frame([]).columns) == ["row", "column", "value", "reason"]


def test_a_refused_write_is_explained_in_english(empty_engine: Engine) -> None:
    with language("en"), pytest.raises(WriteError) as refused:
        create_team(empty_engine, municipality_code="0523", municipality_name="X", team_name="T")
    assert refused.value.message.startswith("The municipality code is the CBS code")
