"""The audit trail: every change leaves one row (who, when, what record, old and new values) on
the same transaction; nobody can change or remove a row; the beheerder reads and exports it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from streamlit.testing.v1 import AppTest

from data_model import writes
from data_model.access import add_role, remove_role
from data_model.access_codes import AccessRole
from data_model.audit import acting_as, count_audit, load_audit
from data_model.backup import clear_store, make_backup, read_backup, restore_backup
from data_model.cbs_import import in_municipality, parse_statline_csv, store_figures
from data_model.columns import RecordKind
from data_model.enums import FigureStatus
from data_model.store import make_engine
from data_model.validation import MemberRow
from tests.access_helpers import BEHEERDER, TEAMLEIDER_1, grant_fixture_roles, run_as

GEGEVENS = "pages/beheer_gegevens.py"
TOEGANG = "pages/toegang.py"
GRID = "beheer_editor_teamleden_0"
CBS_2020 = Path(__file__).resolve().parent / "data" / "cbs_kwb_2020_84799NED.csv"


def audit_rows(url: str) -> list[dict[str, Any]]:
    """Every audit row, oldest first, with the JSON values decoded."""
    engine = make_engine(url)
    try:
        frame = load_audit(engine)
    finally:
        engine.dispose()
    rows = frame.sort_values("id").to_dict("records")
    for row in rows:
        for column in ("old_values", "new_values"):
            value = row[column]
            row[column] = json.loads(value) if isinstance(value, str) else None
    return rows


def edit_anna_fte(at: AppTest, fte: float) -> AppTest:
    at.session_state[GRID] = {
        "edited_rows": {0: {"fte": fte}},
        "added_rows": [],
        "deleted_rows": [],
    }
    return at.button(key=f"{GRID}_save").click().run()


def test_an_edit_through_the_ui_gives_exactly_one_audit_row(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)  # five audit rows: the role assignments
    before = len(audit_rows(app_on_tiny))
    at = edit_anna_fte(run_as(TEAMLEIDER_1, GEGEVENS, presentation_mode=False), 0.5)
    assert not at.exception
    assert [s.value for s in at.success] == ["1 wijziging opgeslagen."]
    new = audit_rows(app_on_tiny)[before:]
    assert len(new) == 1
    [row] = new
    assert (row["action"], row["table_name"], row["record_id"]) == ("update", "member", 1)
    assert (row["old_values"], row["new_values"]) == ({"fte": 1.0}, {"fte": 0.5})
    assert row["actor"] == TEAMLEIDER_1
    at = pd.Timestamp(row["at"])
    at = at.tz_localize("UTC") if at.tzinfo is None else at.tz_convert("UTC")
    assert abs(at - pd.Timestamp.now(tz="UTC")) < pd.Timedelta(minutes=5)


def test_a_save_without_changes_and_a_refused_save_leave_no_audit_row(app_on_tiny: str) -> None:
    edit_anna_fte(_local(GEGEVENS), 1.0)  # the same value: nothing changed
    assert audit_rows(app_on_tiny) == []
    at = edit_anna_fte(_local(GEGEVENS), 3.0)  # FTE above 1.5: refused
    assert not at.exception
    assert at.error
    assert audit_rows(app_on_tiny) == []


def _local(page: str) -> AppTest:
    from tests.apptest import run_page

    return run_page(page)


def test_the_local_single_user_is_recorded_as_local(app_on_tiny: str) -> None:
    edit_anna_fte(_local(GEGEVENS), 0.8)
    [row] = audit_rows(app_on_tiny)
    assert row["actor"].startswith("lokaal:")


def test_adding_ending_and_closing_record_old_and_new_values(tiny_engine: Engine) -> None:
    with acting_as("tester@testdorp.nl"):
        new_id = writes.add_record(
            tiny_engine,
            RecordKind.MEMBER,
            team_id=1,
            row=MemberRow.model_validate(
                {
                    "display_name": "Ines Dekker",
                    "pseudonym": "T-20",
                    "education_level": "hbo_bachelor",
                    "discipline": "wmo_consulent",
                    "kind": "professional",
                    "employer": "Vivenz",
                    "fte": 0.8,
                    "registration": "geen",
                    "registration_valid_until": None,
                    "started_on": dt.date(2026, 1, 1),
                    "ended_on": None,
                    "years_experience": 2,
                }
            ),
        )
        writes.end_member(
            tiny_engine, member_id=1, expected_version=1, ended_on=dt.date(2026, 6, 1)
        )
    rows = audit_rows(str(tiny_engine.url))
    added = rows[0]
    assert (added["action"], added["table_name"], added["record_id"]) == (
        "insert",
        "member",
        new_id,
    )
    assert added["old_values"] is None
    assert added["new_values"]["display_name"] == "Ines Dekker"
    assert added["new_values"]["started_on"] == "2026-01-01"
    ended = [(r["table_name"], r["record_id"]) for r in rows[1:]]
    assert ("member", 1) in ended
    assert {("assignment", 4), ("assignment", 6), ("assignment", 9)} <= set(ended)
    member_end = next(r for r in rows[1:] if r["table_name"] == "member")
    assert member_end["action"] == "end"
    assert (member_end["old_values"], member_end["new_values"]) == (
        {"ended_on": None},
        {"ended_on": "2026-06-01"},
    )
    assert {r["actor"] for r in rows} == {"tester@testdorp.nl"}


def test_a_refused_write_leaves_no_audit_row(tiny_engine: Engine) -> None:
    with pytest.raises(writes.WriteError):
        writes.end_member(
            tiny_engine, member_id=1, expected_version=1, ended_on=dt.date(2010, 1, 1)
        )
    assert count_audit(tiny_engine) == 0


def test_the_database_refuses_to_change_or_remove_an_audit_row(tiny_engine: Engine) -> None:
    add_role(tiny_engine, subject="x@y.nl", role=AccessRole.VIEWER, team_id=None)
    for statement in ("UPDATE audit_log SET actor = 'iemand anders'", "DELETE FROM audit_log"):
        with pytest.raises(IntegrityError), tiny_engine.begin() as conn:
            conn.execute(text(statement))
    assert count_audit(tiny_engine) == 1


def test_restore_and_starting_empty_each_leave_one_summary_row_and_keep_the_trail(
    tiny_engine: Engine,
) -> None:
    add_role(tiny_engine, subject="x@y.nl", role=AccessRole.VIEWER, team_id=None)
    backup = read_backup(make_backup(tiny_engine))
    clear_store(tiny_engine)
    restore_backup(tiny_engine, backup)
    rows = audit_rows(str(tiny_engine.url))
    assert [(r["action"], r["table_name"]) for r in rows] == [
        ("insert", "role_assignment"),
        ("delete", "*"),
        ("restore", "*"),
    ]
    assert rows[2]["new_values"]["member"] == 8


def test_cbs_figures_leave_one_summary_row(tiny_engine: Engine) -> None:
    figures = in_municipality(parse_statline_csv(CBS_2020.read_bytes()).figures, "GM9991")
    store_figures(tiny_engine, figures, year=2020, table_id="84799NED", status=FigureStatus.FINAL)
    [row] = audit_rows(str(tiny_engine.url))
    assert (row["action"], row["table_name"]) == ("import", "population_education")
    assert row["new_values"] == {"new": 4, "source": "CBS 84799NED", "updated": 1, "year": 2020}


def test_role_changes_are_in_the_trail(tiny_engine: Engine) -> None:
    with acting_as(BEHEERDER):
        role_id = add_role(
            tiny_engine, subject=" Nieuw@X.nl ", role=AccessRole.TEAMLEIDER, team_id=1
        )
        remove_role(tiny_engine, assignment_id=role_id)
    added, removed = audit_rows(str(tiny_engine.url))
    assert added["new_values"] == {"role": "teamleider", "subject": "nieuw@x.nl", "team_id": 1}
    assert (removed["action"], removed["old_values"]["subject"]) == ("delete", "nieuw@x.nl")
    assert {added["actor"], removed["actor"]} == {BEHEERDER}


def test_the_beheerder_reads_and_downloads_the_trail_and_cannot_edit_it(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = edit_anna_fte(run_as(BEHEERDER, GEGEVENS, presentation_mode=False), 0.5)
    at = run_as(BEHEERDER, TOEGANG, presentation_mode=False)
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Wijzigingen vastgelegd"] == "6"
    trail = at.dataframe[-1].value
    assert trail.iloc[0][["actor", "action", "table_name"]].tolist() == [
        BEHEERDER,
        "gewijzigd",
        "member",
    ]
    assert json.loads(trail.iloc[0]["old_values"]) == {"fte": 1.0}
    assert [b.proto.label for b in at.get("download_button")] == ["Audittrail (CSV)"]
    assert not at.get("data_editor")


def test_a_role_given_in_the_access_page_is_recorded_for_the_beheerder(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    at = run_as(BEHEERDER, TOEGANG, presentation_mode=False)
    at.text_input(key="access_form_add_subject").input("Nieuw@Testdorp.nl")
    at.selectbox(key="access_form_add_role").set_value(AccessRole.TEAMLEIDER)
    at.selectbox(key="access_form_add_team").set_value(1)
    at.button(key="access_form_add_go").click().run()
    assert not at.exception
    assert "nieuw@testdorp.nl is nu teamleider." in [s.value for s in at.success]
    last = audit_rows(app_on_tiny)[-1]
    assert (last["actor"], last["action"], last["table_name"]) == (
        BEHEERDER,
        "insert",
        "role_assignment",
    )
    assert "nieuw@testdorp.nl" in at.dataframe[0].value["subject"].tolist()


def test_a_teamleider_role_without_a_team_is_refused_in_the_page(app_on_tiny: str) -> None:
    grant_fixture_roles(app_on_tiny)
    before = len(audit_rows(app_on_tiny))
    at = run_as(BEHEERDER, TOEGANG, presentation_mode=False)
    at.text_input(key="access_form_add_subject").input("nieuw@testdorp.nl")
    at.selectbox(key="access_form_add_role").set_value(AccessRole.TEAMLEIDER)
    at.button(key="access_form_add_go").click().run()
    assert not at.exception
    assert "hoort bij een team" in at.error[0].value
    assert len(audit_rows(app_on_tiny)) == before
