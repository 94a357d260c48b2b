"""Vocabularies of access control and the audit trail. Values are the codes stored."""

from __future__ import annotations

from enum import StrEnum


class AccessRole(StrEnum):
    """Who someone is to Teamspiegel; ordered from least to most (see ROLE_STRENGTH)."""

    VIEWER = "viewer"
    TEAMLEIDER = "teamleider"
    BEHEERDER = "beheerder"


ROLE_STRENGTH: dict[AccessRole, int] = {
    AccessRole.VIEWER: 1,
    AccessRole.TEAMLEIDER: 2,
    AccessRole.BEHEERDER: 3,
}


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    END = "end"
    DELETE = "delete"
    RESTORE = "restore"
    IMPORT = "import"
