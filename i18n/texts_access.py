"""Texts of the access pages and the modules behind them."""

from __future__ import annotations

ACCESS: dict[str, dict[str, str]] = {
    "nav.access": {"nl": "Toegang", "en": "Access"},
    # Starting, logging in, who is working
    "access.refuse_start": {
        "nl": "Teamspiegel start niet: deze database is niet de ingebouwde database op deze "
        "computer, en inloggen is niet ingesteld. Zonder inloggen zou iedereen die het "
        "dashboard bereikt namen en casuscodes kunnen zien.",
        "en": "Teamspiegel does not start: this database is not the embedded one on this "
        "computer, and login is not configured. Without login, anyone who reaches the "
        "dashboard could see names and case codes.",
    },
    "access.refuse_start.how": {
        "nl": "Stel inloggen in met een `[auth]`-sectie in `.streamlit/secrets.toml` (OpenID "
        "Connect, zie de README), of zeg uitdrukkelijk dat één persoon deze database op de "
        "eigen computer gebruikt: `TEAMSPIEGEL_SINGLE_USER=1` (of `single_user = true` in "
        "`secrets.toml`).",
        "en": "Configure login with an `[auth]` section in `.streamlit/secrets.toml` (OpenID "
        "Connect, see the README), or state explicitly that one person uses this database on "
        "their own computer: `TEAMSPIEGEL_SINGLE_USER=1` (or `single_user = true` in "
        "`secrets.toml`).",
    },
    "access.login.title": {"nl": "Teamspiegel — inloggen", "en": "Teamspiegel — log in"},
    "access.login.intro": {
        "nl": "Log in met het account van uw organisatie. Wat u daarna ziet, hangt af van uw "
        "rol: teamleiders zien hun eigen team(s), beleidsmedewerkers alleen geanonimiseerde "
        "cijfers.",
        "en": "Log in with your organisation's account. What you see next depends on your "
        "role: team leaders see their own team(s), policy staff only anonymised figures.",
    },
    "access.login.button": {"nl": "Inloggen", "en": "Log in"},
    "access.logout": {"nl": "Uitloggen", "en": "Log out"},
    "access.no_access.title": {"nl": "Geen toegang", "en": "No access"},
    "access.no_access": {
        "nl": "U bent ingelogd als {identity}, maar u hebt (nog) geen rol in Teamspiegel. Vraag "
        "de beheerder om u een rol te geven, en log daarna opnieuw in.",
        "en": "You are logged in as {identity}, but you have no role in Teamspiegel (yet). Ask "
        "the administrator to give you a role, then log in again.",
    },
    "access.no_principal": {
        "nl": "Deze pagina is niet beschikbaar: open Teamspiegel via de startpagina.",
        "en": "This page is not available: open Teamspiegel from its start page.",
    },
    "access.page_refused": {
        "nl": "Deze pagina is niet beschikbaar voor uw rol ({role}).",
        "en": "This page is not available for your role ({role}).",
    },
    "access.team_refused": {
        "nl": "U hebt geen toegang tot dit team. Kies een team in de zijbalk.",
        "en": "You have no access to this team. Choose a team in the sidebar.",
    },
    "access.local_note": {
        "nl": "Lokaal, één gebruiker: zonder inloggen, als beheerder op deze computer.",
        "en": "Local, single user: no login, administrator on this computer.",
    },
    "access.signed_in_as": {
        "nl": "Ingelogd als {identity} ({role})",
        "en": "Logged in as {identity} ({role})",
    },
    "access.presentation_forced": {
        "nl": "Uw rol ziet alleen geanonimiseerde cijfers: de presentatiemodus staat altijd aan.",
        "en": "Your role sees anonymised figures only: presentation mode is always on.",
    },
    "access.role.viewer": {"nl": "kijker", "en": "viewer"},
    "access.role.teamleider": {"nl": "teamleider", "en": "team leader"},
    "access.role.beheerder": {"nl": "beheerder", "en": "administrator"},
    # Keeping the role table
    "access.error.subject": {
        "nl": "Vul een e-mailadres of claimwaarde in (ten hoogste 254 tekens).",
        "en": "Enter an e-mail address or claim value (at most 254 characters).",
    },
    "access.error.team_needed": {
        "nl": "Een teamleider hoort bij een team: kies het team.",
        "en": "A team leader belongs to a team: choose the team.",
    },
    "access.error.no_team": {
        "nl": "Dit team bestaat niet (meer). Er is niets veranderd.",
        "en": "This team does not exist (any more). Nothing was changed.",
    },
    "access.error.duplicate": {
        "nl": "Deze persoon heeft deze rol voor dit team al. Er is niets veranderd.",
        "en": "This person already has this role for this team. Nothing was changed.",
    },
    "access.error.gone": {
        "nl": "Deze toewijzing bestaat niet meer (iemand anders heeft hem intussen verwijderd).",
        "en": "This assignment no longer exists (someone else removed it meanwhile).",
    },
    "access.error.own_beheer": {
        "nl": "U kunt uw eigen beheerdersrol niet intrekken; vraag een andere beheerder. Er is "
        "niets veranderd.",
        "en": "You cannot withdraw your own administrator role; ask another administrator. "
        "Nothing was changed.",
    },
    "access.error.database": {
        "nl": "De database kon de wijziging niet opslaan. Er is niets veranderd; probeer het "
        "opnieuw.",
        "en": "The database could not save the change. Nothing was changed; please try again.",
    },
    # The Toegang page
    "access.page.title": {"nl": "Toegang en audittrail", "en": "Access and audit trail"},
    "access.presentation_hidden": {
        "nl": "Toegang en audittrail tonen e-mailadressen en namen en staan uit in "
        "presentatiemodus. Zet de presentatiemodus in de zijbalk uit.",
        "en": "Access and audit trail show e-mail addresses and names and are off in "
        "presentation mode. Turn presentation mode off in the sidebar.",
    },
    "access.roles.header": {"nl": "Rollen", "en": "Roles"},
    "access.roles.explain": {
        "nl": "Teamleider: namen en casuscodes van de eigen team(s) zien en bewerken. Kijker "
        "(beleid, zorgorganisatie): alleen geanonimiseerde cijfers, geen Gegevensbeheer. "
        "Beheerder: alles, alle teams, en deze pagina. Een rol geldt voor het e-mailadres of de "
        "claimwaarde waarmee iemand inlogt.",
        "en": "Team leader: sees and edits names and case codes of their own team(s). Viewer "
        "(policy, care organisation): anonymised figures only, no data management. "
        "Administrator: everything, all teams, and this page. A role applies to the e-mail "
        "address or claim value someone logs in with.",
    },
    "access.roles.local": {
        "nl": "Inloggen is niet ingesteld: u werkt lokaal als enige gebruiker (beheerder). De "
        "rollen hieronder gelden zodra inloggen is ingesteld.",
        "en": "Login is not configured: you work locally as the only user (administrator). The "
        "roles below apply once login is configured.",
    },
    "access.roles.none": {
        "nl": "Er zijn nog geen rollen toegewezen.",
        "en": "No roles have been assigned yet.",
    },
    "access.column.subject": {
        "nl": "E-mailadres of claimwaarde",
        "en": "E-mail address or claim value",
    },
    "access.column.role": {"nl": "Rol", "en": "Role"},
    "access.column.team": {"nl": "Team", "en": "Team"},
    "access.all_teams": {"nl": "Alle teams", "en": "All teams"},
    "access.subject.help": {
        "nl": "Het e-mailadres waarmee de persoon inlogt (of de waarde van de ingestelde claim, "
        "bijvoorbeeld een groep). Hoofdletters maken niet uit.",
        "en": "The e-mail address the person logs in with (or the value of the configured "
        "claim, for example a group). Case does not matter.",
    },
    "access.role.help": {
        "nl": "Een beheerder geldt altijd voor alle teams; een teamleider altijd voor één team.",
        "en": "An administrator always has all teams; a team leader always one team.",
    },
    "access.add.header": {"nl": "Rol toewijzen", "en": "Assign a role"},
    "access.add": {"nl": "Toewijzen", "en": "Assign"},
    "access.added": {
        "nl": "{subject} is nu {role}.",
        "en": "{subject} is now {role}.",
    },
    "access.change.header": {"nl": "Rol wijzigen", "en": "Change a role"},
    "access.assignment": {"nl": "Toewijzing", "en": "Assignment"},
    "access.change": {"nl": "Wijzigen", "en": "Change"},
    "access.changed": {"nl": "De rol is gewijzigd.", "en": "The role was changed."},
    "access.remove.header": {"nl": "Rol intrekken", "en": "Withdraw a role"},
    "access.remove.sure": {
        "nl": "Ja, trek deze rol in",
        "en": "Yes, withdraw this role",
    },
    "access.remove": {"nl": "Intrekken", "en": "Withdraw"},
    "access.remove.tick": {
        "nl": "Vink eerst aan dat u de rol wilt intrekken.",
        "en": "First tick that you want to withdraw the role.",
    },
    "access.removed": {"nl": "De rol is ingetrokken.", "en": "The role was withdrawn."},
    # The audit trail
    "access.audit.header": {"nl": "Audittrail", "en": "Audit trail"},
    "access.audit.explain": {
        "nl": "Elke wijziging in de gegevens en de rollen: wie, wanneer (UTC), welk record, oude "
        "en nieuwe waarden. Alleen te lezen en te downloaden; niemand kan hem wijzigen.",
        "en": "Every change of the data and the roles: who, when (UTC), which record, old and "
        "new values. Read and download only; nobody can change it.",
    },
    "access.audit.count": {"nl": "Wijzigingen vastgelegd", "en": "Changes recorded"},
    "access.audit.empty": {
        "nl": "Er zijn nog geen wijzigingen vastgelegd.",
        "en": "No changes have been recorded yet.",
    },
    "access.audit.newest": {
        "nl": "De nieuwste {shown} van {total} wijzigingen; de download bevat ze allemaal.",
        "en": "The newest {shown} of {total} changes; the download holds all of them.",
    },
    "access.audit.download": {"nl": "Audittrail (CSV)", "en": "Audit trail (CSV)"},
    "access.audit.at": {"nl": "Tijdstip (UTC)", "en": "Time (UTC)"},
    "access.audit.actor": {"nl": "Door", "en": "By"},
    "access.audit.action": {"nl": "Actie", "en": "Action"},
    "access.audit.table": {"nl": "Tabel", "en": "Table"},
    "access.audit.record": {"nl": "Record", "en": "Record"},
    "access.audit.old": {"nl": "Oude waarden", "en": "Old values"},
    "access.audit.new": {"nl": "Nieuwe waarden", "en": "New values"},
    "access.action.insert": {"nl": "toegevoegd", "en": "added"},
    "access.action.update": {"nl": "gewijzigd", "en": "changed"},
    "access.action.end": {"nl": "beëindigd", "en": "ended"},
    "access.action.delete": {"nl": "verwijderd", "en": "deleted"},
    "access.action.restore": {"nl": "back-up teruggezet", "en": "backup restored"},
    "access.action.import": {"nl": "geïmporteerd", "en": "imported"},
}
