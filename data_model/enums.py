"""Domain vocabularies. Values are the codes stored in the database and used in imports."""

from __future__ import annotations

from enum import StrEnum


class EducationLevel(StrEnum):
    MBO1 = "mbo1"
    MBO2 = "mbo2"
    MBO3 = "mbo3"
    MBO4 = "mbo4"
    HBO_AD = "hbo_ad"
    HBO_BACHELOR = "hbo_bachelor"
    HBO_MASTER = "hbo_master"
    WO_BACHELOR = "wo_bachelor"
    WO_MASTER = "wo_master"
    NONE = "none"
    UNKNOWN = "unknown"


class MemberKind(StrEnum):
    PROFESSIONAL = "professional"
    VOLUNTEER = "vrijwilliger"
    EXPERIENCE_EXPERT = "ervaringsdeskundige"
    INTERN = "stagiair"


class Discipline(StrEnum):
    SOCIAL_WORKER = "maatschappelijk_werker"
    YOUTH_FAMILY = "jeugd_gezinsprofessional"
    CLIENT_SUPPORT = "clientondersteuner"
    WMO_CONSULTANT = "wmo_consulent"
    DISTRICT_NURSE = "wijkverpleegkundige"
    BEHAVIOURAL_SCIENTIST = "gedragswetenschapper"
    DEBT_COUNSELLOR = "schuldhulpverlener"
    SOCIAL_BROKER = "sociaal_makelaar"
    YOUTH_WORKER = "jongerenwerker"
    EXPERIENCE_EXPERT = "ervaringsdeskundige"
    CARER_COORDINATOR = "mantelzorgcoordinator"
    CASE_DIRECTOR = "procesregisseur"
    VOLUNTEER = "vrijwilliger"
    OTHER = "overig"


class Registration(StrEnum):
    NONE = "geen"
    SKJ = "skj"
    BIG = "big"


class TargetGroup(StrEnum):
    YOUTH = "jeugd"
    FAMILY = "gezin"
    ADULT = "volwassene"
    ELDERLY = "oudere"


class Complexity(StrEnum):
    SINGLE = "enkelvoudig"
    MULTIPLE = "meervoudig_complex"


class RiskFlag(StrEnum):
    """Risks that make youth work subject to the norm van verantwoorde werktoedeling."""

    SAFETY = "veiligheidsrisico"
    CRISIS = "crisis"
    UNSAFE_ENVIRONMENT = "onveilige_omgeving"
    MULTIPLE_PROBLEMS = "meervoudige_problematiek"
    UNKNOWN_CAUSE = "onbekende_oorzaak"
    FLUCTUATING = "wisselend_verloop"
    KEY_ASSESSMENT = "sleutelrol_beoordeling"


class Pilot(StrEnum):
    NONE = "geen"
    CONFUSED_PERSONS = "verwarde_personen"
    PILOT_LIGHT = "waakvlam"


class ReferralSource(StrEnum):
    SELF = "zelfmelder"
    GP = "huisarts"
    SCHOOL = "school"
    POLICE = "politie"
    HOUSING = "woningcorporatie"
    NETWORK = "netwerk"
    OTHER = "overig"


class Outcome(StrEnum):
    SELF_RELIANT = "zelfredzaam"
    STEPPED_DOWN = "afgeschaald"
    ESCALATED = "opgeschaald"
    PILOT_LIGHT = "waakvlam"
    ENDED_EARLY = "voortijdig_beeindigd"
    ONGOING = "lopend"


class Role(StrEnum):
    LEAD = "regie"
    SUPPORT = "begeleiding"
    CONSULT = "consult"


class Phase(StrEnum):
    INTAKE = "toeleiding"
    GUIDANCE = "begeleiding"
    EXIT = "uitstroom"
    PILOT_LIGHT = "waakvlam"


class AreaKind(StrEnum):
    WIJK = "wijk"
    BUURT = "buurt"


class RegionKind(StrEnum):
    COUNTRY = "land"
    MUNICIPALITY = "gemeente"
    WIJK = "wijk"
    BUURT = "buurt"


class FigureStatus(StrEnum):
    PROVISIONAL = "voorlopig"
    FINAL = "definitief"
    FICTIONAL = "fictief"
