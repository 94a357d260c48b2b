"""Neighbouring municipalities with smaller fictional teams, so comparisons have company.

Real: municipality names and CBS codes. Invented: wijken, buurten, population figures, teams,
members and cases. Sliedrecht's team is hbo-heavy, Gorinchem's leans on mbo'ers, Molenlanden
(formed in 2019) is mixed.
"""

from __future__ import annotations

import datetime as dt

from data_model.enums import Discipline as Dis
from data_model.enums import EducationLevel as Edu
from data_model.enums import Registration
from sample_data.specs import BuurtSpec, MunicipalitySpec, TeamSpec, WijkSpec, member

SKJ = Registration.SKJ
BIG = Registration.BIG
THUISZORG = "Thuiszorg De Waard"

SLIEDRECHT = MunicipalitySpec(
    "GM0610",
    "Sliedrecht",
    (
        WijkSpec(
            "WK061001",
            "Sliedrecht-Noord",
            (
                BuurtSpec("BU06100101", "Noord-West", 5200, (0.22, 0.44, 0.34)),
                BuurtSpec("BU06100102", "Noord-Oost", 4100, (0.30, 0.46, 0.24)),
            ),
        ),
        WijkSpec(
            "WK061002",
            "Sliedrecht-Zuid",
            (
                BuurtSpec("BU06100201", "Havenkwartier", 4800, (0.36, 0.45, 0.19)),
                BuurtSpec("BU06100202", "Rivierzijde", 4200, (0.27, 0.44, 0.29)),
            ),
        ),
    ),
    TeamSpec(
        name="Sociaal Team Sliedrecht",
        code_prefix="SL",
        founded_on=dt.date(2015, 1, 1),
        employer="Gemeente Sliedrecht",
        regular_cases_per_year=34,
        roster=(
            member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.89, "2015-01-01", registration=SKJ),
            member(
                Edu.HBO_MASTER, Dis.YOUTH_FAMILY, 0.78, "2015-01-01", "2020-12-31", registration=SKJ
            ),
            member(Edu.HBO_BACHELOR, Dis.SOCIAL_WORKER, 0.89, "2015-01-01"),
            member(Edu.HBO_BACHELOR, Dis.WMO_CONSULTANT, 0.67, "2016-05-01"),
            member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.89, "2015-01-01"),
            member(Edu.MBO4, Dis.CLIENT_SUPPORT, 0.67, "2018-02-01"),
            member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.89, "2021-01-01", registration=SKJ),
            member(Edu.WO_MASTER, Dis.BEHAVIOURAL_SCIENTIST, 0.44, "2015-01-01", registration=SKJ),
            member(
                Edu.HBO_BACHELOR,
                Dis.DISTRICT_NURSE,
                0.56,
                "2017-01-01",
                registration=BIG,
                employer=THUISZORG,
            ),
            member(Edu.HBO_BACHELOR, Dis.CASE_DIRECTOR, 0.78, "2022-04-01"),
            member(Edu.MBO4, Dis.YOUTH_WORKER, 0.67, "2016-01-01", "2022-08-31", employer="Vivenz"),
            member(Edu.HBO_BACHELOR, Dis.DEBT_COUNSELLOR, 0.67, "2019-09-01"),
        ),
    ),
)

GORINCHEM = MunicipalitySpec(
    "GM0512",
    "Gorinchem",
    (
        WijkSpec(
            "WK051201",
            "Binnenstad",
            (
                BuurtSpec("BU05120101", "Vesting", 3600, (0.25, 0.42, 0.33)),
                BuurtSpec("BU05120102", "Lingezijde", 5400, (0.38, 0.45, 0.17)),
            ),
        ),
        WijkSpec(
            "WK051202",
            "Gorinchem-Oost",
            (
                BuurtSpec("BU05120201", "Oost-Noord", 9000, (0.33, 0.46, 0.21)),
                BuurtSpec("BU05120202", "Oost-Zuid", 9000, (0.29, 0.45, 0.26)),
            ),
        ),
    ),
    TeamSpec(
        name="Wijkteam Gorinchem",
        code_prefix="GO",
        founded_on=dt.date(2015, 1, 1),
        employer="Vivenz",
        regular_cases_per_year=38,
        roster=(
            member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.89, "2015-01-01"),
            member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.78, "2015-01-01", "2019-12-31"),
            member(Edu.MBO4, Dis.CLIENT_SUPPORT, 0.89, "2016-03-01"),
            member(Edu.MBO4, Dis.YOUTH_WORKER, 0.78, "2017-09-01"),
            member(Edu.MBO3, Dis.CLIENT_SUPPORT, 0.67, "2018-01-01"),
            member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.89, "2015-01-01", registration=SKJ),
            member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.78, "2020-02-01", registration=SKJ),
            member(
                Edu.HBO_BACHELOR,
                Dis.WMO_CONSULTANT,
                0.78,
                "2015-01-01",
                "2023-03-31",
                employer="Gemeente Gorinchem",
            ),
            member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.89, "2020-01-01"),
            member(Edu.MBO2, Dis.EXPERIENCE_EXPERT, 0.5, "2022-01-01"),
            member(Edu.HBO_AD, Dis.SOCIAL_WORKER, 0.67, "2023-05-01"),
            member(Edu.WO_MASTER, Dis.BEHAVIOURAL_SCIENTIST, 0.5, "2019-01-01", registration=SKJ),
            member(Edu.MBO4, Dis.DEBT_COUNSELLOR, 0.78, "2019-06-01", "2024-09-30"),
            member(
                Edu.HBO_BACHELOR,
                Dis.DISTRICT_NURSE,
                0.56,
                "2016-01-01",
                registration=BIG,
                employer=THUISZORG,
            ),
        ),
    ),
)

MOLENLANDEN = MunicipalitySpec(
    "GM1978",
    "Molenlanden",
    (
        WijkSpec(
            "WK197801",
            "Giessenlanden",
            (
                BuurtSpec("BU19780101", "Arkel en omgeving", 6800, (0.30, 0.47, 0.23)),
                BuurtSpec("BU19780102", "Hoornaar en omgeving", 5200, (0.33, 0.47, 0.20)),
            ),
        ),
        WijkSpec(
            "WK197802",
            "Molenwaard",
            (
                BuurtSpec("BU19780201", "Bleskensgraaf en omgeving", 8600, (0.34, 0.46, 0.20)),
                BuurtSpec("BU19780202", "Nieuw-Lekkerland en omgeving", 7400, (0.31, 0.45, 0.24)),
            ),
        ),
        WijkSpec(
            "WK197803",
            "Polders",
            (BuurtSpec("BU19780301", "Buitengebied", 4000, (0.37, 0.46, 0.17)),),
        ),
    ),
    TeamSpec(
        name="Sociaal Team Molenlanden",
        code_prefix="ML",
        founded_on=dt.date(2019, 1, 1),
        employer="Gemeente Molenlanden",
        regular_cases_per_year=28,
        roster=(
            member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.89, "2019-01-01", registration=SKJ),
            member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.89, "2019-01-01"),
            member(Edu.HBO_BACHELOR, Dis.WMO_CONSULTANT, 0.78, "2019-01-01"),
            member(Edu.MBO4, Dis.CLIENT_SUPPORT, 0.67, "2019-01-01", "2022-06-30"),
            member(Edu.MBO4, Dis.CARER_COORDINATOR, 0.5, "2019-01-01"),
            member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.78, "2020-09-01", registration=SKJ),
            member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.78, "2022-07-01"),
            member(
                Edu.HBO_BACHELOR,
                Dis.DISTRICT_NURSE,
                0.67,
                "2019-01-01",
                registration=BIG,
                employer=THUISZORG,
            ),
            member(Edu.WO_MASTER, Dis.BEHAVIOURAL_SCIENTIST, 0.33, "2019-01-01", registration=SKJ),
            member(Edu.NONE, Dis.VOLUNTEER, 0.2, "2023-01-01", employer=""),
        ),
    ),
)

NEIGHBOURS = (SLIEDRECHT, GORINCHEM, MOLENLANDEN)
