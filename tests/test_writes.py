"""Adding, changing and ending records: one transaction each, and no silent overwrites.

Tiny fixture, team 1: Anna (member 1, T-01, open assignments 1, 4, 6, 9), Carla (member 3),
case TD-001 (case 1, opened 01-10-2025, assignments 1 and 2, open phase period 2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, select, update

from data_model import writes
from data_model.backup import store_checksum
from data_model.columns import RecordKind
from data_model.enums import Outcome
from data_model.models import Area, Assignment, Case, Member, Municipality, PhasePeriod, Team
from data_model.validation import (
    AreaRow,
    AssignmentRow,
    MemberRow,
    PopulationRow,
    RowInvalid,
)
from data_model.writes import (
    ConcurrentEditError,
    Edit,
    WriteError,
    add_record,
    close_case,
    create_team,
    end_member,
    save_edits,
)

D = dt.date
TEAM = 1


def member_row(**changes: Any) -> MemberRow:
    values: dict[str, Any] = {
        "display_name": "Anna Jansen",
        "pseudonym": "T-01",
        "education_level": "mbo4",
        "discipline": "maatschappelijk_werker",
        "kind": "professional",
        "employer": "Vivenz",
        "fte": 1.0,
        "registration": "geen",
        "registration_valid_until": None,
        "started_on": D(2020, 1, 1),
        "ended_on": None,
        "years_experience": 5,
    }
    return MemberRow.model_validate(values | changes)


def member(engine: Engine, member_id: int) -> Any:
    with engine.connect() as conn:
        return conn.execute(select(Member).where(Member.id == member_id)).one()


def test_added_member_is_stored_with_version_1(tiny_engine: Engine) -> None:
    new_id = add_record(
        tiny_engine, RecordKind.MEMBER, team_id=TEAM, row=member_row(pseudonym="T-20", fte=0.6)
    )
    row = member(tiny_engine, new_id)
    assert (row.team_id, row.pseudonym, row.fte, row.version) == (TEAM, "T-20", 0.6, 1)


def test_added_member_with_a_taken_pseudonym_is_refused_and_nothing_changes(
    tiny_engine: Engine,
) -> None:
    before = store_checksum(tiny_engine)
    with pytest.raises(RowInvalid) as refused:
        add_record(tiny_engine, RecordKind.MEMBER, team_id=TEAM, row=member_row(pseudonym="T-02"))
    assert refused.value.problems[0].reason == "dit pseudoniem bestaat al in het team"
    assert store_checksum(tiny_engine) == before


def test_assignment_for_an_unknown_member_is_refused(tiny_engine: Engine) -> None:
    row = AssignmentRow.model_validate(
        {
            "case_code": "TD-001",
            "member_pseudonym": "X-99",
            "role": "consult",
            "started_on": D(2026, 1, 1),
            "ended_on": None,
        }
    )
    with pytest.raises(RowInvalid, match="onbekend teamlid"):
        add_record(tiny_engine, RecordKind.ASSIGNMENT, team_id=TEAM, row=row)


def test_saved_edit_changes_the_record_and_raises_its_version(tiny_engine: Engine) -> None:
    saved = save_edits(
        tiny_engine,
        RecordKind.MEMBER,
        team_id=TEAM,
        edits=[Edit(1, 1, member_row(fte=0.5, display_name="Anna de Vries"))],
    )
    row = member(tiny_engine, 1)
    assert (saved, row.fte, row.display_name, row.version) == (1, 0.5, "Anna de Vries", 2)


def test_a_save_based_on_an_old_version_is_refused(tiny_engine: Engine) -> None:
    save_edits(
        tiny_engine, RecordKind.MEMBER, team_id=TEAM, edits=[Edit(1, 1, member_row(fte=0.9))]
    )
    after_first = store_checksum(tiny_engine)
    with pytest.raises(ConcurrentEditError, match="Iemand anders"):
        save_edits(
            tiny_engine, RecordKind.MEMBER, team_id=TEAM, edits=[Edit(1, 1, member_row(fte=0.4))]
        )
    assert member(tiny_engine, 1).fte == 0.9
    assert store_checksum(tiny_engine) == after_first


def test_a_change_between_reading_and_writing_is_refused(
    tiny_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone saves right after our version check: the versioned UPDATE finds no row."""
    real_resolve = writes.resolve

    def resolve_while_someone_else_saves(*args: Any, **kwargs: Any) -> Any:
        with tiny_engine.begin() as conn:
            conn.execute(
                update(Member).where(Member.id == 1).values(fte=0.3, version=Member.version + 1)
            )
        return real_resolve(*args, **kwargs)

    monkeypatch.setattr(writes, "resolve", resolve_while_someone_else_saves)
    with pytest.raises(ConcurrentEditError):
        save_edits(
            tiny_engine, RecordKind.MEMBER, team_id=TEAM, edits=[Edit(1, 1, member_row(fte=0.7))]
        )
    assert (member(tiny_engine, 1).fte, member(tiny_engine, 1).version) == (0.3, 2)


def test_one_stale_record_refuses_the_whole_save(tiny_engine: Engine) -> None:
    carla = member_row(
        display_name="Carla Smit",
        pseudonym="T-03",
        education_level="hbo_bachelor",
        discipline="wmo_consulent",
        started_on=D(2021, 1, 1),
    )
    before = store_checksum(tiny_engine)
    with pytest.raises(ConcurrentEditError):
        save_edits(
            tiny_engine,
            RecordKind.MEMBER,
            team_id=TEAM,
            edits=[Edit(3, 1, carla.model_copy(update={"fte": 0.6})), Edit(1, 7, member_row())],
        )
    assert store_checksum(tiny_engine) == before


def test_an_edit_that_takes_another_members_pseudonym_is_refused(tiny_engine: Engine) -> None:
    before = store_checksum(tiny_engine)
    with pytest.raises(RowInvalid) as refused:
        save_edits(
            tiny_engine,
            RecordKind.MEMBER,
            team_id=TEAM,
            edits=[Edit(1, 1, member_row(pseudonym="T-03"), row_number=4)],
        )
    assert [(p.row, p.column) for p in refused.value.problems] == [(4, "pseudonym")]
    assert store_checksum(tiny_engine) == before


def test_a_record_of_another_team_cannot_be_edited_through_this_team(tiny_engine: Engine) -> None:
    with pytest.raises(ConcurrentEditError):
        save_edits(tiny_engine, RecordKind.MEMBER, team_id=TEAM, edits=[Edit(7, 1, member_row())])


def test_ending_a_membership_keeps_the_member_and_ends_open_assignments(
    tiny_engine: Engine,
) -> None:
    end_member(tiny_engine, member_id=1, expected_version=1, ended_on=D(2026, 5, 31))
    row = member(tiny_engine, 1)
    assert (row.ended_on, row.version) == (D(2026, 5, 31), 2)
    with tiny_engine.connect() as conn:
        ends = conn.execute(
            select(Assignment.id, Assignment.ended_on, Assignment.version)
            .where(Assignment.member_id == 1)
            .order_by(Assignment.id)
        ).all()
    assert [tuple(e) for e in ends] == [
        (1, D(2026, 5, 31), 2),
        (4, D(2026, 5, 31), 2),
        (6, D(2026, 5, 31), 2),
        (9, D(2026, 5, 31), 2),
    ]


def test_ending_a_membership_before_it_started_is_refused(tiny_engine: Engine) -> None:
    before = store_checksum(tiny_engine)
    with pytest.raises(WriteError, match="vóór de startdatum"):
        end_member(tiny_engine, member_id=1, expected_version=1, ended_on=D(2019, 12, 31))
    assert store_checksum(tiny_engine) == before


def test_ending_with_a_stale_version_is_refused(tiny_engine: Engine) -> None:
    end_member(tiny_engine, member_id=4, expected_version=1, ended_on=D(2026, 4, 30))
    with pytest.raises(ConcurrentEditError):
        end_member(tiny_engine, member_id=4, expected_version=1, ended_on=D(2026, 6, 30))
    assert member(tiny_engine, 4).ended_on == D(2026, 4, 30)


def test_closing_a_case_ends_its_open_assignments_and_phases(tiny_engine: Engine) -> None:
    close_case(
        tiny_engine,
        case_id=1,
        expected_version=1,
        closed_on=D(2026, 6, 1),
        outcome=Outcome.STEPPED_DOWN,
    )
    with tiny_engine.connect() as conn:
        case = conn.execute(select(Case.closed_on, Case.outcome).where(Case.id == 1)).one()
        assignment_ends = conn.execute(
            select(Assignment.ended_on).where(Assignment.case_id == 1)
        ).scalars()
        phase_ends = conn.execute(
            select(PhasePeriod.ended_on).where(PhasePeriod.case_id == 1).order_by(PhasePeriod.id)
        ).scalars()
        assert tuple(case) == (D(2026, 6, 1), "afgeschaald")
        assert set(assignment_ends) == {D(2026, 6, 1)}
        assert list(phase_ends) == [D(2025, 11, 30), D(2026, 6, 1)]


def test_a_case_cannot_be_closed_as_ongoing(tiny_engine: Engine) -> None:
    with pytest.raises(WriteError, match="lopend"):
        close_case(
            tiny_engine,
            case_id=1,
            expected_version=1,
            closed_on=D(2026, 6, 1),
            outcome=Outcome.ONGOING,
        )


def test_new_team_in_a_new_municipality(empty_engine: Engine) -> None:
    team_id = create_team(
        empty_engine,
        municipality_code=" gm0523 ",
        municipality_name="Hardinxveld-Giessendam",
        team_name="Sociaal team",
        founded_on=D(2015, 1, 1),
    )
    with empty_engine.connect() as conn:
        row = conn.execute(
            select(Municipality.cbs_code, Municipality.name, Team.name, Team.founded_on)
            .join(Team, Team.municipality_id == Municipality.id)
            .where(Team.id == team_id)
        ).one()
    assert tuple(row) == ("GM0523", "Hardinxveld-Giessendam", "Sociaal team", D(2015, 1, 1))


def test_second_team_reuses_the_municipality_with_that_code(tiny_engine: Engine) -> None:
    team_id = create_team(
        tiny_engine, municipality_code="GM9991", municipality_name="", team_name="Team Zuid"
    )
    with tiny_engine.connect() as conn:
        assert conn.execute(select(Team.municipality_id).where(Team.id == team_id)).scalar() == 1


@pytest.mark.parametrize(
    ("code", "name", "message"),
    [
        ("0523", "Sociaal team", "GM met vier cijfers"),
        ("GM9991", "Testteam", "deze teamnaam bestaat al in de gemeente"),
        ("GM9991", "  ", "Geef het team een naam"),
    ],
)
def test_invalid_team_is_refused_in_dutch(
    tiny_engine: Engine, code: str, name: str, message: str
) -> None:
    before = store_checksum(tiny_engine)
    with pytest.raises(WriteError, match=message):
        create_team(tiny_engine, municipality_code=code, municipality_name="X", team_name=name)
    assert store_checksum(tiny_engine) == before


def test_added_buurt_gets_its_wijk_as_parent(tiny_engine: Engine) -> None:
    row = AreaRow.model_validate(
        {"cbs_code": "bu99910103", "name": "Oost", "parent_code": "WK999101"}
    )
    area_id = add_record(tiny_engine, RecordKind.AREA, team_id=TEAM, row=row)
    with tiny_engine.connect() as conn:
        area = conn.execute(
            select(Area.cbs_code, Area.kind, Area.parent_id).where(Area.id == area_id)
        ).one()
    assert tuple(area) == ("BU99910103", "buurt", 1)


def test_area_of_another_municipality_is_refused(tiny_engine: Engine) -> None:
    row = AreaRow.model_validate({"cbs_code": "WK052301", "name": "Elders", "parent_code": None})
    with pytest.raises(RowInvalid, match="hoort niet bij gemeente GM9991"):
        add_record(tiny_engine, RecordKind.AREA, team_id=TEAM, row=row)


def test_population_figure_can_be_corrected_with_the_version_it_had(tiny_engine: Engine) -> None:
    row = PopulationRow.model_validate(
        {
            "region_code": "GM9991",
            "region_name": "Testdorp",
            "year": 2023,
            "low": 310,
            "middle": "500",
            "high": ".",
            "source": "fictief",
            "status": "fictief",
        }
    )
    save_edits(tiny_engine, RecordKind.POPULATION, team_id=TEAM, edits=[Edit(1, 1, row)])
    with pytest.raises(ConcurrentEditError):
        save_edits(tiny_engine, RecordKind.POPULATION, team_id=TEAM, edits=[Edit(1, 1, row)])
