"""Hardinxveld-Giessendam (GM0523): fictional areas, population mix and sociaal team.

Only the municipality's name, CBS code and its two kernen are real; wijk and buurt names,
population figures, team members and cases are invented and labelled "fictief".
The municipality has 18,051 inhabitants; the schema stores no inhabitant count, only the
15-74 education counts (≈13,000 here).
"""

from __future__ import annotations

import datetime as dt

from data_model.enums import Discipline as Dis
from data_model.enums import EducationLevel as Edu
from data_model.enums import Pilot, Registration
from sample_data.specs import (
    BuurtSpec,
    MunicipalitySpec,
    PilotSpec,
    RegistrationPlan,
    TeamSpec,
    WijkSpec,
    member,
)

INHABITANTS = 18_051
SKJ = Registration.SKJ
BIG = Registration.BIG
GEMEENTE = "Gemeente Hardinxveld-Giessendam"
THUISZORG = "Thuiszorg De Waard"

WIJKEN = (
    WijkSpec(
        "WK052301",
        "Giessendam en Neder-Hardinxveld",
        (
            BuurtSpec("BU05230101", "Giessendam", 4200, (0.24, 0.44, 0.32)),
            BuurtSpec("BU05230102", "Neder-Hardinxveld", 3600, (0.36, 0.47, 0.17)),
        ),
    ),
    WijkSpec(
        "WK052302",
        "Boven-Hardinxveld",
        (
            BuurtSpec("BU05230201", "Boven-Hardinxveld", 4300, (0.28, 0.45, 0.27)),
            BuurtSpec("BU05230202", "Buitengebied", 900, (0.38, 0.45, 0.17)),
        ),
    ),
)

ROSTER = (
    member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.89, "2015-01-01", registration=SKJ,
           name="Anouk de Vries", prior=6),
    member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.89, "2015-01-01", name="Sander Bakhuis", prior=4),
    member(Edu.HBO_BACHELOR, Dis.SOCIAL_WORKER, 0.78, "2015-01-01", "2019-08-31",
           name="Fatima El Amrani", prior=3),
    member(Edu.MBO4, Dis.YOUTH_WORKER, 0.67, "2015-01-01", "2021-03-31",
           name="Joost van Wijngaarden", prior=2),
    member(Edu.HBO_BACHELOR, Dis.DISTRICT_NURSE, 0.56, "2016-03-01", registration=BIG,
           name="Marieke Verhoef", employer=THUISZORG, prior=11),
    member(Edu.HBO_BACHELOR, Dis.WMO_CONSULTANT, 0.89, "2015-01-01", name="Ruud Kortland",
           employer=GEMEENTE, prior=8),
    member(Edu.MBO4, Dis.CLIENT_SUPPORT, 0.78, "2017-02-01", name="Lisa Hoogendoorn", prior=1),
    member(Edu.WO_MASTER, Dis.BEHAVIOURAL_SCIENTIST, 0.5, "2015-01-01", registration=SKJ,
           name="Ilse Brouwer-Smit", prior=9),
    member(Edu.HBO_BACHELOR, Dis.DEBT_COUNSELLOR, 0.67, "2018-09-01", "2023-06-30",
           name="Kees Molenaar", employer=GEMEENTE, prior=5),
    member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.78, "2019-04-01", registration=SKJ,
           plan=RegistrationPlan.EXPIRING, name="Noor Yilmaz", prior=2),
    member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.89, "2019-10-01", name="Dewi Pattipeilohy", prior=0),
    member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.89, "2015-01-01", "2022-12-31",
           registration=SKJ, name="Thomas Rijsdijk", prior=4),
    member(Edu.MBO2, Dis.EXPERIENCE_EXPERT, 0.5, "2021-09-01", name="Esther van Gelder",
           prior=0),
    member(Edu.MBO4, Dis.YOUTH_WORKER, 0.78, "2021-06-01", name="Bram Stam", prior=3),
    member(Edu.HBO_BACHELOR, Dis.YOUTH_FAMILY, 0.67, "2022-11-01", registration=SKJ,
           plan=RegistrationPlan.EXPIRED, name="Sanne Kraaijeveld", prior=5),
    member(Edu.NONE, Dis.VOLUNTEER, 0.2, "2023-03-01", name="Wim de Jong", employer="",
           prior=0),
    member(Edu.MBO4, Dis.SOCIAL_WORKER, 0.78, "2023-08-01", name="Mila Jansen", prior=1),
)  # fmt: skip

TEAM = TeamSpec(
    name="Sociaal Team Hardinxveld-Giessendam",
    code_prefix="HG",
    founded_on=dt.date(2015, 1, 1),
    employer="Vivenz",
    roster=ROSTER,
    regular_cases_per_year=60,
    pilots=(
        PilotSpec(Pilot.CONFUSED_PERSONS, dt.date(2021, 1, 1), dt.date(2023, 12, 31), cases=35),
        PilotSpec(Pilot.PILOT_LIGHT, dt.date(2022, 1, 1), None, cases=50),
    ),
)

HARDINXVELD_GIESSENDAM = MunicipalitySpec("GM0523", "Hardinxveld-Giessendam", WIJKEN, TEAM)
