"""Texts of the pages and their shared UI blocks."""

from __future__ import annotations

PAGES: dict[str, dict[str, str]] = {
    # --- shared --------------------------------------------------------------------------------
    "common.period_range": {"nl": "{start} t/m {end}", "en": "{start} to {end}"},
    "common.fewer_than_5_cases": {"nl": "<5 casussen", "en": "<5 cases"},
    "common.fewer_than_5_members": {"nl": "<5 teamleden", "en": "<5 members"},
    "common.points": {"nl": "{value} %-punt", "en": "{value} pp"},
    "common.no_teams": {
        "nl": "Er staan nog geen teams in de database. Begin bij **Gegevensbeheer**: voeg een "
        "gemeente, team en teamleden toe, of importeer ze uit Excel.",
        "en": "There are no teams in the database yet. Start at **Data management**: add a "
        "municipality, a team and its members, or import them from Excel.",
    },
    "common.population_source": {
        "nl": "Bron bevolking (15–74 jaar, opleidingsniveau): {sources}.",
        "en": "Population source (aged 15–74, education level): {sources}.",
    },
    # --- sidebar -------------------------------------------------------------------------------
    "sidebar.header": {"nl": "Selectie", "en": "Selection"},
    "sidebar.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "sidebar.team": {"nl": "Team", "en": "Team"},
    "sidebar.period": {"nl": "Periode", "en": "Period"},
    "sidebar.period.help": {
        "nl": "Standaard de afgelopen 12 maanden. Een casus telt mee als hij in de periode liep.",
        "en": "By default the last 12 months. A case counts when it was open during the period.",
    },
    "sidebar.presentation": {"nl": "Presentatiemodus", "en": "Presentation mode"},
    "sidebar.presentation.help": {
        "nl": "Voor een gedeeld scherm: geen namen of casuscodes, kleine aantallen als <5.",
        "en": "For a shared screen: no names or case codes, small counts shown as <5.",
    },
    "sidebar.no_teams": {
        "nl": "Nog geen teams in de database. Voeg een team toe via Gegevensbeheer.",
        "en": "No teams in the database yet. Add a team under Data management.",
    },
    # --- overview ------------------------------------------------------------------------------
    "overview.title": {"nl": "Overzicht — {team}", "en": "Overview — {team}"},
    "overview.caption": {
        "nl": "{municipality} · periode {period}",
        "en": "{municipality} · period {period}",
    },
    "overview.empty_team": {
        "nl": "Dit team heeft nog geen teamleden of casussen. Voeg ze toe via Gegevensbeheer.",
        "en": "This team has no members or cases yet. Add them under Data management.",
    },
    "overview.members": {"nl": "Teamleden", "en": "Team members"},
    "overview.members.help": {
        "nl": "Aantal personen in het team op de laatste dag van de periode.",
        "en": "Number of people in the team on the last day of the period.",
    },
    "overview.fte": {"nl": "FTE", "en": "FTE"},
    "overview.fte.help": {
        "nl": "Som van de formatie (FTE) van die teamleden.",
        "en": "Sum of those members' full-time equivalents.",
    },
    "overview.cases": {"nl": "Casussen in periode", "en": "Cases in period"},
    "overview.cases.help": {
        "nl": "Casussen die op minstens één dag in de periode open waren.",
        "en": "Cases that were open on at least one day of the period.",
    },
    "overview.youth_not_conform": {
        "nl": "Jeugdcasussen niet conform",
        "en": "Youth cases not compliant",
    },
    "overview.youth_not_conform.help": {
        "nl": "Jeugdcasussen met een risico zonder geregistreerde (SKJ/BIG) professional en "
        "zonder tenzij-motivering, op de laatste dag van de periode.",
        "en": "Youth cases with a risk, without a registered (SKJ/BIG) professional and without "
        "a written justification, on the last day of the period.",
    },
    "overview.mix.explain": {
        "nl": "Opleiding van de teamleden: mbo, hbo/wo, en overig (zonder diploma of onbekend).",
        "en": "Education of the team members: MBO, HBO/university, and other (no diploma or "
        "unknown).",
    },
    "overview.population.header": {
        "nl": "Zo divers als je bevolking",
        "en": "As diverse as your population",
    },
    "overview.dissimilarity": {"nl": "Dissimilariteit (Duncan)", "en": "Dissimilarity (Duncan)"},
    "overview.dissimilarity.help": {
        "nl": "Aandeel van het team dat anders zou moeten zijn om de opleidingsmix van de "
        "gemeente (15–74 jaar) te spiegelen: ½ Σ |team − bevolking| over laag, middelbaar, hoog.",
        "en": "Share of the team that would have to differ to mirror the education mix of the "
        "municipality (aged 15–74): ½ Σ |team − population| over low, middle, high.",
    },
    "overview.biggest_gap": {"nl": "Grootste verschil: {group}", "en": "Biggest gap: {group}"},
    "overview.biggest_gap.help": {
        "nl": "De opleidingsgroep waar het teamaandeel het verst van het bevolkingsaandeel ligt.",
        "en": "The education group whose team share lies furthest from its population share.",
    },
    "overview.population.explain": {
        "nl": "Punten: aandeel in het team met 95%-betrouwbaarheidsinterval (Wilson); streep: "
        "aandeel in de gemeente. Teamleden met onbekende opleiding tellen niet mee. "
        "Professionals zijn vrijwel nooit 'laag': die groep brengen vrijwilligers en "
        "ervaringsdeskundigen in. De professionele blik (middelbaar tegen hoog) staat op de "
        "pagina Team en bevolking.",
        "en": "Dots: share in the team with its 95% confidence interval (Wilson); bar: share in "
        "the municipality. Members with unknown education are left out. Professionals are "
        "almost never 'low': volunteers and experience experts bring that group in. The "
        "professional view (middle against high) is on the Team and population page.",
    },
    "overview.work.header": {"nl": "Hoe het team werkt", "en": "How the team works"},
    "overview.in_duos": {"nl": "In duo's", "en": "In pairs"},
    "overview.in_duos.help": {
        "nl": "Aandeel casussen met twee of meer teamleden in regie- of begeleidingsrol "
        "(op de laatste dag van de periode, of de sluitingsdag).",
        "en": "Share of cases with two or more members in a lead or guidance role (on the last "
        "day of the period, or the closing day).",
    },
    "overview.in_tandem": {"nl": "In mbo-hbo-tandem", "en": "In MBO-HBO tandem"},
    "overview.in_tandem.help": {
        "nl": "Aandeel casussen dat precies door één mbo'er en één hbo'er samen wordt gedaan.",
        "en": "Share of cases worked by exactly one MBO and one HBO professional together.",
    },
    "overview.open_by_phase.explain": {
        "nl": "Open casussen op de laatste dag van de periode, naar de fase waarin ze toen waren.",
        "en": "Open cases on the last day of the period, by the phase they were in.",
    },
    # --- composition ---------------------------------------------------------------------------
    "composition.title": {"nl": "Samenstelling van het team", "en": "Team composition"},
    "composition.caption": {"nl": "{team} · peildatum {day}", "en": "{team} · reference day {day}"},
    "composition.empty": {
        "nl": "Dit team heeft nog geen teamleden. Voeg ze toe via Gegevensbeheer.",
        "en": "This team has no members yet. Add them under Data management.",
    },
    "composition.count_in": {"nl": "Tellen in", "en": "Count in"},
    "composition.weight.headcount": {"nl": "Aantal personen", "en": "Number of people"},
    "composition.weight.fte": {"nl": "FTE", "en": "FTE"},
    "composition.unit.headcount": {"nl": "teamleden", "en": "members"},
    "composition.unit.fte": {"nl": "FTE", "en": "FTE"},
    "composition.members_on_day": {
        "nl": "Teamleden op peildatum",
        "en": "Members on reference day",
    },
    "composition.members_on_day.help": {
        "nl": "Personen in het team op die dag.",
        "en": "People in the team on that day.",
    },
    "composition.breakdown.cbs_group": {
        "nl": "Opleidingsgroep (CBS)",
        "en": "Education group (CBS)",
    },
    "composition.breakdown.education_level": {"nl": "Opleidingsniveau", "en": "Education level"},
    "composition.breakdown.discipline": {"nl": "Discipline", "en": "Discipline"},
    "composition.breakdown.kind": {"nl": "Soort teamlid", "en": "Kind of member"},
    "composition.breakdown.employer": {"nl": "Werkgever", "en": "Employer"},
    "composition.breakdown.experience_band": {"nl": "Werkervaring", "en": "Work experience"},
    "composition.breakdown.registration_label": {
        "nl": "SKJ/BIG-registratie",
        "en": "SKJ/BIG registration",
    },
    "composition.breakdowns.explain": {
        "nl": "Teamleden op de laatste dag van de periode. Opleidingsgroep volgens CBS: laag (geen "
        "diploma, mbo-1), middelbaar (mbo-2 t/m 4), hoog (hbo, wo). Registratie: geldig op die "
        "dag.",
        "en": "Members on the last day of the period. Education group as CBS defines it: low (no "
        "diploma, MBO-1), middle (MBO-2 to 4), high (HBO, university). Registration: valid on "
        "that day.",
    },
    "composition.presentation.small_groups": {
        "nl": "Presentatiemodus: groepen van minder dan 5 personen staan als <5.",
        "en": "Presentation mode: groups of fewer than 5 people are shown as <5.",
    },
    "composition.presentation.hidden": {
        "nl": "Samenstelling door de tijd en in- en uitstroom zijn verborgen in de "
        "presentatiemodus: het gaat om kleine aantallen personen.",
        "en": "Composition over time and joiners/leavers are hidden in presentation mode: they "
        "concern small numbers of people.",
    },
    "composition.over_time.header": {
        "nl": "Samenstelling door de tijd",
        "en": "Composition over time",
    },
    "composition.over_time.explain": {
        "nl": "Per maandeinde: wie er volgens begin- en einddatum in het team zat, per CBS-groep.",
        "en": "At every month end: who was in the team by start and end date, per CBS group.",
    },
    "composition.turnover.explain": {
        "nl": "Instroom (begindatum) en uitstroom (einddatum) per kalenderjaar.",
        "en": "Joiners (start date) and leavers (end date) per calendar year.",
    },
    "composition.member_list": {
        "nl": "Teamleden (alleen voor de teamleider)",
        "en": "Team members (team leader only)",
    },
    "composition.column.name": {"nl": "Naam", "en": "Name"},
    "composition.column.pseudonym": {"nl": "Pseudoniem", "en": "Pseudonym"},
    "composition.column.education": {"nl": "Opleiding", "en": "Education"},
    "composition.column.discipline": {"nl": "Discipline", "en": "Discipline"},
    "composition.column.kind": {"nl": "Soort", "en": "Kind"},
    "common.yes": {"nl": "ja", "en": "yes"},
    # --- population ----------------------------------------------------------------------------
    "population.title": {"nl": "Zo divers als je bevolking", "en": "As diverse as your population"},
    "population.caption": {
        "nl": "{team} · teamleden op {day} · casussen {period}",
        "en": "{team} · members on {day} · cases {period}",
    },
    "population.no_members": {
        "nl": "Dit team heeft op de peildatum geen teamleden. Kies een andere periode of voeg "
        "teamleden toe via Gegevensbeheer.",
        "en": "This team has no members on the reference day. Choose another period or add "
        "members under Data management.",
    },
    "population.compare_with": {"nl": "Vergelijk met", "en": "Compare with"},
    "population.compare_with.help": {
        "nl": "De bediende bevolking weegt de buurten naar het aantal casussen van het team in "
        "de periode.",
        "en": "The served population weights the neighbourhoods by the team's number of cases "
        "there in the period.",
    },
    "population.view": {"nl": "Weergave", "en": "View"},
    "population.view.all": {
        "nl": "Alle drie de groepen (laag, middelbaar, hoog)",
        "en": "All three groups (low, middle, high)",
    },
    "population.view.professional": {
        "nl": "Professionele blik (middelbaar tegen hoog)",
        "en": "Professional view (middle against high)",
    },
    "population.dissimilarity": {"nl": "Dissimilariteit (D)", "en": "Dissimilarity (D)"},
    "population.dissimilarity.help": {
        "nl": "½ Σ |teamaandeel − bevolkingsaandeel|: het deel van het team dat anders zou "
        "moeten zijn om de bevolking te spiegelen. 0 % = spiegel.",
        "en": "½ Σ |team share − population share|: the part of the team that would have to "
        "differ to mirror the population. 0 % = mirror.",
    },
    "population.gap.help": {
        "nl": "Teamaandeel min bevolkingsaandeel, in procentpunten.",
        "en": "Team share minus population share, in percentage points.",
    },
    "population.blau_team": {"nl": "Diversiteit team (Blau)", "en": "Team diversity (Blau)"},
    "population.blau.help": {
        "nl": "Genormaliseerde Blau-index 1 − Σ t², gedeeld door het maximum: 0 % = één groep, "
        "100 % = alle groepen even groot.",
        "en": "Normalised Blau index 1 − Σ t², divided by its maximum: 0 % = one group, "
        "100 % = all groups equally large.",
    },
    "population.blau_population": {
        "nl": "Diversiteit bevolking (Blau)",
        "en": "Population diversity (Blau)",
    },
    "population.blau_population.help": {
        "nl": "Dezelfde index voor de gekozen bevolking.",
        "en": "The same index for the chosen population.",
    },
    "population.chart.explain": {
        "nl": "Punt: teamaandeel met 95%-interval (Wilson, op het aantal personen). Streep: "
        "{reference}. Ruit: Nederland. Onbekende opleiding telt niet mee.",
        "en": "Dot: team share with 95% interval (Wilson, on the number of people). Bar: "
        "{reference}. Diamond: the Netherlands. Unknown education is left out.",
    },
    "population.ratio.explain": {
        "nl": "Verhouding team/bevolking per groep (1 = spiegel; onder 0,8 of boven 1,25 valt op).",
        "en": "Ratio team/population per group (1 = mirror; below 0.8 or above 1.25 stands out).",
    },
    "population.table.group": {"nl": "Groep", "en": "Group"},
    "population.table.team": {"nl": "Team", "en": "Team"},
    "population.table.interval": {"nl": "95%-interval", "en": "95% interval"},
    "population.table.population": {"nl": "Bevolking", "en": "Population"},
    "population.table.ratio": {"nl": "Verhouding (RR)", "en": "Ratio (RR)"},
    "population.table.gap": {"nl": "Verschil (procentpunt)", "en": "Gap (percentage points)"},
    "population.table.noteworthy": {"nl": "Opvallend", "en": "Noteworthy"},
    "population.planner_hidden": {
        "nl": "De planner is verborgen in de presentatiemodus.",
        "en": "The planner is hidden in presentation mode.",
    },
    "population.what_if.header": {"nl": "Wat als… (planner)", "en": "What if… (planner)"},
    "population.what_if.explain": {
        "nl": "Het team nu en na de wijziging, tegen dezelfde bevolking.",
        "en": "The team now and after the change, against the same population.",
    },
    "population.fte_per_person": {"nl": "FTE per nieuw teamlid", "en": "FTE per new member"},
    "population.fte_per_person.help": {
        "nl": "Elk teamlid dat erbij komt, telt voor dit aantal FTE. Wie eraf gaat, neemt het "
        "gemiddelde FTE van de huidige teamleden in die groep mee.",
        "en": "Every member added counts for this many FTE. A member removed takes the average "
        "FTE of the group's current members.",
    },
    "population.what_if.change.help": {
        "nl": "Positief: erbij; negatief: eraf. Eraf kan tot het aantal teamleden in deze groep "
        "nu ({have}).",
        "en": "Positive: more; negative: fewer. You can remove up to the members this group "
        "has now ({have}).",
    },
    "population.what_if.too_many_removed": {
        "nl": "Je wilde {asked} teamleden uit {group} weghalen, maar het team heeft er {have}. "
        "Deze wijziging staat weer op 0; kies hoogstens {have}.",
        "en": "You asked to remove {asked} members from {group}, but the team has {have}. "
        "This change is back at 0; choose at most {have}.",
    },
    "population.d_after": {"nl": "D na wijziging", "en": "D after the change"},
    "population.blau_after": {"nl": "Blau team na wijziging", "en": "Team Blau after the change"},
    "population.target": {"nl": "Doel voor de dissimilariteit", "en": "Target dissimilarity"},
    "population.include_low": {
        "nl": "Ook vrijwilligers/ervaringsdeskundigen (laag) toevoegen",
        "en": "Also add volunteers/experience experts (low)",
    },
    "population.include_low.help": {
        "nl": "Professionals zijn vrijwel nooit 'laag'. Wie laag wil spiegelen, doet dat met "
        "vrijwilligers of ervaringsdeskundigen, niet met het aannemen van professionals.",
        "en": "Professionals are almost never 'low'. To mirror the low group, add volunteers or "
        "experience experts; hiring professionals cannot do it.",
    },
    "population.plan.unreachable": {
        "nl": "Met maximaal 20 extra mensen in deze groepen wordt dit doel niet gehaald.",
        "en": "This target cannot be reached with up to 20 more people in these groups.",
    },
    "population.plan.met": {
        "nl": "Het team haalt het doel van {target} al.",
        "en": "The team already meets the target of {target}.",
    },
    "population.plan.smallest": {
        "nl": "Kleinste wijziging om onder {target} te komen: {steps}.",
        "en": "Smallest change to get below {target}: {steps}.",
    },
    "population.plan.add": {"nl": "{n} erbij in {group}", "en": "{n} more in {group}"},
    "population.plan.remove": {"nl": "{n} eraf in {group}", "en": "{n} fewer in {group}"},
    "population.plan.add_fte": {
        "nl": "{n} erbij in {group} ({fte} FTE)",
        "en": "{n} more in {group} ({fte} FTE)",
    },
    "population.plan.fte_note": {
        "nl": "Gerekend met FTE-aandelen: elk nieuw teamlid telt voor {fte} FTE (zie 'FTE per "
        "nieuw teamlid' hierboven). De wijziging noemt het aantal mensen.",
        "en": "Computed on FTE shares: every new member counts for {fte} FTE (see 'FTE per new "
        "member' above). The change gives the number of people.",
    },
    "population.unknown_excluded": {
        "nl": "{n} teamleden zonder bekend opleidingsniveau tellen niet mee.",
        "en": "{n} team members without a known education level are left out.",
    },
    "population.unknown_excluded.one": {
        "nl": "1 teamlid zonder bekend opleidingsniveau telt niet mee.",
        "en": "1 team member without a known education level is left out.",
    },
    "common.no_cases": {
        "nl": "Geen casussen in deze periode. Kies een langere periode.",
        "en": "No cases in this period. Choose a longer period.",
    },
    # --- duos ----------------------------------------------------------------------------------
    "duos.title": {"nl": "Duo's en tandems", "en": "Pairs and tandems"},
    "duos.cases": {"nl": "Casussen", "en": "Cases"},
    "duos.tandem_share": {"nl": "Tandems onder duo's", "en": "Tandems among pairs"},
    "duos.tandem_share.help": {
        "nl": "Aandeel mbo-hbo onder casussen met precies twee teamleden (mbo of hbo).",
        "en": "Share of MBO-HBO among cases with exactly two members (MBO or HBO).",
    },
    "duos.expected": {"nl": "Bij toeval verwacht", "en": "Expected by chance"},
    "duos.expected.help": {
        "nl": "Als duo's willekeurig uit het team (naar FTE) werden gevormd.",
        "en": "If pairs were formed at random from the team (weighted by FTE).",
    },
    "duos.mix.explain": {
        "nl": "Duotype op de laatste dag van de periode (of de sluitingsdag): de opleiding van "
        "wie de regie- of begeleidingsrol heeft; consult telt niet mee. Ruit: willekeurige "
        "koppeling.",
        "en": "Pair type on the last day of the period (or the closing day): the education of "
        "whoever holds the lead or guidance role; consults do not count. Diamond: random "
        "pairing.",
    },
    "duos.days.explain": {
        "nl": "Hetzelfde, maar naar casusdagen: elke dag dat een casus openstond telt, met het "
        "duotype van die dag.",
        "en": "The same by case-days: every day a case was open counts, with that day's pair type.",
    },
    "duos.over_time.header": {
        "nl": "Door de tijd en uitgesplitst",
        "en": "Over time and broken down",
    },
    "duos.over_time.explain": {
        "nl": "Per maand: het duotype van de casussen die die maand openstonden, aan het eind "
        "ervan.",
        "en": "Per month: the pair type of the cases open that month, at its end.",
    },
    "duos.breakdown": {"nl": "Uitsplitsen naar", "en": "Break down by"},
    "duos.breakdown.target_group": {"nl": "Doelgroep", "en": "Target group"},
    "duos.breakdown.complexity": {"nl": "Complexiteit", "en": "Complexity"},
    "duos.breakdown.pilot": {"nl": "Pilot", "en": "Pilot"},
    "duos.breakdown.phase": {"nl": "Fase", "en": "Phase"},
    "duos.breakdown.explain": {
        "nl": "Aandeel duotypen binnen elke groep.",
        "en": "Share of pair types within each group.",
    },
    "duos.roles.header": {"nl": "Rollen in tandems", "en": "Roles in tandems"},
    "duos.role.regie": {"nl": "regierol", "en": "lead role"},
    "duos.role.begeleiding": {"nl": "begeleidingsrol", "en": "guidance role"},
    "duos.holder.mbo": {"nl": "mbo'er", "en": "MBO professional"},
    "duos.holder.hbo": {"nl": "hbo'er", "en": "HBO professional"},
    "duos.holder.beide": {"nl": "beiden", "en": "both"},
    "duos.holder.geen": {"nl": "niemand", "en": "nobody"},
    "duos.roles.explain": {
        "nl": "Aantal mbo-hbo-tandems waarin de mbo'er, de hbo'er, beiden of niemand de rol heeft.",
        "en": "Number of MBO-HBO tandems in which the MBO professional, the HBO professional, "
        "both or nobody holds the role.",
    },
    "duos.network.header": {"nl": "Wie werkt met wie", "en": "Who works with whom"},
    "duos.network.explain": {
        "nl": "Aantal casussen waarop twee teamleden in de periode tegelijk werkten. In de "
        "presentatiemodus staan er pseudoniemen in plaats van namen en blijven vakjes met "
        "minder dan 5 casussen leeg.",
        "en": "Number of cases two members worked at the same time in the period. In "
        "presentation mode pseudonyms replace names and cells below 5 cases stay empty.",
    },
    # --- phases --------------------------------------------------------------------------------
    "phases.title": {"nl": "Fasen en gelijkwaardigheid", "en": "Phases and equal standing"},
    "phases.counts.header": {"nl": "Casussen per fase", "en": "Cases per phase"},
    "phases.open.explain": {
        "nl": "Open casussen op de laatste dag van de periode, naar hun fase op die dag.",
        "en": "Open cases on the last day of the period, by their phase on that day.",
    },
    "phases.over_time.explain": {
        "nl": "Per maand: open casussen aan het eind van de maand, gestapeld naar fase.",
        "en": "Per month: open cases at the end of the month, stacked by phase.",
    },
    "phases.who.header": {
        "nl": "De mbo'er voor de basis: wie doet welke fase?",
        "en": "MBO for the basics: who works which phase?",
    },
    "phases.by_mbo": {"nl": "{phase} door mbo'ers", "en": "{phase} by MBO professionals"},
    "phases.by_mbo.help": {
        "nl": "Aandeel van de teamlid-dagen in de fase {phase} dat mbo'ers werkten.",
        "en": "Share of the member-days in the {phase} phase worked by MBO professionals.",
    },
    "phases.member_days.explain": {
        "nl": "Teamlid-dagen per fase naar opleiding: elke dag dat een teamlid aan een casus was "
        "toegewezen terwijl die casus in de fase zat (binnen de periode), alle rollen.",
        "en": "Member-days per phase by education: every day a member was assigned to a case "
        "while that case was in the phase (within the period), all roles.",
    },
    "phases.durations.header": {"nl": "Doorlooptijden en verloop", "en": "Durations and flow"},
    "phases.duration_by": {"nl": "Doorlooptijd per", "en": "Duration per"},
    "phases.duration_by.target_group": {"nl": "Doelgroep", "en": "Target group"},
    "phases.duration_by.duo_type": {"nl": "Duotype", "en": "Pair type"},
    "phases.durations.explain": {
        "nl": "Mediaan en spreiding (25e–75e percentiel) in dagen van afgeronde fasen van de "
        "casussen in de periode.",
        "en": "Median and spread (25th–75th percentile) in days of completed phases of the "
        "period's cases.",
    },
    "phases.flow.explain": {
        "nl": "Hoe casussen van fase naar fase gaan en met welke uitkomst ze eindigen.",
        "en": "How cases move from phase to phase and the outcome they end with.",
    },
    "phases.equal.header": {
        "nl": "Gelijkwaardigheid: werkdruk en regie",
        "en": "Equal standing: workload and lead role",
    },
    "phases.caseload.explain": {
        "nl": "Casussen per FTE: verschillende casussen per teamlid in de periode, gedeeld door "
        "de FTE naar rato van de tijd in het team.",
        "en": "Cases per FTE: distinct cases per member in the period, divided by the FTE "
        "pro rata to the time in the team.",
    },
    "phases.lead.explain": {
        "nl": "Aandeel in de regierollen tegenover het aandeel in alle toewijzingen, per "
        "opleiding.",
        "en": "Share of the lead roles against the share of all assignments, per education.",
    },
    # --- compliance ----------------------------------------------------------------------------
    "compliance.title": {"nl": "Taken en bevoegdheden", "en": "Tasks and qualifications"},
    "compliance.norm.header": {
        "nl": "Norm van verantwoorde werktoedeling (jeugd)",
        "en": "Standard for responsible allocation of work (youth)",
    },
    "compliance.norm.explain": {
        "nl": "Jeugdcasussen met een risico (veiligheid, crisis, onveilige omgeving, …) die in de "
        "periode liepen, beoordeeld op de laatste dag van de periode of de sluitingsdag: heeft "
        "iemand met de regie- of begeleidingsrol een geldige SKJ/BIG-registratie?",
        "en": "Youth cases with a risk (safety, crisis, unsafe environment, …) open in the "
        "period, judged on the last day of the period or the closing day: does someone in the "
        "lead or guidance role hold a valid SKJ/BIG registration?",
    },
    "compliance.help.conform": {
        "nl": "Er werkt een professional met een geldige SKJ- of BIG-registratie aan mee.",
        "en": "A professional with a valid SKJ or BIG registration works on the case.",
    },
    "compliance.help.uitgelegd": {
        "nl": "Geen geregistreerde professional, wel een schriftelijke tenzij-motivering.",
        "en": "No registered professional, but a written justification ('pas toe of leg uit').",
    },
    "compliance.help.niet_conform": {
        "nl": "Geen geregistreerde professional en geen tenzij-motivering.",
        "en": "No registered professional and no written justification.",
    },
    "compliance.none_in_scope": {
        "nl": "Geen jeugdcasussen met een risico in deze periode.",
        "en": "No youth cases with a risk in this period.",
    },
    "compliance.all_conform": {
        "nl": "Alle jeugdcasussen met risico hebben een geregistreerde professional.",
        "en": "Every youth case with a risk has a registered professional.",
    },
    "compliance.codes_hidden": {
        "nl": "Presentatiemodus: de lijst met casuscodes is verborgen.",
        "en": "Presentation mode: the list of case codes is hidden.",
    },
    "compliance.column.code": {"nl": "Casuscode", "en": "Case code"},
    "compliance.column.status": {"nl": "Status", "en": "Status"},
    "compliance.column.reference_day": {"nl": "Beoordeeld op", "en": "Judged on"},
    "compliance.column.members": {"nl": "Teamleden op de casus", "en": "Members on the case"},
    "compliance.column.member": {"nl": "Teamlid", "en": "Member"},
    "compliance.column.register": {"nl": "Register", "en": "Register"},
    "compliance.column.valid_until": {"nl": "Geldig tot", "en": "Valid until"},
    "compliance.column.days_left": {"nl": "Dagen over", "en": "Days left"},
    "compliance.registrations.header": {
        "nl": "Registraties die aandacht vragen",
        "en": "Registrations that need attention",
    },
    "compliance.registrations.explain": {
        "nl": "SKJ- en BIG-registraties die binnen 90 dagen na de peildatum verlopen of al "
        "verlopen zijn (registratie duurt 5 jaar).",
        "en": "SKJ and BIG registrations that expire within 90 days of the reference day or have "
        "expired (a registration lasts 5 years).",
    },
    "compliance.registrations.none": {
        "nl": "Geen registraties die binnen 90 dagen verlopen.",
        "en": "No registrations expiring within 90 days.",
    },
    # --- report page ---------------------------------------------------------------------------
    "report_page.title": {"nl": "Rapport", "en": "Report"},
    "report_page.intro": {
        "nl": "Het rapport bevat de kerncijfers van dit team en deze periode met hun uitleg en de "
        "bron van de bevolkingscijfers. Het is **altijd anoniem**: geen namen of casuscodes, "
        "aantallen onder 5 als <5. De grafieken zijn interactief en het bestand werkt offline.",
        "en": "The report holds this team's key figures for this period with their explanations "
        "and the source of the population figures. It is **always anonymous**: no names or case "
        "codes, counts below 5 as <5. The charts are interactive and the file works offline.",
    },
    "report_page.download_html": {"nl": "HTML-rapport downloaden", "en": "Download HTML report"},
    "report_page.no_pdf": {
        "nl": "PDF maken kan op deze computer niet (Chromium ontbreekt). Open het HTML-rapport en "
        "kies Afdrukken → Opslaan als PDF.",
        "en": "This computer cannot make a PDF (Chromium is missing). Open the HTML report and "
        "choose Print → Save as PDF.",
    },
    "report_page.make_pdf": {"nl": "PDF maken", "en": "Make PDF"},
    "report_page.making_pdf": {"nl": "De PDF wordt gemaakt…", "en": "Making the PDF…"},
    "report_page.download_pdf": {"nl": "PDF downloaden", "en": "Download PDF"},
    "report_page.png_hint": {
        "nl": "Losse grafieken: het camera-icoon boven elke grafiek bewaart die als PNG.",
        "en": "Single charts: the camera icon above each chart saves it as PNG.",
    },
}
