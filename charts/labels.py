"""Dutch display labels for the stored codes."""

from __future__ import annotations

CODE_LABELS: dict[str, str] = {
    # education levels
    "mbo1": "mbo-1",
    "mbo2": "mbo-2",
    "mbo3": "mbo-3",
    "mbo4": "mbo-4",
    "hbo_ad": "hbo associate degree",
    "hbo_bachelor": "hbo-bachelor",
    "hbo_master": "hbo-master",
    "wo_bachelor": "wo-bachelor",
    "wo_master": "wo-master",
    "none": "geen diploma",
    "unknown": "onbekend",
    # disciplines
    "maatschappelijk_werker": "maatschappelijk werker",
    "jeugd_gezinsprofessional": "jeugd- en gezinsprofessional",
    "clientondersteuner": "cliëntondersteuner",
    "wmo_consulent": "wmo-consulent",
    "wijkverpleegkundige": "wijkverpleegkundige",
    "gedragswetenschapper": "gedragswetenschapper",
    "schuldhulpverlener": "schuldhulpverlener",
    "sociaal_makelaar": "sociaal makelaar",
    "jongerenwerker": "jongerenwerker",
    "mantelzorgcoordinator": "mantelzorgcoördinator",
    "procesregisseur": "procesregisseur",
    # member kinds
    "professional": "professional",
    "vrijwilliger": "vrijwilliger",
    "ervaringsdeskundige": "ervaringsdeskundige",
    "stagiair": "stagiair",
    # case attributes
    "meervoudig_complex": "meervoudig complex",
    "enkelvoudig": "enkelvoudig",
    "verwarde_personen": "verwarde personen",
    "geen": "geen",
    "voortijdig_beeindigd": "voortijdig beëindigd",
    "opgeschaald": "opgeschaald (tweedelijns hulp)",
    "afgeschaald": "afgeschaald (basisvoorziening)",
}


def label(code: object) -> str:
    """The Dutch label of a code, or the code itself."""
    return CODE_LABELS.get(str(code), str(code))
