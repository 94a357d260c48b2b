"""The role table and the Principal it gives: strongest role, teams, refusals, cascades."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from data_model.access import (
    AccessError,
    Grant,
    Principal,
    add_role,
    change_role,
    load_role_assignments,
    local_principal,
    principal_from_grants,
    remove_role,
    resolve_principal,
    subjects_of,
)
from data_model.access_codes import AccessRole
from data_model.backup import clear_store

VIEWER, TEAMLEIDER, BEHEERDER = AccessRole.VIEWER, AccessRole.TEAMLEIDER, AccessRole.BEHEERDER


@pytest.mark.parametrize(
    ("grants", "role", "teams"),
    [
        ([Grant(VIEWER, 1)], VIEWER, {1}),
        ([Grant(VIEWER, None)], VIEWER, None),
        ([Grant(TEAMLEIDER, 1), Grant(TEAMLEIDER, 2)], TEAMLEIDER, {1, 2}),
        ([Grant(VIEWER, None), Grant(TEAMLEIDER, 2)], TEAMLEIDER, {2}),
        ([Grant(TEAMLEIDER, 2), Grant(BEHEERDER, None)], BEHEERDER, None),
    ],
)
def test_the_strongest_role_counts_with_the_teams_of_its_rows(
    grants: list[Grant], role: AccessRole, teams: set[int] | None
) -> None:
    principal = principal_from_grants("x@y.nl", grants)
    assert principal is not None
    assert principal.role == role
    assert principal.team_ids == (None if teams is None else frozenset(teams))


def test_without_grants_there_is_no_principal() -> None:
    assert principal_from_grants("x@y.nl", []) is None


@pytest.mark.parametrize(
    ("role", "names", "edit", "manage", "presented"),
    [
        (VIEWER, False, False, False, True),
        (TEAMLEIDER, True, True, False, False),
        (BEHEERDER, True, True, True, False),
    ],
)
def test_what_each_role_may_do(
    role: AccessRole, names: bool, edit: bool, manage: bool, presented: bool
) -> None:
    principal = Principal("x@y.nl", role, frozenset({1}))
    assert (principal.may_see_names, principal.may_edit) == (names, edit)
    assert (principal.may_manage_roles, principal.may_manage_store) == (manage, manage)
    assert principal.forced_presentation is presented
    assert principal.permitted([1, 2, 3]) == [1]
    assert not principal.may_see_team(2)


def test_the_local_user_is_beheerder_of_everything() -> None:
    principal = local_principal("jan")
    assert principal.local and principal.may_manage_roles and principal.team_ids is None
    assert principal.identity == "lokaal:jan"


def test_subjects_are_the_e_mail_and_the_claim_values_in_lower_case() -> None:
    user = {"email": "Jan@X.nl", "groups": ["A", "b "], "sub": "123"}
    assert subjects_of(user, None) == ("jan@x.nl",)
    assert subjects_of(user, "groups") == ("a", "b", "jan@x.nl")
    assert subjects_of({"sub": "1", "role": "Teamleiders"}, "role") == ("teamleiders",)


def test_a_role_is_found_by_any_of_the_subjects(tiny_engine: Engine) -> None:
    add_role(tiny_engine, subject="groep-a", role=TEAMLEIDER, team_id=2)
    principal = resolve_principal(tiny_engine, identity="jan@x.nl", subjects=("groep-a", "jan"))
    assert principal is not None
    assert (principal.role, principal.team_ids) == (TEAMLEIDER, frozenset({2}))
    assert principal.subjects == ("groep-a", "jan")
    assert resolve_principal(tiny_engine, identity="x", subjects=("niemand",)) is None


def test_a_configured_admin_needs_no_row(tiny_engine: Engine) -> None:
    principal = resolve_principal(
        tiny_engine, identity="a", subjects=("a@x.nl",), admins=("a@x.nl",)
    )
    assert principal is not None and principal.role == BEHEERDER


def test_a_teamleider_needs_a_team_and_a_beheerder_has_all(tiny_engine: Engine) -> None:
    with pytest.raises(AccessError, match="hoort bij een team"):
        add_role(tiny_engine, subject="x@y.nl", role=TEAMLEIDER, team_id=None)
    role_id = add_role(tiny_engine, subject="b@y.nl", role=BEHEERDER, team_id=1)
    roles = load_role_assignments(tiny_engine).set_index("id")
    assert roles.loc[role_id].isna()["team_id"]  # all teams


def test_refusals_change_nothing(tiny_engine: Engine) -> None:
    add_role(tiny_engine, subject="x@y.nl", role=VIEWER, team_id=1)
    with pytest.raises(AccessError, match="al"):
        add_role(tiny_engine, subject="X@Y.nl ", role=VIEWER, team_id=1)
    with pytest.raises(AccessError, match="bestaat niet"):
        add_role(tiny_engine, subject="x@y.nl", role=VIEWER, team_id=99)
    with pytest.raises(AccessError):
        add_role(tiny_engine, subject="  ", role=VIEWER, team_id=1)
    assert len(load_role_assignments(tiny_engine)) == 1


def test_a_role_is_changed_and_removed(tiny_engine: Engine) -> None:
    role_id = add_role(tiny_engine, subject="x@y.nl", role=VIEWER, team_id=1)
    change_role(tiny_engine, assignment_id=role_id, role=TEAMLEIDER, team_id=2)
    row = load_role_assignments(tiny_engine).iloc[0]
    assert (row["role"], row["team_id"], row["team_name"]) == ("teamleider", 2, "Team Vergelijk")
    remove_role(tiny_engine, assignment_id=role_id)
    assert load_role_assignments(tiny_engine).empty
    with pytest.raises(AccessError, match="bestaat niet meer"):
        remove_role(tiny_engine, assignment_id=role_id)


def test_a_beheerder_cannot_take_away_the_own_beheer_rights(tiny_engine: Engine) -> None:
    role_id = add_role(tiny_engine, subject="b@y.nl", role=BEHEERDER, team_id=None)
    with pytest.raises(AccessError, match="eigen beheerdersrol"):
        remove_role(tiny_engine, assignment_id=role_id, protect=("b@y.nl",))
    with pytest.raises(AccessError, match="eigen beheerdersrol"):
        change_role(
            tiny_engine, assignment_id=role_id, role=VIEWER, team_id=None, protect=("b@y.nl",)
        )
    remove_role(tiny_engine, assignment_id=role_id, protect=("ander@y.nl",))


def test_starting_empty_removes_the_team_roles_and_keeps_the_others(tiny_engine: Engine) -> None:
    add_role(tiny_engine, subject="t@y.nl", role=TEAMLEIDER, team_id=1)
    add_role(tiny_engine, subject="b@y.nl", role=BEHEERDER, team_id=None)
    clear_store(tiny_engine)
    assert load_role_assignments(tiny_engine)["subject"].tolist() == ["b@y.nl"]
