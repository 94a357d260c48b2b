"""Validated rows for entering and importing data, with a reason for every problem.

Pure: no database and no Streamlit. Field values are parsed leniently (Dutch and ISO dates,
decimal commas, Dutch labels for codes) and strictly checked; every problem says which field is
wrong and why, in the language of the current run (translated when the problem is found). Rules
that span several fields (end before start, outcome of a closed case) and references to the
store live in their own functions so they report per column too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar

import pandas as pd
from pydantic import BaseModel, BeforeValidator, ConfigDict, TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

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
    RegionKind,
    Registration,
    RiskFlag,
    Role,
    TargetGroup,
)
from i18n import t

MAX_FTE = 1.5


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input. `row` is the row number as the user sees it (None for
    the file as a whole); `column` the column name as the user sees it."""

    row: int | None
    column: str
    value: str
    reason: str


def show_value(value: object) -> str:
    """The offending value as text for a report (dates as dd-mm-jjjj, empty as '')."""
    if is_blank(value):
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%d-%m-%Y %H:%M}" if value.time() != dt.time() else f"{value:%d-%m-%Y}"
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    return str(value)


def match_key(text: str) -> str:
    """Lowercase, without accents and without anything but letters and digits."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def is_blank(value: object) -> bool:
    """None, NaN, NaT, NA or only whitespace."""
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


# --- field parsers (used as pydantic BeforeValidators) ------------------------------------------


def _required() -> PydanticCustomError:
    return PydanticCustomError("verplicht", t("validation.required"))


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")


def parse_date(value: object) -> dt.date | None:
    """dd-mm-jjjj, d-m-jjjj (also with / or .), jjjj-mm-dd, or a date/datetime; blank → None."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("datum", t("validation.invalid_date"))
    text = value.strip()
    if match := _DUTCH_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) != 4:
            raise PydanticCustomError("datum", t("validation.four_digit_year"))
    elif match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise PydanticCustomError("datum", t("validation.invalid_date"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise PydanticCustomError("datum", t("validation.date_does_not_exist")) from None


def required_date(value: object) -> dt.date:
    parsed = parse_date(value)
    if parsed is None:
        raise _required()
    return parsed


def parse_number(value: object) -> float | None:
    """A number, also written with a decimal comma; blank → None."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise PydanticCustomError("getal", t("validation.not_a_number"))
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise PydanticCustomError("getal", t("validation.not_a_number")) from None
    if math.isnan(number) or math.isinf(number):
        raise PydanticCustomError("getal", t("validation.not_a_number"))
    return number


def fte_value(value: object) -> float:
    number = parse_number(value)
    if number is None:
        raise _required()
    if not 0 < number <= MAX_FTE:
        raise PydanticCustomError("fte_bereik", t("validation.fte_range"))
    return number


def _whole_number(value: object, default: int | None) -> int | None:
    number = parse_number(value)
    if number is None:
        return default
    if number != int(number):
        raise PydanticCustomError("geheel_getal", t("validation.whole_number"))
    if number < 0:
        raise PydanticCustomError("negatief", t("validation.negative"))
    return int(number)


def years_value(value: object) -> int:
    years = _whole_number(value, default=0)
    assert years is not None
    if years > 60:
        raise PydanticCustomError("ervaring_bereik", t("validation.experience_range"))
    return years


def count_value(value: object) -> int | None:
    """A head count that may be unknown (blank or CBS '.')."""
    if isinstance(value, str) and value.strip() == ".":
        return None
    return _whole_number(value, default=None)


def year_value(value: object) -> int:
    year = _whole_number(value, default=None)
    if year is None:
        raise _required()
    if not 1990 <= year <= 2100:
        raise PydanticCustomError("jaar", t("validation.year_range"))
    return year


def _text(value: object, max_length: int, required: bool) -> str | None:
    if is_blank(value):
        if required:
            raise _required()
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)  # a spreadsheet turned code 123 into 123.0
    text = str(value).strip()
    if len(text) > max_length:
        raise PydanticCustomError("te_lang", t("validation.too_long", max=max_length))
    return text


def text_field(max_length: int) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = _text(value, max_length, required=True)
        assert text is not None
        return text

    return parse


def optional_text_field(max_length: int, default: str | None = None) -> Callable[[object], Any]:
    def parse(value: object) -> str | None:
        text = _text(value, max_length, required=False)
        return default if text is None else text

    return parse


def area_code_value(value: object) -> str | None:
    text = _text(value, 10, required=False)
    if text is None:
        return None
    code = text.replace(" ", "").upper()
    if not re.fullmatch(r"(WK|BU)\d{6,8}", code):
        raise PydanticCustomError("gebiedscode", t("validation.area_code"))
    return code


E = TypeVar("E", bound=StrEnum)

# Dutch labels and synonyms that a team leader may type, per vocabulary (keys as match_key).
ALIASES: dict[type[StrEnum], dict[str, str]] = {
    EducationLevel: {
        "hbo": "hbo_bachelor",
        "wo": "wo_bachelor",
        "ad": "hbo_ad",
        "associatedegree": "hbo_ad",
        "geen": "none",
        "geendiploma": "none",
        "onbekend": "unknown",
    },
    Discipline: {
        "jeugdengezinsprofessional": "jeugd_gezinsprofessional",
        "jgp": "jeugd_gezinsprofessional",
        "wmoconsulent": "wmo_consulent",
        "anders": "overig",
    },
    MemberKind: {
        "beroepskracht": "professional",
        "medewerker": "professional",
        "stagiaire": "stagiair",
        "ervaringsdeskundig": "ervaringsdeskundige",
    },
    Registration: {"nee": "geen", "": "geen"},
    TargetGroup: {"volwassenen": "volwassene", "ouderen": "oudere", "jongeren": "jeugd"},
    Complexity: {"meervoudig": "meervoudig_complex", "complex": "meervoudig_complex"},
    Pilot: {"nee": "geen", "verwardepersonen": "verwarde_personen"},
    Outcome: {
        "afgeschaaldnaarbasisvoorziening": "afgeschaald",
        "opgeschaaldnaartweedelijnshulp": "opgeschaald",
        "voortijdigbeeindigd": "voortijdig_beeindigd",
    },
    Role: {"regierol": "regie", "procesrol": "regie", "begeleidingsrol": "begeleiding"},
    Phase: {"verkenning": "toeleiding", "intake": "toeleiding"},
    FigureStatus: {},
}


def allowed_codes(enum_cls: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum_cls)


def parse_code(enum_cls: type[E], value: object) -> E:
    """The vocabulary member for a code or a Dutch label (case, accents, spaces ignored)."""
    if isinstance(value, enum_cls):
        return value
    key = match_key(str(value))
    aliases = ALIASES.get(enum_cls, {})
    for member in enum_cls:
        if match_key(member.value) == key:
            return member
    if key in aliases:
        return enum_cls(aliases[key])
    allowed = allowed_codes(enum_cls)
    raise PydanticCustomError("onbekende_code", t("validation.unknown_code", allowed=allowed))


def code_field(enum_cls: type[E], default: E | None = None) -> Callable[[object], E]:
    def parse(value: object) -> E:
        if is_blank(value):
            if default is None:
                raise _required()
            return default
        return parse_code(enum_cls, value)

    return parse


def optional_code_field(enum_cls: type[E]) -> Callable[[object], E | None]:
    def parse(value: object) -> E | None:
        return None if is_blank(value) else parse_code(enum_cls, value)

    return parse


def risk_flags_value(value: object) -> str:
    """Comma-separated risk codes (also ; or | between them) → canonical 'a,b'; blank → ''."""
    if is_blank(value):
        return ""
    parts = [part for part in re.split(r"[,;|]", str(value)) if part.strip()]
    flags: list[str] = []
    for part in parts:
        flag = parse_code(RiskFlag, part).value
        if flag not in flags:
            flags.append(flag)
    return ",".join(flags)


# --- row models ------------------------------------------------------------------------------


def _v(parse: Callable[[object], Any]) -> BeforeValidator:
    return BeforeValidator(parse)


class Row(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class MemberRow(Row):
    display_name: Annotated[str, _v(text_field(100))]
    pseudonym: Annotated[str, _v(text_field(40))]
    education_level: Annotated[EducationLevel, _v(code_field(EducationLevel))]
    discipline: Annotated[Discipline, _v(code_field(Discipline))]
    kind: Annotated[MemberKind, _v(code_field(MemberKind, MemberKind.PROFESSIONAL))]
    employer: Annotated[str, _v(optional_text_field(100, default=""))]
    fte: Annotated[float, _v(fte_value)]
    registration: Annotated[Registration, _v(code_field(Registration, Registration.NONE))]
    registration_valid_until: Annotated[dt.date | None, _v(parse_date)]
    started_on: Annotated[dt.date, _v(required_date)]
    ended_on: Annotated[dt.date | None, _v(parse_date)]
    years_experience: Annotated[int, _v(years_value)]


class CaseRow(Row):
    code: Annotated[str, _v(text_field(40))]
    area_code: Annotated[str | None, _v(area_code_value)]
    target_group: Annotated[TargetGroup, _v(code_field(TargetGroup))]
    complexity: Annotated[Complexity, _v(code_field(Complexity, Complexity.SINGLE))]
    risk_flags: Annotated[str, _v(risk_flags_value)]
    pilot: Annotated[Pilot, _v(code_field(Pilot, Pilot.NONE))]
    referral_source: Annotated[ReferralSource, _v(code_field(ReferralSource, ReferralSource.OTHER))]
    opened_on: Annotated[dt.date, _v(required_date)]
    closed_on: Annotated[dt.date | None, _v(parse_date)]
    outcome: Annotated[Outcome | None, _v(optional_code_field(Outcome))]
    tenzij_motivering: Annotated[str | None, _v(optional_text_field(2000))]


class AssignmentRow(Row):
    case_code: Annotated[str, _v(text_field(40))]
    member_pseudonym: Annotated[str, _v(text_field(40))]
    role: Annotated[Role, _v(code_field(Role))]
    started_on: Annotated[dt.date, _v(required_date)]
    ended_on: Annotated[dt.date | None, _v(parse_date)]


class PhaseRow(Row):
    case_code: Annotated[str, _v(text_field(40))]
    phase: Annotated[Phase, _v(code_field(Phase))]
    started_on: Annotated[dt.date, _v(required_date)]
    ended_on: Annotated[dt.date | None, _v(parse_date)]


def required_area_code(value: object) -> str:
    code = area_code_value(value)
    if code is None:
        raise _required()
    return code


def region_code_value(value: object) -> str:
    text = _text(value, 10, required=True)
    assert text is not None
    code = text.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}|GM\d{4}|WK\d{6}|BU\d{8}", code):
        raise PydanticCustomError("regiocode", t("validation.region_code"))
    return code


class AreaRow(Row):
    cbs_code: Annotated[str, _v(required_area_code)]
    name: Annotated[str, _v(text_field(100))]
    parent_code: Annotated[str | None, _v(area_code_value)]


class PopulationRow(Row):
    region_code: Annotated[str, _v(region_code_value)]
    region_name: Annotated[str, _v(text_field(100))]
    year: Annotated[int, _v(year_value)]
    low: Annotated[int | None, _v(count_value)]
    middle: Annotated[int | None, _v(count_value)]
    high: Annotated[int | None, _v(count_value)]
    source: Annotated[str, _v(text_field(60))]
    status: Annotated[FigureStatus, _v(code_field(FigureStatus))]


# --- rules over several fields ---------------------------------------------------------------

FieldProblem = tuple[str, object, str]  # field, value, reason


def _end_before_start(start: dt.date, end: dt.date | None, field: str) -> list[FieldProblem]:
    if end is not None and end < start:
        return [(field, end, t("validation.end_before_start", start=f"{start:%d-%m-%Y}"))]
    return []


def member_rules(row: MemberRow) -> list[FieldProblem]:
    problems = _end_before_start(row.started_on, row.ended_on, "ended_on")
    if row.registration != Registration.NONE and row.registration_valid_until is None:
        problems.append(("registration_valid_until", None, t("validation.registration_date")))
    return problems


def case_rules(row: CaseRow) -> list[FieldProblem]:
    problems = _end_before_start(row.opened_on, row.closed_on, "closed_on")
    if row.closed_on is None and row.outcome not in (None, Outcome.ONGOING, Outcome.PILOT_LIGHT):
        problems.append(("outcome", row.outcome, t("validation.open_case_outcome")))
    if row.closed_on is not None and row.outcome in (None, Outcome.ONGOING):
        reason = (
            t("validation.closed_case_needs_outcome")
            if row.outcome is None
            else t("validation.closed_case_not_ongoing")
        )
        problems.append(("outcome", row.outcome, reason))
    return problems


def period_rules(row: AssignmentRow | PhaseRow) -> list[FieldProblem]:
    return _end_before_start(row.started_on, row.ended_on, "ended_on")


def no_rules(_row: Row) -> list[FieldProblem]:
    return []


def case_outcome(row: CaseRow) -> Outcome:
    """The outcome to store: an open case without outcome is 'lopend'."""
    return row.outcome or Outcome.ONGOING


RULES: dict[type[Row], Callable[[Any], list[FieldProblem]]] = {
    MemberRow: member_rules,
    CaseRow: case_rules,
    AssignmentRow: period_rules,
    PhaseRow: period_rules,
    AreaRow: no_rules,
    PopulationRow: no_rules,
}

R = TypeVar("R", bound=Row)


@dataclass(frozen=True)
class Checked(Generic[R]):
    """Rows that passed, by their index in the input; the fields that failed per other index;
    and every problem found."""

    rows: dict[int, R]
    failed: dict[int, set[str]]
    problems: list[Problem]


# Errors raised by our own parsers: their message is already in the user's language.
OWN_ERRORS = frozenset(
    {
        "verplicht",
        "datum",
        "getal",
        "fte_bereik",
        "geheel_getal",
        "negatief",
        "ervaring_bereik",
        "jaar",
        "te_lang",
        "gebiedscode",
        "regiocode",
        "onbekende_code",
    }
)


def _reason(error: Mapping[str, Any]) -> str:
    """The reason for a pydantic error in the user's language (our own parsers give theirs)."""
    kind = error["type"]
    if kind in OWN_ERRORS:
        return str(error["msg"])
    if kind == "missing":
        return t("validation.missing")
    return t("validation.invalid")


def check_rows(
    model: type[R],
    records: Sequence[Mapping[str, object]],
    *,
    row_number: Callable[[int], int] = lambda index: index + 1,
    column_label: Callable[[str], str] = str,
) -> Checked[R]:
    """Validate all records at once (pydantic TypeAdapter) and then the cross-field rules."""
    adapter = TypeAdapter(list[model])  # type: ignore[valid-type]
    found: list[tuple[int, str, object, str]] = []  # index, field, value, reason
    try:
        adapter.validate_python(list(records))
    except ValidationError as error:
        for item in error.errors(include_url=False):
            index, field = int(item["loc"][0]), str(item["loc"][1])
            found.append((index, field, records[index].get(field), _reason(item)))
    failed: dict[int, set[str]] = {}
    for index, field, _, _ in found:
        failed.setdefault(index, set()).add(field)
    rows = {i: model.model_validate(dict(r)) for i, r in enumerate(records) if i not in failed}
    for index, row in list(rows.items()):
        for field, value, reason in RULES[model](row):
            found.append((index, field, value, reason))
            failed.setdefault(index, set()).add(field)
            rows.pop(index, None)
    problems = [
        Problem(row_number(index), column_label(field), show_value(value), reason)
        for index, field, value, reason in sorted(found, key=lambda item: item[0])
    ]
    return Checked(rows, failed, problems)


def check_one(model: type[R], record: Mapping[str, object], label: Callable[[str], str]) -> R:
    """One record from a form: the row, or RowInvalid with every problem (row number 1)."""
    checked = check_rows(model, [record], column_label=label)
    if checked.problems:
        raise RowInvalid(checked.problems)
    return checked.rows[0]


class RowInvalid(Exception):
    """A record from a form or the grid did not pass; `problems` say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.column}: {p.reason}" for p in problems))
        self.problems = problems


def region_kind_of(code: str) -> RegionKind:
    """Kind of a CBS region from its code prefix: NL land, GM gemeente, WK wijk, BU buurt."""
    prefix = code[:2].upper()
    kinds = {
        "NL": RegionKind.COUNTRY,
        "GM": RegionKind.MUNICIPALITY,
        "WK": RegionKind.WIJK,
        "BU": RegionKind.BUURT,
    }
    if prefix not in kinds:
        raise ValueError(f"not a CBS region code: {code!r}")
    return kinds[prefix]


def municipality_number(code: str) -> str:
    """The four digits of the municipality in a GM, WK or BU code ('' for NL)."""
    return code[2:6] if code[:2].upper() in {"GM", "WK", "BU"} else ""


def wijk_of(buurt_code: str) -> str:
    """The wijk code a buurt code belongs to: BU05230101 → WK052301."""
    return "WK" + buurt_code[2:8]
