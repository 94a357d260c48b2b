"""The columns of each kind of record: Dutch headers, accepted synonyms, and help text.

One description serves the import (which header means which field), the templates, the
problem reports and the editing grid, so a column is called the same everywhere.
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

DATE_HELP = "datum als dd-mm-jjjj of jjjj-mm-dd"


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
    field: str
    header: str
    required: bool
    help: str
    aliases: tuple[str, ...] = ()
    codes: type[StrEnum] | None = None

    def help_text(self) -> str:
        if self.codes is None:
            return self.help
        return f"{self.help}; codes: {allowed_codes(self.codes)}"


def _code(
    field: str, header: str, codes: type[StrEnum], required: bool, help_: str, *aliases: str
) -> Column:
    return Column(field, header, required, help_, aliases, codes)


def _date(field: str, header: str, required: bool, help_: str, *aliases: str) -> Column:
    return Column(field, header, required, f"{help_} ({DATE_HELP})", aliases)


MEMBER_COLUMNS = (
    Column("display_name", "naam", True, "naam van het teamlid", ("name", "weergavenaam")),
    Column("pseudonym", "pseudoniem", True, "vaste korte code, uniek in het team", ("code",)),
    _code(
        "education_level",
        "opleiding",
        EducationLevel,
        True,
        "hoogst behaalde opleiding",
        "opleidingsniveau",
        "education",
    ),
    _code("discipline", "discipline", Discipline, True, "vak of functie", "functie"),
    _code("kind", "soort", MemberKind, False, "standaard professional", "soort_lid", "type"),
    Column("employer", "werkgever", False, "organisatie", ("organisatie",)),
    Column("fte", "fte", True, "formatie, groter dan 0 en ten hoogste 1,5", ("formatie",)),
    _code(
        "registration",
        "registratie",
        Registration,
        False,
        "SKJ- of BIG-registratie, standaard geen",
    ),
    _date(
        "registration_valid_until",
        "registratie_geldig_tot",
        False,
        "verplicht bij SKJ/BIG",
        "geldig_tot",
    ),
    _date("started_on", "startdatum", True, "in het team sinds", "start_date", "begonnen_op"),
    _date("ended_on", "einddatum", False, "uit het team per; leeg = nog actief", "end_date"),
    Column(
        "years_experience",
        "jaren_ervaring",
        False,
        "hele jaren, standaard 0",
        ("ervaring", "experience"),
    ),
)

CASE_COLUMNS = (
    Column("code", "casuscode", True, "pseudoniem van de casus, nooit een naam", ("case_code",)),
    Column(
        "area_code",
        "gebiedscode",
        False,
        "CBS-code van wijk of buurt (WK…/BU…) van het huishouden",
        ("buurtcode", "wijkcode", "gebied", "area"),
    ),
    _code("target_group", "doelgroep", TargetGroup, True, "doelgroep"),
    _code("complexity", "complexiteit", Complexity, False, "standaard enkelvoudig"),
    Column(
        "risk_flags",
        "risicos",
        False,
        f"risico's, gescheiden door komma's; codes: {allowed_codes(RiskFlag)}",
        ("risico", "risk"),
    ),
    _code("pilot", "pilot", Pilot, False, "standaard geen"),
    _code("referral_source", "verwijzer", ReferralSource, False, "standaard overig", "aanmelder"),
    _date("opened_on", "geopend_op", True, "startdatum van de casus", "startdatum", "opened"),
    _date("closed_on", "gesloten_op", False, "leeg = loopt nog", "einddatum", "closed"),
    _code("outcome", "uitkomst", Outcome, False, "leeg bij een open casus = lopend", "resultaat"),
    Column("tenzij_motivering", "tenzij_motivering", False, "pas toe of leg uit", ("motivering",)),
)

ASSIGNMENT_COLUMNS = (
    Column("case_code", "casuscode", True, "casus uit dit team", ("casus", "code")),
    Column(
        "member_pseudonym",
        "pseudoniem",
        True,
        "pseudoniem van het teamlid",
        ("teamlid", "member", "pseudonym"),
    ),
    _code("role", "rol", Role, True, "rol in de casus"),
    _date("started_on", "startdatum", True, "vanaf", "van", "start_date"),
    _date("ended_on", "einddatum", False, "tot en met; leeg = loopt nog", "tot", "end_date"),
)

PHASE_COLUMNS = (
    Column("case_code", "casuscode", True, "casus uit dit team", ("casus", "code")),
    _code("phase", "fase", Phase, True, "fase van de casus"),
    _date("started_on", "startdatum", True, "vanaf", "van", "start_date"),
    _date("ended_on", "einddatum", False, "tot en met; leeg = loopt nog", "tot", "end_date"),
)

AREA_COLUMNS = (
    Column("cbs_code", "cbs_code", True, "WK… voor een wijk, BU… voor een buurt", ("code",)),
    Column("name", "naam", True, "naam van wijk of buurt"),
    Column("parent_code", "wijkcode", False, "bij een buurt: de CBS-code van de wijk"),
)

POPULATION_COLUMNS = (
    Column("region_code", "regiocode", True, "NL01, GM…, WK… of BU…"),
    Column("region_name", "regionaam", True, "naam van de regio"),
    Column("year", "jaar", True, "peiljaar"),
    Column("low", "laag", False, "inwoners 15–74 jaar met opleiding laag"),
    Column("middle", "middelbaar", False, "inwoners 15–74 jaar met opleiding middelbaar"),
    Column("high", "hoog", False, "inwoners 15–74 jaar met opleiding hoog"),
    Column("source", "bron", True, "bijv. CBS 85984NED"),
    _code("status", "status", FigureStatus, True, "voorlopig, definitief of fictief"),
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

KIND_LABELS: dict[RecordKind, str] = {
    RecordKind.MEMBER: "Teamleden",
    RecordKind.CASE: "Casussen",
    RecordKind.ASSIGNMENT: "Toewijzingen",
    RecordKind.PHASE: "Fasen",
    RecordKind.AREA: "Wijken en buurten",
    RecordKind.POPULATION: "Bevolkingscijfers",
}


def header_of(kind: RecordKind, field: str) -> str:
    """The Dutch header of a field (the field name itself when unknown)."""
    return next((c.header for c in COLUMNS[kind] if c.field == field), field)


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
            problems.append(
                Problem(1, str(header), "", f"kolom dubbel: ook '{fields[field]}' is deze kolom")
            )
        else:
            fields[field] = str(header)
    for column in COLUMNS[kind]:
        if column.required and column.field not in fields:
            problems.append(Problem(1, column.header, "", "verplichte kolom ontbreekt"))
    return HeaderMap(fields, tuple(ignored), tuple(problems))
