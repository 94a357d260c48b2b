"""The columns of each kind of record: Dutch headers, accepted synonyms, and help text.

One description serves the import (which header means which field), the templates, the
problem reports and the editing grid, so a column is called the same everywhere. The Dutch
headers and their synonyms are a file format: a file is read with them whatever the language of
the screen. What people read on screen — a column's label, its explanation, the kinds of record
— comes from the translation table when it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from data_model.enums import (
    Complexity,
    Discipline,
    EducationLevel,
    FigureStatus,
    MemberKind,
    Outcome,
    Phase,
    Pilot,
    ReferralSource,
    Registration,
    RiskFlag,
    Role,
    TargetGroup,
)
from data_model.validation import (
    AreaRow,
    AssignmentRow,
    CaseRow,
    MemberRow,
    PhaseRow,
    PopulationRow,
    Problem,
    Row,
    allowed_codes,
    match_key,
)
from i18n import t


class RecordKind(StrEnum):
    MEMBER = "teamleden"
    CASE = "casussen"
    ASSIGNMENT = "toewijzingen"
    PHASE = "fasen"
    AREA = "gebieden"
    POPULATION = "bevolking"


IMPORTABLE: tuple[RecordKind, ...] = (
    RecordKind.MEMBER,
    RecordKind.CASE,
    RecordKind.ASSIGNMENT,
    RecordKind.PHASE,
)


@dataclass(frozen=True)
class Column:
    """One column: `header` is its Dutch name in files (not translated), `help_key` the
    translation key of its explanation, `codes` the vocabulary to choose from and `listed` a
    vocabulary only named in the explanation (several codes in one cell)."""

    field: str
    header: str
    required: bool
    help_key: str
    aliases: tuple[str, ...] = ()
    codes: type[StrEnum] | None = None
    is_date: bool = False
    listed: type[StrEnum] | None = None

    def label(self) -> str:
        """The column's name on screen (in Dutch its header)."""
        return t(f"beheer.column.{self.field}")

    def explanation(self) -> str:
        text = t(self.help_key)
        return t("beheer.column.date_help", help=text) if self.is_date else text

    def help_text(self) -> str:
        """The explanation, with the codes that may be used."""
        codes = self.codes or self.listed
        if codes is None:
            return self.explanation()
        return t("beheer.column.codes_help", help=self.explanation(), codes=allowed_codes(codes))


def _code(
    field: str, header: str, codes: type[StrEnum], required: bool, help_key: str, *aliases: str
) -> Column:
    return Column(field, header, required, help_key, aliases, codes)


def _date(field: str, header: str, required: bool, help_key: str, *aliases: str) -> Column:
    return Column(field, header, required, help_key, aliases, is_date=True)


MEMBER_COLUMNS = (
    Column("display_name", "naam", True, "beheer.help.member_name", ("name", "weergavenaam")),
    Column("pseudonym", "pseudoniem", True, "beheer.help.pseudonym", ("code",)),
    _code(
        "education_level",
        "opleiding",
        EducationLevel,
        True,
        "beheer.help.education_level",
        "opleidingsniveau",
        "education",
    ),
    _code("discipline", "discipline", Discipline, True, "beheer.help.discipline", "functie"),
    _code(
        "kind", "soort", MemberKind, False, "beheer.help.default_professional", "soort_lid", "type"
    ),
    Column("employer", "werkgever", False, "beheer.help.employer", ("organisatie",)),
    Column("fte", "fte", True, "beheer.help.fte", ("formatie",)),
    _code(
        "registration",
        "registratie",
        Registration,
        False,
        "beheer.help.registration",
    ),
    _date(
        "registration_valid_until",
        "registratie_geldig_tot",
        False,
        "beheer.help.registration_valid_until",
        "geldig_tot",
    ),
    _date(
        "started_on", "startdatum", True, "beheer.help.member_started", "start_date", "begonnen_op"
    ),
    _date("ended_on", "einddatum", False, "beheer.help.member_ended", "end_date"),
    Column(
        "years_experience",
        "jaren_ervaring",
        False,
        "beheer.help.years_experience",
        ("ervaring", "experience"),
    ),
)

CASE_COLUMNS = (
    Column("code", "casuscode", True, "beheer.help.case_code", ("case_code",)),
    Column(
        "area_code",
        "gebiedscode",
        False,
        "beheer.help.area_code",
        ("buurtcode", "wijkcode", "gebied", "area"),
    ),
    _code("target_group", "doelgroep", TargetGroup, True, "beheer.help.target_group"),
    _code("complexity", "complexiteit", Complexity, False, "beheer.help.default_single"),
    Column(
        "risk_flags",
        "risicos",
        False,
        "beheer.help.risk_flags",
        ("risico", "risk"),
        listed=RiskFlag,
    ),
    _code("pilot", "pilot", Pilot, False, "beheer.help.default_none"),
    _code(
        "referral_source",
        "verwijzer",
        ReferralSource,
        False,
        "beheer.help.default_other",
        "aanmelder",
    ),
    _date("opened_on", "geopend_op", True, "beheer.help.case_opened", "startdatum", "opened"),
    _date("closed_on", "gesloten_op", False, "beheer.help.case_closed", "einddatum", "closed"),
    _code("outcome", "uitkomst", Outcome, False, "beheer.help.outcome", "resultaat"),
    Column(
        "tenzij_motivering",
        "tenzij_motivering",
        False,
        "beheer.help.tenzij_motivering",
        ("motivering",),
    ),
)

ASSIGNMENT_COLUMNS = (
    Column("case_code", "casuscode", True, "beheer.help.case_in_team", ("casus", "code")),
    Column(
        "member_pseudonym",
        "pseudoniem",
        True,
        "beheer.help.member_pseudonym",
        ("teamlid", "member", "pseudonym"),
    ),
    _code("role", "rol", Role, True, "beheer.help.role"),
    _date("started_on", "startdatum", True, "beheer.help.from", "van", "start_date"),
    _date("ended_on", "einddatum", False, "beheer.help.until", "tot", "end_date"),
)

PHASE_COLUMNS = (
    Column("case_code", "casuscode", True, "beheer.help.case_in_team", ("casus", "code")),
    _code("phase", "fase", Phase, True, "beheer.help.phase"),
    _date("started_on", "startdatum", True, "beheer.help.from", "van", "start_date"),
    _date("ended_on", "einddatum", False, "beheer.help.until", "tot", "end_date"),
)

AREA_COLUMNS = (
    Column("cbs_code", "cbs_code", True, "beheer.help.cbs_code", ("code",)),
    Column("name", "naam", True, "beheer.help.area_name"),
    Column("parent_code", "wijkcode", False, "beheer.help.parent_code"),
)

POPULATION_COLUMNS = (
    Column("region_code", "regiocode", True, "beheer.help.region_code"),
    Column("region_name", "regionaam", True, "beheer.help.region_name"),
    Column("year", "jaar", True, "beheer.help.year"),
    Column("low", "laag", False, "beheer.help.low"),
    Column("middle", "middelbaar", False, "beheer.help.middle"),
    Column("high", "hoog", False, "beheer.help.high"),
    Column("source", "bron", True, "beheer.help.source"),
    _code("status", "status", FigureStatus, True, "beheer.help.status"),
)

COLUMNS: dict[RecordKind, tuple[Column, ...]] = {
    RecordKind.MEMBER: MEMBER_COLUMNS,
    RecordKind.CASE: CASE_COLUMNS,
    RecordKind.ASSIGNMENT: ASSIGNMENT_COLUMNS,
    RecordKind.PHASE: PHASE_COLUMNS,
    RecordKind.AREA: AREA_COLUMNS,
    RecordKind.POPULATION: POPULATION_COLUMNS,
}

ROW_MODELS: dict[RecordKind, type[Row]] = {
    RecordKind.MEMBER: MemberRow,
    RecordKind.CASE: CaseRow,
    RecordKind.ASSIGNMENT: AssignmentRow,
    RecordKind.PHASE: PhaseRow,
    RecordKind.AREA: AreaRow,
    RecordKind.POPULATION: PopulationRow,
}


def kind_label(kind: RecordKind) -> str:
    """What a kind of record is called on screen: 'Teamleden', 'Wijken en buurten', …"""
    return t(f"beheer.kind.{kind.name.lower()}")


def header_of(kind: RecordKind, field: str) -> str:
    """The Dutch header of a field in files (the field name itself when unknown)."""
    return next((c.header for c in COLUMNS[kind] if c.field == field), field)


def column_label(kind: RecordKind, field: str) -> str:
    """The on-screen label of a field (the field name itself when unknown)."""
    return next((c.label() for c in COLUMNS[kind] if c.field == field), field)


def _header_key(header: str) -> str:
    """Match key of a header, ignoring a trailing explanation in brackets."""
    return match_key(header.split("(")[0])


@dataclass(frozen=True)
class HeaderMap:
    """Which file column holds which field; what was left over or is missing."""

    fields: dict[str, str]  # field → the header as written in the file
    ignored: tuple[str, ...]
    problems: tuple[Problem, ...]


def map_headers(kind: RecordKind, headers: Sequence[str]) -> HeaderMap:
    """Match the file's headers to fields: Dutch header, field name or a synonym."""
    lookup: dict[str, str] = {}
    for column in COLUMNS[kind]:
        for name in (column.header, column.field, *column.aliases):
            lookup.setdefault(_header_key(name), column.field)
    fields: dict[str, str] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    for header in headers:
        field = lookup.get(_header_key(str(header)))
        if field is None:
            ignored.append(str(header))
        elif field in fields:
            reason = t("import.column_twice", other=fields[field])
            problems.append(Problem(1, str(header), "", reason))
        else:
            fields[field] = str(header)
    for column in COLUMNS[kind]:
        if column.required and column.field not in fields:
            problems.append(Problem(1, column.header, "", t("import.required_column_missing")))
    return HeaderMap(fields, tuple(ignored), tuple(problems))
