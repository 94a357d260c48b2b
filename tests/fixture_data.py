"""A tiny hand-made data set whose figures are worked out by hand in the tests.

Period used by the tests: 2026-01-01 t/m 2026-06-30 (PERIOD_START, PERIOD_END).
Members active on 2026-06-30: Anna (mbo4), Bram (hbo, SKJ), Carla (hbo), Eva (no diploma),
Frank (unknown) -> headcount 5, FTE 3.2; CBS groups without unknown: laag 1, middelbaar 1,
hoog 2 -> t = (0.25, 0.25, 0.50). Dirk (mbo3) left on 2026-03-31.
Testdorp population (fictief): 300/500/200 -> p = (0.3, 0.5, 0.2); D = 0.30.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date
PERIOD_START = D(2026, 1, 1)
PERIOD_END = D(2026, 6, 30)

MEMBER_NAMES: tuple[str, ...] = ("Anna Jansen", "Bram de Boer", "Carla Smit", "Dirk Mulder")
MEMBER_NAMES += ("Eva Visser", "Frank Bakker", "Gert Hoek", "Hanna Kok")
CASE_CODES = ("TD-001", "TD-002", "TD-003", "TD-004", "TD-005", "TD-006", "VS-101")


def _member(
    id_: int, team: int, name: str, level: str, discipline: str, fte: float, **extra: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": id_,
        "team_id": team,
        "display_name": name,
        "pseudonym": f"T-{id_:02d}",
        "education_level": level,
        "discipline": discipline,
        "kind": "professional",
        "employer": "Vivenz",
        "fte": fte,
        "registration": "geen",
        "registration_valid_until": None,
        "started_on": D(2020, 1, 1),
        "ended_on": None,
        "years_experience": 5,
    }
    row.update(extra)
    return row


def _case(id_: int, team: int, code: str, area: int | None, group: str, **extra: Any) -> dict:
    row: dict[str, Any] = {
        "id": id_,
        "team_id": team,
        "code": code,
        "area_id": area,
        "target_group": group,
        "complexity": "enkelvoudig",
        "risk_flags": "",
        "pilot": "geen",
        "referral_source": "huisarts",
        "opened_on": None,
        "closed_on": None,
        "outcome": "lopend",
        "tenzij_motivering": None,
    }
    row.update(extra)
    return row


def _assignment(id_: int, case: int, member: int, role: str, start: dt.date, end=None) -> dict:
    return {
        "id": id_,
        "case_id": case,
        "member_id": member,
        "role": role,
        "started_on": start,
        "ended_on": end,
    }


def _phase(id_: int, case: int, phase: str, start: dt.date, end=None) -> dict:
    return {"id": id_, "case_id": case, "phase": phase, "started_on": start, "ended_on": end}


def _population(id_: int, code: str, name: str, kind: str, low: int, mid: int, high: int) -> dict:
    return {
        "id": id_,
        "region_code": code,
        "region_name": name,
        "region_kind": kind,
        "year": 2023,
        "low": low,
        "middle": mid,
        "high": high,
        "source": "fictief",
        "status": "fictief",
    }


def tiny_dataset() -> dict[str, list[dict[str, Any]]]:
    return {
        "municipality": [
            {"id": 1, "cbs_code": "GM9991", "name": "Testdorp"},
            {"id": 2, "cbs_code": "GM9992", "name": "Vergelijkstad"},
        ],
        "area": [
            {
                "id": 1,
                "municipality_id": 1,
                "parent_id": None,
                "cbs_code": "WK999101",
                "name": "Testwijk",
                "kind": "wijk",
            },
            {
                "id": 2,
                "municipality_id": 1,
                "parent_id": 1,
                "cbs_code": "BU99910101",
                "name": "Noord",
                "kind": "buurt",
            },
            {
                "id": 3,
                "municipality_id": 1,
                "parent_id": 1,
                "cbs_code": "BU99910102",
                "name": "Zuid",
                "kind": "buurt",
            },
        ],
        "population_education": [
            _population(1, "GM9991", "Testdorp", "gemeente", 300, 500, 200),
            _population(2, "WK999101", "Testwijk", "wijk", 300, 500, 200),
            _population(3, "BU99910101", "Noord", "buurt", 100, 300, 100),
            _population(4, "BU99910102", "Zuid", "buurt", 200, 200, 100),
            _population(5, "GM9992", "Vergelijkstad", "gemeente", 100, 100, 200),
            {
                **_population(6, "NL01", "Nederland", "land", 3663210, 5505600, 4100340),
                "year": 2020,
                "source": "CBS 84799NED",
                "status": "definitief",
            },
        ],
        "team": [
            {"id": 1, "municipality_id": 1, "name": "Testteam", "founded_on": D(2020, 1, 1)},
            {"id": 2, "municipality_id": 2, "name": "Team Vergelijk", "founded_on": D(2021, 1, 1)},
        ],
        "member": [
            _member(1, 1, "Anna Jansen", "mbo4", "maatschappelijk_werker", 1.0),
            _member(
                2,
                1,
                "Bram de Boer",
                "hbo_bachelor",
                "jeugd_gezinsprofessional",
                0.8,
                registration="skj",
                registration_valid_until=D(2027, 12, 31),
            ),
            _member(
                3, 1, "Carla Smit", "hbo_bachelor", "wmo_consulent", 1.0, started_on=D(2021, 1, 1)
            ),
            _member(
                4, 1, "Dirk Mulder", "mbo3", "clientondersteuner", 0.5, ended_on=D(2026, 3, 31)
            ),
            _member(
                5,
                1,
                "Eva Visser",
                "none",
                "ervaringsdeskundige",
                0.2,
                kind="ervaringsdeskundige",
                started_on=D(2022, 1, 1),
            ),
            _member(6, 1, "Frank Bakker", "unknown", "vrijwilliger", 0.2, kind="vrijwilliger"),
            _member(7, 2, "Gert Hoek", "mbo4", "maatschappelijk_werker", 1.0),
            _member(8, 2, "Hanna Kok", "hbo_master", "gedragswetenschapper", 1.0),
        ],
        "case": [
            _case(
                1, 1, "TD-001", 2, "jeugd", risk_flags="veiligheidsrisico", opened_on=D(2025, 10, 1)
            ),
            _case(
                2,
                1,
                "TD-002",
                3,
                "volwassene",
                opened_on=D(2026, 2, 1),
                closed_on=D(2026, 5, 31),
                outcome="zelfredzaam",
            ),
            _case(3, 1, "TD-003", 2, "jeugd", risk_flags="crisis", opened_on=D(2026, 1, 15)),
            _case(
                4,
                1,
                "TD-004",
                3,
                "jeugd",
                risk_flags="crisis",
                opened_on=D(2026, 3, 1),
                tenzij_motivering="Gedragswetenschapper adviseert wekelijks.",
            ),
            _case(
                5,
                1,
                "TD-005",
                2,
                "oudere",
                opened_on=D(2024, 1, 1),
                closed_on=D(2024, 6, 30),
                outcome="zelfredzaam",
            ),
            _case(
                6,
                1,
                "TD-006",
                3,
                "gezin",
                pilot="waakvlam",
                opened_on=D(2025, 6, 1),
                outcome="waakvlam",
            ),
            _case(7, 2, "VS-101", None, "volwassene", opened_on=D(2026, 1, 10)),
        ],
        "assignment": [
            _assignment(1, 1, 1, "regie", D(2025, 10, 1)),
            _assignment(2, 1, 2, "begeleiding", D(2025, 10, 1)),
            _assignment(3, 2, 3, "regie", D(2026, 2, 1), D(2026, 5, 31)),
            _assignment(4, 3, 1, "regie", D(2026, 1, 15)),
            _assignment(5, 3, 4, "begeleiding", D(2026, 1, 15), D(2026, 3, 31)),
            _assignment(6, 4, 1, "regie", D(2026, 3, 1)),
            _assignment(7, 4, 3, "begeleiding", D(2026, 3, 1)),
            _assignment(8, 5, 3, "regie", D(2024, 1, 1), D(2024, 6, 30)),
            _assignment(9, 6, 1, "regie", D(2025, 6, 1)),
            _assignment(10, 6, 5, "begeleiding", D(2025, 6, 1)),
            _assignment(11, 7, 7, "regie", D(2026, 1, 10)),
            _assignment(12, 7, 8, "begeleiding", D(2026, 1, 10)),
        ],
        "phase_period": [
            _phase(1, 1, "toeleiding", D(2025, 10, 1), D(2025, 11, 30)),
            _phase(2, 1, "begeleiding", D(2025, 12, 1)),
            _phase(3, 2, "toeleiding", D(2026, 2, 1), D(2026, 2, 28)),
            _phase(4, 2, "begeleiding", D(2026, 3, 1), D(2026, 5, 15)),
            _phase(5, 2, "uitstroom", D(2026, 5, 16), D(2026, 5, 31)),
            _phase(6, 3, "toeleiding", D(2026, 1, 15), D(2026, 3, 31)),
            _phase(7, 3, "begeleiding", D(2026, 4, 1)),
            _phase(8, 4, "toeleiding", D(2026, 3, 1)),
            _phase(9, 5, "toeleiding", D(2024, 1, 1), D(2024, 6, 30)),
            _phase(10, 6, "toeleiding", D(2025, 6, 1), D(2025, 7, 31)),
            _phase(11, 6, "begeleiding", D(2025, 8, 1), D(2025, 12, 31)),
            _phase(12, 6, "waakvlam", D(2026, 1, 1)),
            _phase(13, 7, "toeleiding", D(2026, 1, 10)),
        ],
    }
