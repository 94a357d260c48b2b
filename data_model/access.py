"""Who may see and change what: the role assignments in the store and the Principal of a run.

A subject is an e-mail address or the value of a configured identity claim (lower case). A
subject has a role for one team, or (team_id NULL) for all teams: a beheerder always for all
teams, a teamleider always for named teams, a viewer for either. When someone matches several
rows, the strongest role counts, with the teams of its rows. Every change of an assignment
writes an audit row on the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from data_model import audit
from data_model.access_codes import ROLE_STRENGTH, AccessRole, AuditAction
from data_model.models import Municipality, RoleAssignment, Team
from i18n import t

TABLE = RoleAssignment.__tablename__
MAX_SUBJECT_LENGTH = 254


@dataclass(frozen=True)
class Principal:
    """The person a script run serves: who, which role, which teams (None: all teams)."""

    identity: str
    role: AccessRole
    team_ids: frozenset[int] | None
    local: bool = False
    subjects: tuple[str, ...] = ()

    @property
    def may_see_names(self) -> bool:
        """Names and case codes of the permitted teams (a viewer sees aggregates only)."""
        return self.role != AccessRole.VIEWER

    @property
    def may_edit(self) -> bool:
        """The Beheer pages for the permitted teams."""
        return self.role != AccessRole.VIEWER

    @property
    def may_manage_roles(self) -> bool:
        return self.role == AccessRole.BEHEERDER

    @property
    def may_manage_store(self) -> bool:
        """New teams, CBS figures, exports of all teams, backup, restore, starting empty."""
        return self.role == AccessRole.BEHEERDER

    @property
    def forced_presentation(self) -> bool:
        """A viewer always works under the presentation-mode rules."""
        return self.role == AccessRole.VIEWER

    def may_see_team(self, team_id: int) -> bool:
        return self.team_ids is None or int(team_id) in self.team_ids

    def permitted(self, team_ids: Iterable[int]) -> list[int]:
        return [int(team_id) for team_id in team_ids if self.may_see_team(int(team_id))]


def local_principal(user_name: str) -> Principal:
    """Without login: the one person at this machine manages everything."""
    return Principal(
        identity=f"lokaal:{user_name}", role=AccessRole.BEHEERDER, team_ids=None, local=True
    )


@dataclass(frozen=True)
class Grant:
    role: AccessRole
    team_id: int | None


def normalise_subject(value: object) -> str:
    return str(value).strip().lower()


def identity_of(user: Mapping[str, Any]) -> str:
    """What the audit trail and the screen call a logged-in user: e-mail, else subject."""
    for claim in ("email", "sub", "preferred_username", "name"):
        value = user.get(claim)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return "?"


def subjects_of(user: Mapping[str, Any], claim: str | None) -> tuple[str, ...]:
    """The values the role table is matched on: the e-mail address, plus the configured
    claim's value(s) (a text or a list, e.g. groups)."""
    values: list[object] = [user.get("email")]
    if claim:
        found = user.get(claim)
        values += list(found) if isinstance(found, list | tuple) else [found]
    subjects = {normalise_subject(v) for v in values if v is not None and str(v).strip()}
    return tuple(sorted(subjects))


def grants_for(engine: Engine, subjects: Sequence[str]) -> list[Grant]:
    if not subjects:
        return []
    query = select(RoleAssignment.role, RoleAssignment.team_id).where(
        RoleAssignment.subject.in_(list(subjects))
    )
    with engine.connect() as conn:
        return [Grant(AccessRole(role), team_id) for role, team_id in conn.execute(query).all()]


def principal_from_grants(identity: str, grants: Sequence[Grant]) -> Principal | None:
    """The strongest role among the grants, with the teams of its rows; None without grants."""
    if not grants:
        return None
    role = max((grant.role for grant in grants), key=ROLE_STRENGTH.__getitem__)
    teams = [grant.team_id for grant in grants if grant.role == role]
    all_teams = role == AccessRole.BEHEERDER or any(team is None for team in teams)
    team_ids = None if all_teams else frozenset(int(team) for team in teams if team is not None)
    return Principal(identity=identity, role=role, team_ids=team_ids)


def resolve_principal(
    engine: Engine, *, identity: str, subjects: Sequence[str], admins: Sequence[str] = ()
) -> Principal | None:
    """The principal of a logged-in user; the configured admins are always beheerder."""
    if set(subjects) & set(admins):
        found: Principal | None = Principal(identity, AccessRole.BEHEERDER, team_ids=None)
    else:
        found = principal_from_grants(identity, grants_for(engine, subjects))
    return None if found is None else replace(found, subjects=tuple(subjects))


# --- Keeping the role table (beheerder) ---------------------------------------------------------


class AccessError(Exception):
    """A role change that was refused; `message` is translated. Nothing was changed."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


def load_role_assignments(engine: Engine) -> pd.DataFrame:
    """Every assignment with its team and municipality name (empty for all teams)."""
    query = (
        select(
            RoleAssignment.id,
            RoleAssignment.subject,
            RoleAssignment.role,
            RoleAssignment.team_id,
            Team.name.label("team_name"),
            Municipality.name.label("municipality_name"),
            RoleAssignment.updated_at,
        )
        .outerjoin(Team, Team.id == RoleAssignment.team_id)
        .outerjoin(Municipality, Municipality.id == Team.municipality_id)
        .order_by(RoleAssignment.subject, RoleAssignment.role, RoleAssignment.team_id)
    )
    with engine.connect() as conn:
        return pd.read_sql(query, conn)


def _checked(conn: Connection, subject: str, role: AccessRole, team_id: int | None) -> dict:
    """The row's values, or AccessError saying what is wrong."""
    subject = normalise_subject(subject)
    if not subject or len(subject) > MAX_SUBJECT_LENGTH:
        raise AccessError(t("access.error.subject"))
    if role == AccessRole.BEHEERDER:
        team_id = None
    elif role == AccessRole.TEAMLEIDER and team_id is None:
        raise AccessError(t("access.error.team_needed"))
    if (
        team_id is not None
        and conn.execute(select(Team.id).where(Team.id == team_id)).first() is None
    ):
        raise AccessError(t("access.error.no_team"))
    return {"subject": subject, "role": role, "team_id": team_id}


def _refuse_duplicate(conn: Connection, values: dict, own_id: int | None = None) -> None:
    team = RoleAssignment.team_id
    query = select(RoleAssignment.id).where(
        RoleAssignment.subject == values["subject"],
        RoleAssignment.role == values["role"],
        team.is_(None) if values["team_id"] is None else team == values["team_id"],
    )
    found = conn.execute(query).scalar()
    if found is not None and found != own_id:
        raise AccessError(t("access.error.duplicate"))


def _stored(conn: Connection, assignment_id: int) -> dict[str, Any]:
    row = conn.execute(
        select(RoleAssignment.subject, RoleAssignment.role, RoleAssignment.team_id).where(
            RoleAssignment.id == assignment_id
        )
    ).first()
    if row is None:
        raise AccessError(t("access.error.gone"))
    return {"subject": row.subject, "role": AccessRole(row.role), "team_id": row.team_id}


def _refuse_own_beheer(old: Mapping[str, Any], protect: Sequence[str]) -> None:
    """A beheerder cannot take away their own beheer rights (nobody could give them back)."""
    own = normalise_subject(old["subject"]) in {normalise_subject(s) for s in protect}
    if own and old["role"] == AccessRole.BEHEERDER:
        raise AccessError(t("access.error.own_beheer"))


def _write(engine: Engine, change: Any) -> Any:
    try:
        with engine.begin() as conn:
            return change(conn)
    except IntegrityError as error:
        raise AccessError(t("access.error.database"), str(error.orig or error)) from error
    except SQLAlchemyError as error:
        raise AccessError(t("access.error.database"), str(error)) from error


def add_role(engine: Engine, *, subject: str, role: AccessRole, team_id: int | None) -> int:
    """Give `subject` a role (for one team, or all teams); return the new row's id."""

    def change(conn: Connection) -> int:
        values = _checked(conn, subject, role, team_id)
        _refuse_duplicate(conn, values)
        now = audit.now_utc()
        result = conn.execute(
            insert(RoleAssignment).values(**values, created_at=now, updated_at=now)
        )
        key = result.inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        audit.record(
            conn, action=AuditAction.INSERT, table_name=TABLE, record_id=new_id, new=values
        )
        return new_id

    return int(_write(engine, change))


def change_role(
    engine: Engine,
    *,
    assignment_id: int,
    role: AccessRole,
    team_id: int | None,
    protect: Sequence[str] = (),
) -> None:
    """Change the role or team of one assignment; `protect`: the acting beheerder's subjects."""

    def change(conn: Connection) -> None:
        old = _stored(conn, assignment_id)
        new = _checked(conn, old["subject"], role, team_id)
        if new == old:
            return
        if new["role"] != AccessRole.BEHEERDER:
            _refuse_own_beheer(old, protect)
        _refuse_duplicate(conn, new, own_id=assignment_id)
        conn.execute(
            update(RoleAssignment)
            .where(RoleAssignment.id == assignment_id)
            .values(role=new["role"], team_id=new["team_id"], updated_at=audit.now_utc())
        )
        audit.record(
            conn,
            action=AuditAction.UPDATE,
            table_name=TABLE,
            record_id=assignment_id,
            old={"role": old["role"], "team_id": old["team_id"]},
            new={"role": new["role"], "team_id": new["team_id"]},
        )

    _write(engine, change)


def remove_role(engine: Engine, *, assignment_id: int, protect: Sequence[str] = ()) -> None:
    """Remove one assignment; `protect`: the acting beheerder's own subjects."""

    def change(conn: Connection) -> None:
        old = _stored(conn, assignment_id)
        _refuse_own_beheer(old, protect)
        conn.execute(delete(RoleAssignment).where(RoleAssignment.id == assignment_id))
        audit.record(
            conn, action=AuditAction.DELETE, table_name=TABLE, record_id=assignment_id, old=old
        )

    _write(engine, change)
