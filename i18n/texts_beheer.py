"""Texts of the beheer pages and the modules behind them."""

from __future__ import annotations

BEHEER: dict[str, dict[str, str]] = {
    # --- validation of entered and imported rows (data_model.validation) ------------------------
    "validation.required": {"nl": "verplicht veld is leeg", "en": "required field is empty"},
    "validation.missing": {"nl": "verplicht veld ontbreekt", "en": "required field is missing"},
    "validation.invalid": {"nl": "ongeldige waarde", "en": "invalid value"},
    "validation.invalid_date": {
        "nl": "geen geldige datum: gebruik dd-mm-jjjj (bijv. 31-12-2025) of jjjj-mm-dd",
        "en": "not a valid date: use dd-mm-yyyy (e.g. 31-12-2025) or yyyy-mm-dd",
    },
    "validation.four_digit_year": {
        "nl": "het jaartal moet vier cijfers hebben",
        "en": "the year must have four digits",
    },
    "validation.date_does_not_exist": {
        "nl": "deze datum bestaat niet",
        "en": "this date does not exist",
    },
    "validation.not_a_number": {"nl": "geen getal", "en": "not a number"},
    "validation.fte_range": {
        "nl": "FTE moet groter dan 0 en ten hoogste 1,5 zijn (bijv. 0,8)",
        "en": "FTE must be more than 0 and at most 1.5 (e.g. 0.8)",
    },
    "validation.whole_number": {"nl": "moet een geheel getal zijn", "en": "must be a whole number"},
    "validation.negative": {"nl": "mag niet negatief zijn", "en": "must not be negative"},
    "validation.experience_range": {
        "nl": "jaren ervaring moet tussen 0 en 60 liggen",
        "en": "years of experience must be between 0 and 60",
    },
    "validation.year_range": {
        "nl": "jaartal moet tussen 1990 en 2100 liggen",
        "en": "the year must be between 1990 and 2100",
    },
    "validation.too_long": {
        "nl": "te lang: ten hoogste {max} tekens",
        "en": "too long: at most {max} characters",
    },
    "validation.area_code": {
        "nl": "geen CBS-code van een wijk (WK…) of buurt (BU…), bijv. BU05230101",
        "en": "not a CBS code of a district (WK…) or neighbourhood (BU…), e.g. BU05230101",
    },
    "validation.unknown_code": {
        "nl": "onbekende code; kies uit: {allowed}",
        "en": "unknown code; choose from: {allowed}",
    },
    "validation.region_code": {
        "nl": "geen CBS-regiocode (NL01, GM0523, WK052301 of BU05230101)",
        "en": "not a CBS region code (NL01, GM0523, WK052301 or BU05230101)",
    },
    "validation.end_before_start": {
        "nl": "einddatum ligt vóór de startdatum ({start})",
        "en": "the end date is before the start date ({start})",
    },
    "validation.registration_date": {
        "nl": "verplicht bij een SKJ- of BIG-registratie",
        "en": "required with an SKJ or BIG registration",
    },
    "validation.open_case_outcome": {
        "nl": "een casus zonder sluitdatum is 'lopend' of 'waakvlam'",
        "en": "a case without a closing date is 'lopend' (ongoing) or 'waakvlam' (pilot light)",
    },
    "validation.closed_case_needs_outcome": {
        "nl": "uitkomst ontbreekt bij een gesloten casus",
        "en": "a closed case needs an outcome",
    },
    "validation.closed_case_not_ongoing": {
        "nl": "een gesloten casus kan niet 'lopend' zijn",
        "en": "a closed case cannot be 'lopend' (ongoing)",
    },
    # --- kinds of record and their columns (data_model.columns) ---------------------------------
    "beheer.kind.member": {"nl": "Teamleden", "en": "Team members"},
    "beheer.kind.case": {"nl": "Casussen", "en": "Cases"},
    "beheer.kind.assignment": {"nl": "Toewijzingen", "en": "Assignments"},
    "beheer.kind.phase": {"nl": "Fasen", "en": "Phases"},
    "beheer.kind.area": {"nl": "Wijken en buurten", "en": "Districts and neighbourhoods"},
    "beheer.kind.population": {"nl": "Bevolkingscijfers", "en": "Population figures"},
    # On-screen column labels; in Dutch exactly the header that files use.
    "beheer.column.display_name": {"nl": "naam", "en": "name"},
    "beheer.column.pseudonym": {"nl": "pseudoniem", "en": "pseudonym"},
    "beheer.column.education_level": {"nl": "opleiding", "en": "education"},
    "beheer.column.discipline": {"nl": "discipline", "en": "discipline"},
    "beheer.column.kind": {"nl": "soort", "en": "kind"},
    "beheer.column.employer": {"nl": "werkgever", "en": "employer"},
    "beheer.column.fte": {"nl": "fte", "en": "FTE"},
    "beheer.column.registration": {"nl": "registratie", "en": "registration"},
    "beheer.column.registration_valid_until": {
        "nl": "registratie_geldig_tot",
        "en": "registration valid until",
    },
    "beheer.column.started_on": {"nl": "startdatum", "en": "start date"},
    "beheer.column.ended_on": {"nl": "einddatum", "en": "end date"},
    "beheer.column.years_experience": {"nl": "jaren_ervaring", "en": "years of experience"},
    "beheer.column.code": {"nl": "casuscode", "en": "case code"},
    "beheer.column.area_code": {"nl": "gebiedscode", "en": "area code"},
    "beheer.column.target_group": {"nl": "doelgroep", "en": "target group"},
    "beheer.column.complexity": {"nl": "complexiteit", "en": "complexity"},
    "beheer.column.risk_flags": {"nl": "risicos", "en": "risks"},
    "beheer.column.pilot": {"nl": "pilot", "en": "pilot"},
    "beheer.column.referral_source": {"nl": "verwijzer", "en": "referred by"},
    "beheer.column.opened_on": {"nl": "geopend_op", "en": "opened on"},
    "beheer.column.closed_on": {"nl": "gesloten_op", "en": "closed on"},
    "beheer.column.outcome": {"nl": "uitkomst", "en": "outcome"},
    "beheer.column.tenzij_motivering": {"nl": "tenzij_motivering", "en": "justification"},
    "beheer.column.case_code": {"nl": "casuscode", "en": "case code"},
    "beheer.column.member_pseudonym": {"nl": "pseudoniem", "en": "pseudonym"},
    "beheer.column.role": {"nl": "rol", "en": "role"},
    "beheer.column.phase": {"nl": "fase", "en": "phase"},
    "beheer.column.cbs_code": {"nl": "cbs_code", "en": "CBS code"},
    "beheer.column.name": {"nl": "naam", "en": "name"},
    "beheer.column.parent_code": {"nl": "wijkcode", "en": "district code"},
    "beheer.column.region_code": {"nl": "regiocode", "en": "region code"},
    "beheer.column.region_name": {"nl": "regionaam", "en": "region name"},
    "beheer.column.year": {"nl": "jaar", "en": "year"},
    "beheer.column.low": {"nl": "laag", "en": "low"},
    "beheer.column.middle": {"nl": "middelbaar", "en": "middle"},
    "beheer.column.high": {"nl": "hoog", "en": "high"},
    "beheer.column.source": {"nl": "bron", "en": "source"},
    "beheer.column.status": {"nl": "status", "en": "status"},
    "beheer.column.date_help": {
        "nl": "{help} (datum als dd-mm-jjjj of jjjj-mm-dd)",
        "en": "{help} (date as dd-mm-yyyy or yyyy-mm-dd)",
    },
    "beheer.column.codes_help": {"nl": "{help}; codes: {codes}", "en": "{help}; codes: {codes}"},
    # What each column holds (form help, grid help, the templates' explanation).
    "beheer.help.member_name": {"nl": "naam van het teamlid", "en": "name of the team member"},
    "beheer.help.pseudonym": {
        "nl": "vaste korte code, uniek in het team",
        "en": "fixed short code, unique within the team",
    },
    "beheer.help.education_level": {
        "nl": "hoogst behaalde opleiding",
        "en": "highest education completed",
    },
    "beheer.help.discipline": {"nl": "vak of functie", "en": "profession or job"},
    "beheer.help.default_professional": {
        "nl": "standaard professional",
        "en": "default: professional",
    },
    "beheer.help.employer": {"nl": "organisatie", "en": "organisation"},
    "beheer.help.fte": {
        "nl": "formatie, groter dan 0 en ten hoogste 1,5",
        "en": "contracted FTE, more than 0 and at most 1.5",
    },
    "beheer.help.registration": {
        "nl": "SKJ- of BIG-registratie, standaard geen",
        "en": "SKJ or BIG registration, default: geen (none)",
    },
    "beheer.help.registration_valid_until": {
        "nl": "verplicht bij SKJ/BIG",
        "en": "required with SKJ/BIG",
    },
    "beheer.help.member_started": {"nl": "in het team sinds", "en": "in the team since"},
    "beheer.help.member_ended": {
        "nl": "uit het team per; leeg = nog actief",
        "en": "left the team on; empty = still active",
    },
    "beheer.help.years_experience": {
        "nl": "hele jaren, standaard 0",
        "en": "whole years, default: 0",
    },
    "beheer.help.case_code": {
        "nl": "pseudoniem van de casus, nooit een naam",
        "en": "pseudonym of the case, never a name",
    },
    "beheer.help.area_code": {
        "nl": "CBS-code van wijk of buurt (WK…/BU…) van het huishouden",
        "en": "CBS code of the household's district or neighbourhood (WK…/BU…)",
    },
    "beheer.help.target_group": {"nl": "doelgroep", "en": "target group"},
    "beheer.help.default_single": {
        "nl": "standaard enkelvoudig",
        "en": "default: enkelvoudig (single)",
    },
    "beheer.help.risk_flags": {
        "nl": "risico's, gescheiden door komma's",
        "en": "risks, separated by commas",
    },
    "beheer.help.default_none": {"nl": "standaard geen", "en": "default: geen (none)"},
    "beheer.help.default_other": {"nl": "standaard overig", "en": "default: overig (other)"},
    "beheer.help.case_opened": {"nl": "startdatum van de casus", "en": "start date of the case"},
    "beheer.help.case_closed": {"nl": "leeg = loopt nog", "en": "empty = still open"},
    "beheer.help.outcome": {
        "nl": "leeg bij een open casus = lopend",
        "en": "empty for an open case = lopend (ongoing)",
    },
    "beheer.help.tenzij_motivering": {
        "nl": "pas toe of leg uit",
        "en": "comply or explain: why the case may deviate from the standard",
    },
    "beheer.help.case_in_team": {"nl": "casus uit dit team", "en": "a case of this team"},
    "beheer.help.member_pseudonym": {
        "nl": "pseudoniem van het teamlid",
        "en": "pseudonym of the team member",
    },
    "beheer.help.role": {"nl": "rol in de casus", "en": "role in the case"},
    "beheer.help.from": {"nl": "vanaf", "en": "from"},
    "beheer.help.until": {
        "nl": "tot en met; leeg = loopt nog",
        "en": "up to and including; empty = still running",
    },
    "beheer.help.phase": {"nl": "fase van de casus", "en": "phase of the case"},
    "beheer.help.cbs_code": {
        "nl": "WK… voor een wijk, BU… voor een buurt",
        "en": "WK… for a district, BU… for a neighbourhood",
    },
    "beheer.help.area_name": {
        "nl": "naam van wijk of buurt",
        "en": "name of the district or neighbourhood",
    },
    "beheer.help.parent_code": {
        "nl": "bij een buurt: de CBS-code van de wijk",
        "en": "for a neighbourhood: the CBS code of its district",
    },
    "beheer.help.region_code": {"nl": "NL01, GM…, WK… of BU…", "en": "NL01, GM…, WK… or BU…"},
    "beheer.help.region_name": {"nl": "naam van de regio", "en": "name of the region"},
    "beheer.help.year": {"nl": "peiljaar", "en": "reference year"},
    "beheer.help.low": {
        "nl": "inwoners 15–74 jaar met opleiding laag",
        "en": "residents aged 15–74 with a low education level",
    },
    "beheer.help.middle": {
        "nl": "inwoners 15–74 jaar met opleiding middelbaar",
        "en": "residents aged 15–74 with a middle education level",
    },
    "beheer.help.high": {
        "nl": "inwoners 15–74 jaar met opleiding hoog",
        "en": "residents aged 15–74 with a high education level",
    },
    "beheer.help.source": {"nl": "bijv. CBS 85984NED", "en": "e.g. CBS 85984NED"},
    "beheer.help.status": {
        "nl": "voorlopig, definitief of fictief",
        "en": "voorlopig (provisional), definitief (final) or fictief (fictional)",
    },
    "import.column_twice": {
        "nl": "kolom dubbel: ook '{other}' is deze kolom",
        "en": "column given twice: '{other}' is this column too",
    },
    "import.required_column_missing": {
        "nl": "verplichte kolom ontbreekt",
        "en": "required column is missing",
    },
    # --- importing team files (data_model.importing, ui.beheer_files) ---------------------------
    "import.or": {"nl": "of", "en": "or"},
    "import.upload.wrong_type": {
        "nl": "Het bestand '{file}' heeft het verkeerde type: kies een {kinds}-bestand.",
        "en": "The file '{file}' is of the wrong type: choose a {kinds} file.",
    },
    "import.upload.too_big": {
        "nl": "Het bestand '{file}' is te groot ({size} MB); de grens is {limit} MB.",
        "en": "The file '{file}' is too big ({size} MB); the limit is {limit} MB.",
    },
    "import.upload.empty": {
        "nl": "Het bestand '{file}' is leeg.",
        "en": "The file '{file}' is empty.",
    },
    "import.file.not_text": {
        "nl": "Dit bestand is geen tekst (CSV). Kies een .csv- of .xlsx-bestand.",
        "en": "This file is not text (CSV). Choose a .csv or .xlsx file.",
    },
    "import.file.csv_unreadable": {
        "nl": "Het CSV-bestand kan niet worden gelezen: {error}.",
        "en": "The CSV file cannot be read: {error}.",
    },
    "import.file.not_xlsx": {
        "nl": "Dit bestand is geen Excel-bestand (.xlsx).",
        "en": "This file is not an Excel file (.xlsx).",
    },
    "import.file.xlsx_unreadable": {
        "nl": "Het Excel-bestand kan niet worden gelezen: {error}.",
        "en": "The Excel file cannot be read: {error}.",
    },
    "import.file.no_sheets": {
        "nl": "Het Excel-bestand heeft geen werkbladen.",
        "en": "The Excel file has no worksheets.",
    },
    "import.file.choose_type": {
        "nl": "Kies een .csv- of .xlsx-bestand.",
        "en": "Choose a .csv or .xlsx file.",
    },
    "import.file.no_rows": {"nl": "het bestand bevat geen rijen", "en": "the file has no rows"},
    "import.file.too_many_rows": {
        "nl": "te veel rijen: ten hoogste {max} per bestand",
        "en": "too many rows: at most {max} per file",
    },
    "import.still_problems": {
        "nl": "Dit bestand heeft nog fouten; er is niets geïmporteerd.",
        "en": "This file still has errors; nothing was imported.",
    },
    "import.team_gone": {
        "nl": "Dit team bestaat niet meer; er is niets geïmporteerd.",
        "en": "This team no longer exists; nothing was imported.",
    },
    "import.explanation.required": {"nl": "verplicht", "en": "required"},
    "import.explanation.help": {"nl": "uitleg", "en": "explanation"},
    "import.explanation.aliases": {
        "nl": "ook_toegestaan_als_kopje",
        "en": "also_allowed_as_header",
    },
    "import.explanation.no": {"nl": "nee", "en": "no"},
    "import.explanation.sheet": {"nl": "toelichting", "en": "explanation"},
    "import.problems.row": {"nl": "rij", "en": "row"},
    "import.problems.column": {"nl": "kolom", "en": "column"},
    "import.problems.value": {"nl": "waarde", "en": "value"},
    "import.problems.reason": {"nl": "reden", "en": "reason"},
    "import.reference.other_municipality": {
        "nl": "hoort niet bij gemeente {code}",
        "en": "does not belong to municipality {code}",
    },
    "import.reference.case_code_taken": {
        "nl": "dubbele casuscode: bestaat al in het team",
        "en": "duplicate case code: already exists in the team",
    },
    "import.reference.unknown_area": {
        "nl": "onbekende wijk of buurt in deze gemeente (voeg hem eerst toe)",
        "en": "unknown district or neighbourhood in this municipality (add it first)",
    },
    "import.reference.unknown_case": {
        "nl": "onbekende casuscode in dit team",
        "en": "unknown case code in this team",
    },
    "import.reference.unknown_member": {"nl": "onbekend teamlid", "en": "unknown team member"},
    "import.reference.unknown_wijk": {
        "nl": "onbekende wijk in deze gemeente",
        "en": "unknown district in this municipality",
    },
    "import.reference.twice_in_file": {
        "nl": "dubbel in het bestand: ook in rij {row}",
        "en": "twice in the file: also in row {row}",
    },
    # --- saving records (data_model.writes) -----------------------------------------------------
    "writes.concurrent": {
        "nl": "Iemand anders heeft een van deze {kind} (nummer {id}) intussen gewijzigd of "
        "verwijderd. Uw wijziging is niet opgeslagen, zodat niets wordt overschreven. Bekijk de "
        "nieuwe gegevens en voer uw wijziging opnieuw in.",
        "en": "Someone else has changed or removed one of these {kind} (number {id}) in the "
        "meantime. Your change was not saved, so nothing is overwritten. Look at the new data "
        "and enter your change again.",
    },
    "writes.not_saved": {
        "nl": "Niet opgeslagen: {reason}. Er is niets veranderd.",
        "en": "Not saved: {reason}. Nothing was changed.",
    },
    "writes.rule.pseudonym_taken": {
        "nl": "dit pseudoniem bestaat al in het team",
        "en": "this pseudonym already exists in the team",
    },
    "writes.rule.case_code_taken": {
        "nl": "deze casuscode bestaat al in het team",
        "en": "this case code already exists in the team",
    },
    "writes.rule.team_name_taken": {
        "nl": "deze teamnaam bestaat al in de gemeente",
        "en": "this team name already exists in the municipality",
    },
    "writes.rule.area_taken": {
        "nl": "deze wijk of buurt bestaat al",
        "en": "this district or neighbourhood already exists",
    },
    "writes.rule.figures_exist": {
        "nl": "voor deze regio, dit jaar en deze bron zijn er al cijfers",
        "en": "there are already figures for this region, year and source",
    },
    "writes.rule.fte_range": {
        "nl": "FTE moet groter dan 0 en ten hoogste 1,5 zijn",
        "en": "FTE must be more than 0 and at most 1.5",
    },
    "writes.rule.end_before_start": {
        "nl": "een einddatum ligt vóór de startdatum",
        "en": "an end date is before the start date",
    },
    "writes.rule.outcome_closed": {
        "nl": "de uitkomst past niet bij de sluitdatum",
        "en": "the outcome does not fit the closing date",
    },
    "writes.rule.registration_date": {
        "nl": "een SKJ- of BIG-registratie heeft een geldigheidsdatum nodig",
        "en": "an SKJ or BIG registration needs a valid-until date",
    },
    "writes.rule.missing_reference": {
        "nl": "een verwijzing naar een record dat niet (meer) bestaat",
        "en": "a reference to a record that does not exist (any more)",
    },
    "writes.rule.other": {
        "nl": "de gegevens passen niet bij de regels van de database",
        "en": "the data do not fit the rules of the database",
    },
    "writes.database_busy": {
        "nl": "De database kon de wijziging niet opslaan (bijvoorbeeld omdat hij bezet is). Er is "
        "niets veranderd; probeer het zo opnieuw.",
        "en": "The database could not save the change (for example because it is busy). Nothing "
        "was changed; please try again in a moment.",
    },
    "writes.team_gone": {
        "nl": "Dit team bestaat niet meer. Kies een ander team.",
        "en": "This team no longer exists. Choose another team.",
    },
    "writes.period_starts_later": {
        "nl": "Er is een toewijzing of fase die pas na {day} begint. Pas die eerst aan; er is "
        "niets veranderd.",
        "en": "There is an assignment or phase that only starts after {day}. Change that first; "
        "nothing was changed.",
    },
    "writes.end_before_start": {
        "nl": "De einddatum {end} ligt vóór de startdatum {start}. Er is niets veranderd.",
        "en": "The end date {end} is before the start date {start}. Nothing was changed.",
    },
    "writes.closed_case_not_ongoing": {
        "nl": "Kies een uitkomst: een gesloten casus kan niet 'lopend' zijn.",
        "en": "Choose an outcome: a closed case cannot be 'lopend' (ongoing).",
    },
    "writes.closed_before_opened": {
        "nl": "De sluitdatum {closed} ligt vóór de startdatum {opened}. Er is niets veranderd.",
        "en": "The closing date {closed} is before the start date {opened}. Nothing was changed.",
    },
    "writes.municipality_code": {
        "nl": "De gemeentecode is de CBS-code: GM met vier cijfers, bijv. GM0523.",
        "en": "The municipality code is the CBS code: GM with four digits, e.g. GM0523.",
    },
    "writes.team_name_missing": {"nl": "Geef het team een naam.", "en": "Give the team a name."},
    "writes.municipality_name_missing": {
        "nl": "Geef de naam van de gemeente.",
        "en": "Give the name of the municipality.",
    },
    # --- CBS population figures (data_model.cbs_import, ui.beheer_files) ------------------------
    "cbs.not_text": {
        "nl": "Dit is geen tekstbestand (CSV). Kies de CSV-download van StatLine.",
        "en": "This is not a text file (CSV). Choose the CSV download from StatLine.",
    },
    "cbs.not_statline": {
        "nl": "Dit bestand is geen StatLine-CSV: verwacht kolommen gescheiden door ';'.",
        "en": "This file is not a StatLine CSV: expected columns separated by ';'.",
    },
    "cbs.education_column_missing": {
        "nl": "kolom voor opleidingsniveau ontbreekt",
        "en": "column for the education level is missing",
    },
    "cbs.region_column_missing": {
        "nl": "kolom met de regiocode ontbreekt",
        "en": "column with the region code is missing",
    },
    "cbs.no_regions": {"nl": "het bestand bevat geen regio's", "en": "the file has no regions"},
    "cbs.column.region": {"nl": "regio", "en": "region"},
    "cbs.unknown_region_code": {"nl": "onbekende regiocode", "en": "unknown region code"},
    "cbs.not_a_count": {"nl": "geen aantal", "en": "not a count"},
    "cbs.table_id": {
        "nl": "Het tabelnummer van CBS ziet eruit als 84799NED (vijf cijfers en NED).",
        "en": "A CBS table number looks like 84799NED (five digits and NED).",
    },
    "cbs.status_not_fictional": {
        "nl": "CBS-cijfers zijn voorlopig of definitief, niet fictief.",
        "en": "CBS figures are provisional or final, not fictional.",
    },
    "cbs.year_range": {
        "nl": "Het peiljaar moet tussen 1990 en 2100 liggen.",
        "en": "The reference year must be between 1990 and 2100.",
    },
    "cbs.municipality_code": {
        "nl": "Kies een gemeente met een CBS-code (GM….).",
        "en": "Choose a municipality with a CBS code (GM….).",
    },
    "cbs.no_cbsodata": {
        "nl": "Ophalen bij CBS vraagt het pakket cbsodata (pip install cbsodata). Download anders "
        "de CSV van StatLine en lees die hierboven in.",
        "en": "Fetching from CBS needs the cbsodata package (pip install cbsodata). Otherwise "
        "download the CSV from StatLine and read it in above.",
    },
    "cbs.fetch_failed": {
        "nl": "CBS-tabel {table} kon niet worden opgehaald. Is er internet, en bestaat de tabel? "
        "Er is niets veranderd. U kunt ook de CSV van StatLine downloaden en inlezen.",
        "en": "CBS table {table} could not be fetched. Is there an internet connection, and does "
        "the table exist? Nothing was changed. You can also download the CSV from StatLine and "
        "read it in.",
    },
    # --- backup and restore (data_model.backup, ui.beheer_backup) -------------------------------
    "backup.not_a_backup": {
        "nl": "Dit bestand is geen Teamspiegel-back-up. Kies een .zip-bestand dat met 'Back-up "
        "maken' is gemaakt. Er is niets veranderd.",
        "en": "This file is not a Teamspiegel backup. Choose a .zip file made with 'Make a "
        "backup'. Nothing was changed.",
    },
    "backup.newer_version": {
        "nl": "Deze back-up is gemaakt met een nieuwere versie van Teamspiegel. Werk Teamspiegel "
        "eerst bij. Er is niets veranderd.",
        "en": "This backup was made with a newer version of Teamspiegel. Update Teamspiegel "
        "first. Nothing was changed.",
    },
    "backup.unknown_schema": {
        "nl": "Deze back-up hoort bij een databaseschema ({revision}) dat deze versie van "
        "Teamspiegel niet kent, waarschijnlijk van een nieuwere versie. Werk Teamspiegel eerst "
        "bij. Er is niets veranderd.",
        "en": "This backup belongs to a database schema ({revision}) that this version of "
        "Teamspiegel does not know, probably from a newer version. Update Teamspiegel first. "
        "Nothing was changed.",
    },
    "backup.damaged_table": {
        "nl": "De back-up is beschadigd (tabel {table}). Er is niets veranderd.",
        "en": "The backup is damaged (table {table}). Nothing was changed.",
    },
    "backup.checksum": {
        "nl": "De back-up is beschadigd of aangepast (controlesom klopt niet).",
        "en": "The backup is damaged or was altered (the checksum does not match).",
    },
    "backup.damaged": {
        "nl": "De back-up is beschadigd. Er is niets veranderd.",
        "en": "The backup is damaged. Nothing was changed.",
    },
    "backup.unknown_tables": {
        "nl": "De back-up bevat tabellen die deze versie niet kent ({tables}).",
        "en": "The backup holds tables that this version does not know ({tables}).",
    },
    "backup.does_not_fit": {
        "nl": "De back-up past niet in de database (de gegevens spreken elkaar tegen). Er is "
        "niets veranderd.",
        "en": "The backup does not fit the database (the data contradict each other). Nothing "
        "was changed.",
    },
    "backup.restore_failed": {
        "nl": "Terugzetten is mislukt; er is niets veranderd. Probeer het opnieuw.",
        "en": "Restoring failed; nothing was changed. Please try again.",
    },
    "backup.clear_failed": {
        "nl": "Leegmaken is mislukt; er is niets veranderd.",
        "en": "Emptying the database failed; nothing was changed.",
    },
    # --- shared blocks of the Beheer pages (ui.beheer) ------------------------------------------
    "beheer.problems.one": {"nl": "{intro} ({count} fout).", "en": "{intro} ({count} error)."},
    "beheer.problems.many": {
        "nl": "{intro} ({count} fouten).",
        "en": "{intro} ({count} errors).",
    },
    "beheer.team.municipality_code": {
        "nl": "CBS-code gemeente",
        "en": "CBS code of the municipality",
    },
    "beheer.team.municipality_name": {"nl": "Naam gemeente", "en": "Name of the municipality"},
    "beheer.team.name": {"nl": "Naam team", "en": "Name of the team"},
    "beheer.team.name.example": {"nl": "Sociaal team", "en": "Social team"},
    "beheer.team.founded": {"nl": "Opgericht op", "en": "Founded on"},
    "beheer.team.create": {"nl": "Team aanmaken", "en": "Create team"},
    "beheer.team.created": {
        "nl": "Team '{team}' is aangemaakt. Kies het in de zijbalk.",
        "en": "Team '{team}' has been created. Choose it in the sidebar.",
    },
    "beheer.form.optional": {"nl": "{label} (mag leeg)", "en": "{label} (optional)"},
    "beheer.form.choose": {"nl": "Kies…", "en": "Choose…"},
    "beheer.form.default": {"nl": "leeg / standaard", "en": "empty / default"},
    # Stored codes without a general label (code.<code>), as the Beheer pages show them.
    "beheer.code.skj": {"nl": "SKJ", "en": "SKJ"},
    "beheer.code.big": {"nl": "BIG", "en": "BIG"},
    "beheer.code.zelfmelder": {"nl": "zelfmelder", "en": "self-referral"},
    "beheer.code.huisarts": {"nl": "huisarts", "en": "GP"},
    "beheer.code.school": {"nl": "school", "en": "school"},
    "beheer.code.politie": {"nl": "politie", "en": "police"},
    "beheer.code.woningcorporatie": {"nl": "woningcorporatie", "en": "housing association"},
    "beheer.code.netwerk": {"nl": "netwerk", "en": "network"},
    "beheer.code.voorlopig": {"nl": "voorlopig", "en": "provisional"},
    "beheer.code.definitief": {"nl": "definitief", "en": "final"},
    "beheer.code.fictief": {"nl": "fictief", "en": "fictional"},
    "beheer.code.land": {"nl": "land", "en": "country"},
    "beheer.code.gemeente": {"nl": "gemeente", "en": "municipality"},
    "beheer.code.wijk": {"nl": "wijk", "en": "district"},
    "beheer.code.buurt": {"nl": "buurt", "en": "neighbourhood"},
    # --- the Gegevens page: grid, add form, ending and closing (ui.beheer_editor) ---------------
    "beheer.kind.choose": {
        "nl": "Wat wilt u bijhouden?",
        "en": "What do you want to keep up to date?",
    },
    "beheer.grid.empty": {
        "nl": "Nog geen {kinds} bij dit team. Voeg ze hieronder toe.",
        "en": "No {kinds} in this team yet. Add them below.",
    },
    "beheer.grid.caption": {
        "nl": "Pas cellen aan en klik op Opslaan. Een einddatum invullen beëindigt een record.",
        "en": "Change cells and click Save. Filling in an end date ends a record.",
    },
    "beheer.grid.save": {"nl": "Wijzigingen opslaan", "en": "Save changes"},
    "beheer.grid.fix_first": {
        "nl": "Niet opgeslagen: verbeter eerst deze velden",
        "en": "Not saved: correct these fields first",
    },
    "beheer.grid.no_changes": {
        "nl": "Er zijn geen wijzigingen om op te slaan.",
        "en": "There are no changes to save.",
    },
    "beheer.grid.not_saved": {"nl": "Niet opgeslagen", "en": "Not saved"},
    "beheer.grid.saved.one": {"nl": "{count} wijziging opgeslagen.", "en": "{count} change saved."},
    "beheer.grid.saved.many": {
        "nl": "{count} wijzigingen opgeslagen.",
        "en": "{count} changes saved.",
    },
    "beheer.add": {"nl": "Toevoegen", "en": "Add"},
    "beheer.add.fix_first": {
        "nl": "Niet toegevoegd: verbeter eerst deze velden",
        "en": "Not added: correct these fields first",
    },
    "beheer.add.done": {"nl": "{kind}: record toegevoegd.", "en": "{kind}: record added."},
    "beheer.end_member": {"nl": "Lidmaatschap beëindigen", "en": "End membership"},
    "beheer.end_member.member": {"nl": "Teamlid", "en": "Team member"},
    "beheer.end_member.day": {"nl": "Laatste dag in het team", "en": "Last day in the team"},
    "beheer.end_member.cascade": {
        "nl": "Ook de lopende toewijzingen op die dag beëindigen",
        "en": "Also end the running assignments on that day",
    },
    "beheer.end_member.done": {
        "nl": "Lidmaatschap beëindigd; de geschiedenis blijft bewaard.",
        "en": "Membership ended; the history is kept.",
    },
    "beheer.close_case": {"nl": "Casus afsluiten", "en": "Close case"},
    "beheer.close_case.case": {"nl": "Casus", "en": "Case"},
    "beheer.close_case.day": {"nl": "Sluitdatum", "en": "Closing date"},
    "beheer.close_case.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "beheer.close_case.cascade": {
        "nl": "Ook lopende toewijzingen en fasen op die dag beëindigen",
        "en": "Also end running assignments and phases on that day",
    },
    "beheer.close_case.done": {"nl": "Casus afgesloten.", "en": "Case closed."},
    # --- the Gegevens page (pages/beheer_gegevens.py) -------------------------------------------
    "beheer.no_team": {
        "nl": "Er is nog geen team. Begin met de gemeente en het team.",
        "en": "There is no team yet. Start with the municipality and the team.",
    },
    "beheer.presentation_off": {
        "nl": "Gegevensbeheer toont namen en casuscodes en staat uit in presentatiemodus. Zet de "
        "presentatiemodus in de zijbalk uit om gegevens te bewerken.",
        "en": "Data management shows names and case codes and is off in presentation mode. Turn "
        "presentation mode off in the sidebar to edit data.",
    },
    "beheer.new_team": {"nl": "Nieuwe gemeente of team", "en": "New municipality or team"},
    # --- the Importeren page (ui.beheer_files, pages/beheer_import.py) --------------------------
    "import.kind.choose": {"nl": "Wat importeert u?", "en": "What are you importing?"},
    "import.kind.choose.help": {
        "nl": "Importeer in deze volgorde: teamleden en casussen eerst, dan toewijzingen en fasen.",
        "en": "Import in this order: team members and cases first, then assignments and phases.",
    },
    "import.template.xlsx": {"nl": "Sjabloon (Excel)", "en": "Template (Excel)"},
    "import.template.csv": {"nl": "Sjabloon (CSV)", "en": "Template (CSV)"},
    "import.template.columns": {"nl": "Welke kolommen?", "en": "Which columns?"},
    "import.upload": {
        "nl": "Bestand met {kinds} (.csv of .xlsx)",
        "en": "File with {kinds} (.csv or .xlsx)",
    },
    "import.already_imported": {
        "nl": "'{file}' is al geïmporteerd. Kies een ander bestand om verder te gaan.",
        "en": "'{file}' has already been imported. Choose another file to go on.",
    },
    "import.go.one": {"nl": "Importeer {count} rijen", "en": "Import {count} row"},
    "import.go.many": {"nl": "Importeer {count} rijen", "en": "Import {count} rows"},
    "import.preview.one": {
        "nl": "**Voorbeeld** ({count} rijen)",
        "en": "**Preview** ({count} row)",
    },
    "import.preview.many": {
        "nl": "**Voorbeeld** ({count} rijen)",
        "en": "**Preview** ({count} rows)",
    },
    "import.ignored_columns": {
        "nl": "Deze kolommen worden niet gebruikt: {columns}",
        "en": "These columns are not used: {columns}",
    },
    "import.fix_file": {
        "nl": "Er is niets geïmporteerd: verbeter het bestand en lees het opnieuw in",
        "en": "Nothing was imported: correct the file and read it in again",
    },
    "import.all_fine.one": {
        "nl": "Alle {count} rijen zijn in orde.",
        "en": "The {count} row is in order.",
    },
    "import.all_fine.many": {
        "nl": "Alle {count} rijen zijn in orde.",
        "en": "All {count} rows are in order.",
    },
    "import.changed_meanwhile": {
        "nl": "Er is niets geïmporteerd: de gegevens zijn intussen veranderd",
        "en": "Nothing was imported: the data have changed in the meantime",
    },
    "import.done": {
        "nl": "{count} {kinds} geïmporteerd uit {file}.",
        "en": "{count} {kinds} imported from {file}.",
    },
    "import.title.team": {
        "nl": "Team en casussen uit Excel of CSV",
        "en": "Team and cases from Excel or CSV",
    },
    "import.sample_data": {
        "nl": "De database bevat nu fictieve voorbeeldgegevens. U kunt uw eigen gegevens ernaast "
        "importeren, of eerst beginnen met een lege database (Export en back-up).",
        "en": "The database now holds fictional sample data. You can import your own data next "
        "to it, or first start with an empty database (Export and backup).",
    },
    "import.no_team": {
        "nl": "Maak eerst een gemeente en team aan; daarna importeert u naar dat team.",
        "en": "First create a municipality and a team; then you import into that team.",
    },
    "import.target": {
        "nl": "Naar {team} ({municipality}). Een bestand met een fout verandert niets: eerst "
        "alles goed, dan alles tegelijk.",
        "en": "Into {team} ({municipality}). A file with an error changes nothing: first "
        "everything right, then everything at once.",
    },
    "cbs.title": {"nl": "Bevolkingscijfers van CBS", "en": "Population figures from CBS"},
    "cbs.caption": {
        "nl": "Download bij StatLine de tabel Kerncijfers wijken en buurten als CSV (onbewerkte "
        "dataset) en lees die hier in. Opleidingsniveau van inwoners van 15–74 jaar.",
        "en": "Download the table Kerncijfers wijken en buurten (key figures for districts and "
        "neighbourhoods) from StatLine as CSV (raw data set) and read it in here. Education "
        "level of residents aged 15–74.",
    },
    "cbs.fetch": {
        "nl": "Ophalen bij CBS (internet nodig)",
        "en": "Fetch from CBS (needs internet)",
    },
    "cbs.table": {"nl": "CBS-tabel", "en": "CBS table"},
    "cbs.year": {"nl": "Peiljaar", "en": "Reference year"},
    "cbs.status": {"nl": "Status", "en": "Status"},
    "cbs.own_only": {
        "nl": "Alleen {municipality} (met wijken en buurten) en Nederland",
        "en": "Only {municipality} (with districts and neighbourhoods) and the Netherlands",
    },
    "cbs.create_areas": {
        "nl": "Ontbrekende wijken en buurten van de gemeente aanmaken",
        "en": "Create the municipality's missing districts and neighbourhoods",
    },
    "cbs.fields_found": {
        "nl": "Gevonden velden voor laag, middelbaar, hoog: {fields}.",
        "en": "Fields found for low, middle, high: {fields}.",
    },
    "cbs.suppressed.one": {
        "nl": "{count} regio's zonder cijfers (geheim, '.') worden overgeslagen.",
        "en": "{count} region without figures (confidential, '.') is skipped.",
    },
    "cbs.suppressed.many": {
        "nl": "{count} regio's zonder cijfers (geheim, '.') worden overgeslagen.",
        "en": "{count} regions without figures (confidential, '.') are skipped.",
    },
    "cbs.upload": {
        "nl": "StatLine-CSV van Kerncijfers wijken en buurten",
        "en": "StatLine CSV of Kerncijfers wijken en buurten",
    },
    "cbs.already_read": {
        "nl": "'{file}' is al ingelezen.",
        "en": "'{file}' has already been read in.",
    },
    "cbs.unreadable": {
        "nl": "Dit bestand kan niet worden ingelezen; er is niets veranderd",
        "en": "This file cannot be read in; nothing was changed",
    },
    "cbs.store.one": {"nl": "{count} regio's opslaan", "en": "Store {count} region"},
    "cbs.store.many": {"nl": "{count} regio's opslaan", "en": "Store {count} regions"},
    "cbs.stored": {
        "nl": "CBS-cijfers opgeslagen: {inserted} nieuw, {updated} bijgewerkt, {areas} "
        "wijken/buurten aangemaakt.",
        "en": "CBS figures stored: {inserted} new, {updated} updated, {areas} "
        "districts/neighbourhoods created.",
    },
    "cbs.fetch.no_team": {
        "nl": "Maak eerst een team aan: de gemeente bepaalt welke cijfers worden opgehaald.",
        "en": "First create a team: its municipality decides which figures are fetched.",
    },
    "cbs.fetch.go": {
        "nl": "Ophalen voor {municipality} en opslaan",
        "en": "Fetch for {municipality} and store",
    },
    "cbs.fetch.busy": {"nl": "Bezig met ophalen bij CBS…", "en": "Fetching from CBS…"},
    "cbs.fetch.unusable": {
        "nl": "De opgehaalde tabel kan niet worden gebruikt; er is niets veranderd",
        "en": "The fetched table cannot be used; nothing was changed",
    },
    # --- exporting tables (ui.beheer_backup) ----------------------------------------------------
    "export.table.municipality": {"nl": "gemeenten", "en": "municipalities"},
    "export.table.area": {"nl": "wijken_buurten", "en": "districts and neighbourhoods"},
    "export.table.population_education": {
        "nl": "bevolking_opleiding",
        "en": "population by education",
    },
    "export.table.team": {"nl": "teams", "en": "teams"},
    "export.table.member": {"nl": "teamleden", "en": "team members"},
    "export.table.case": {"nl": "casussen", "en": "cases"},
    "export.table.assignment": {"nl": "toewijzingen", "en": "assignments"},
    "export.table.phase_period": {"nl": "fasen", "en": "phases"},
    # --- the Export en back-up page (ui.beheer_backup, pages/beheer_export.py) ------------------
    "export.title": {"nl": "Tabellen exporteren", "en": "Export tables"},
    "export.presentation_off": {
        "nl": "Zet de presentatiemodus uit om gegevens te exporteren: de export bevat namen.",
        "en": "Turn presentation mode off to export data: the export contains names.",
    },
    "export.presentation_no_backup": {
        "nl": "Back-up maken, terugzetten en met een lege database beginnen kan niet in de "
        "presentatiemodus: een back-up bevat namen.",
        "en": "Making a backup, restoring one and starting with an empty database are not "
        "available in presentation mode: a backup contains names.",
    },
    "export.scope": {"nl": "Wat exporteert u?", "en": "What are you exporting?"},
    "export.scope.team": {"nl": "Alleen {team}", "en": "Only {team}"},
    "export.scope.all": {"nl": "Hele database (alle teams)", "en": "Whole database (all teams)"},
    "export.all_xlsx": {"nl": "Alle tabellen (Excel)", "en": "All tables (Excel)"},
    "export.all_csv": {"nl": "Alle tabellen (CSV in zip)", "en": "All tables (CSV in a zip)"},
    "export.one_table": {"nl": "Eén tabel als CSV", "en": "One table as CSV"},
    "export.csv_caption": {
        "nl": "CSV voor Nederlandse Excel: gescheiden door ';', datums als dd-mm-jjjj. Cellen die "
        "met =, +, - of @ beginnen krijgen een ' ervoor, zodat een spreadsheet ze niet uitvoert.",
        "en": "CSV for Dutch Excel: separated by ';', dates as dd-mm-yyyy. Cells that start with "
        "=, +, - or @ get a ' in front, so that a spreadsheet does not run them.",
    },
    "export.contents.table": {"nl": "tabel", "en": "table"},
    "export.contents.rows": {"nl": "rijen", "en": "rows"},
    "backup.title": {"nl": "Back-up", "en": "Backup"},
    "backup.make": {"nl": "Back-up maken (één bestand)", "en": "Make a backup (one file)"},
    "backup.make.help": {
        "nl": "Alle gegevens van alle teams, om later terug te zetten.",
        "en": "All data of all teams, to restore later.",
    },
    "backup.unknown_date": {"nl": "onbekende datum", "en": "unknown date"},
    "backup.describe": {
        "nl": "Back-up van {made}: {teams} teams, {members} teamleden, {cases} casussen, "
        "{figures} rijen bevolkingscijfers.",
        "en": "Backup of {made}: {teams} teams, {members} team members, {cases} cases, "
        "{figures} rows of population figures.",
    },
    "backup.restore": {"nl": "Back-up terugzetten", "en": "Restore backup"},
    "backup.restore.caption": {
        "nl": "Het bestand wordt eerst helemaal gecontroleerd; pas daarna wordt alles vervangen.",
        "en": "The file is checked completely first; only then is everything replaced.",
    },
    "backup.upload": {"nl": "Back-upbestand (.zip)", "en": "Backup file (.zip)"},
    "backup.already_restored": {
        "nl": "'{file}' is teruggezet.",
        "en": "'{file}' has been restored.",
    },
    "backup.restore.confirm": {
        "nl": "Ik begrijp dat alle huidige gegevens worden vervangen door die uit de back-up.",
        "en": "I understand that all current data will be replaced by the data in the backup.",
    },
    "backup.restored": {"nl": "De back-up is teruggezet.", "en": "The backup has been restored."},
    "backup.start_again": {"nl": "Opnieuw beginnen", "en": "Start again"},
    "backup.start_empty": {
        "nl": "Begin met een lege database",
        "en": "Start with an empty database",
    },
    "backup.empty.sample": {
        "nl": "De database bevat nu **fictieve voorbeeldgegevens**. Begin met een lege database "
        "om uw eigen team en casussen in te voeren of te importeren.",
        "en": "The database now holds **fictional sample data**. Start with an empty database to "
        "enter or import your own team and cases.",
    },
    "backup.empty.warning": {
        "nl": "Dit verwijdert **alle** gegevens van alle teams. Maak eerst een back-up.",
        "en": "This removes **all** data of all teams. Make a backup first.",
    },
    "backup.empty.confirm": {"nl": "Ja, verwijder alle gegevens", "en": "Yes, remove all data"},
    "backup.emptied": {
        "nl": "De database is leeg. Maak een gemeente en team aan via Gegevens.",
        "en": "The database is empty. Create a municipality and a team under Records.",
    },
}
