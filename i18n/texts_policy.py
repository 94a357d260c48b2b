"""Texts of the policy pages and the modules behind them.

Key prefixes: "pilots." (pages/pilots.py, ui/pilots.py), "compare." (pages/vergelijken.py,
ui/comparison.py), "chart.pilots." / "chart.compare." (charts/pilots.py, charts/comparison.py),
"analysis.pilots." (sentences made in analysis/pilots.py). Hover texts name their plotly parts as
placeholders; the chart code fills in plotly's %{…} tokens.
"""

from __future__ import annotations

POLICY: dict[str, dict[str, str]] = {
    # --- Pilots page (pages/pilots.py) ---------------------------------------------------------
    "pilots.title": {
        "nl": "Pilots: uitkomsten tegen reguliere casussen",
        "en": "Pilots: outcomes against regular cases",
    },
    "pilots.no_cases_in_period": {
        "nl": "In deze periode heeft dit team geen casussen in de pilot {pilot}. Kies de looptijd "
        "van de pilot of een andere periode in de zijbalk.",
        "en": "In this period this team has no cases in the {pilot} pilot. Choose the pilot's "
        "run time or another period in the sidebar.",
    },
    "pilots.summary.explain": {
        "nl": "Een casus telt mee als hij op minstens één dag in de periode open was. Opschaling: "
        "deel van de in de periode afgesloten casussen met uitkomst 'opgeschaald naar tweedelijns "
        "hulp' (lopende casussen tellen niet mee), met 95%-interval (Wilson). Doorlooptijd: dagen "
        "van aanmelding tot afsluiting van de afgesloten casussen; spreiding = middelste helft.",
        "en": "A case counts when it was open on at least one day of the period. Escalation: "
        "share of the cases closed in the period with outcome 'escalated to second-line care' "
        "(ongoing cases do not count), with 95% interval (Wilson). Duration: days from referral "
        "to closing of the closed cases; spread = middle half.",
    },
    "pilots.outcomes.header": {"nl": "Uitkomsten", "en": "Outcomes"},
    "pilots.chart.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "pilots.outcomes.explain": {
        "nl": "Uitkomst op de laatste dag van de periode; casussen die toen nog open waren heten "
        "'lopend' (of 'waakvlam' als ze in de waakvlamfase zitten).",
        "en": "Outcome on the last day of the period; cases still open then are 'ongoing' (or "
        "'pilot light' when they are in the pilot-light phase).",
    },
    "pilots.chart.escalated": {"nl": "Opgeschaald", "en": "Escalated"},
    "pilots.escalation.caption": {
        "nl": "Punt: opschalingspercentage; streep: 95%-betrouwbaarheidsinterval (Wilson).",
        "en": "Dot: escalation rate; bar: 95% confidence interval (Wilson).",
    },
    "pilots.chart.duration": {"nl": "Doorlooptijd", "en": "Duration"},
    "pilots.duration.caption": {
        "nl": "Punt: mediane doorlooptijd; streep: 25e tot 75e percentiel.",
        "en": "Dot: median duration; bar: 25th to 75th percentile.",
    },
    "pilots.regie.header": {"nl": "Wie had de regie", "en": "Who held the lead role"},
    "pilots.chart.regie": {"nl": "Regie", "en": "Lead role"},
    "pilots.regie.explain": {
        "nl": "Elke regietoewijzing die in de periode liep telt één keer, naar de opleiding van "
        "wie de regie had: mbo, hbo/wo of overig (geen diploma of onbekend).",
        "en": "Every lead-role assignment that ran in the period counts once, by the education "
        "of whoever held the lead role: MBO, HBO/university or other (no diploma or unknown).",
    },
    "pilots.quarterly.header": {"nl": "Per kwartaal", "en": "Per quarter"},
    "pilots.quarterly.explain": {
        "nl": "Boven: casussen die in het kwartaal open waren. Onder: deel van de in dat kwartaal "
        "afgesloten casussen dat is opgeschaald; per kwartaal zijn de aantallen klein, dus lees "
        "vooral de richting.",
        "en": "Top: cases open in the quarter. Bottom: share of the cases closed in that quarter "
        "that were escalated; per quarter the numbers are small, so read mainly the direction.",
    },
    # --- Pilots page blocks (ui/pilots.py) -----------------------------------------------------
    "pilots.choose": {"nl": "Pilot", "en": "Pilot"},
    "pilots.choose.help": {
        "nl": "De gekozen pilot wordt vergeleken met de reguliere casussen (zonder pilot) van "
        "hetzelfde team in dezelfde periode.",
        "en": "The chosen pilot is compared with the regular cases (without a pilot) of the same "
        "team in the same period.",
    },
    "pilots.window.none": {
        "nl": "Dit team heeft geen casussen in de pilot {pilot}.",
        "en": "This team has no cases in the {pilot} pilot.",
    },
    "pilots.window": {
        "nl": "Pilot {pilot} bij dit team: casussen geopend van {first} t/m {last} ({count} in "
        "totaal).",
        "en": "The {pilot} pilot in this team: cases opened from {first} to {last} ({count} in "
        "total).",
    },
    "pilots.window.use": {
        "nl": "Kies de looptijd van deze pilot als periode",
        "en": "Use this pilot's run time as the period",
    },
    "pilots.window.use.help": {
        "nl": "Zet de periode in de zijbalk op de eerste t/m de laatste aanmelding in de pilot.",
        "en": "Sets the period in the sidebar from the first to the last referral in the pilot.",
    },
    "pilots.days": {"nl": "{days} dagen", "en": "{days} days"},
    "pilots.days_range": {"nl": "{low} – {high} dagen", "en": "{low} – {high} days"},
    "pilots.metric.cases.pilot": {"nl": "Casussen pilot", "en": "Pilot cases"},
    "pilots.metric.cases.regular": {"nl": "Casussen regulier", "en": "Regular cases"},
    "pilots.metric.escalated.pilot": {"nl": "Opgeschaald pilot", "en": "Escalated, pilot"},
    "pilots.metric.escalated.regular": {"nl": "Opgeschaald regulier", "en": "Escalated, regular"},
    "pilots.metric.escalated.help": {
        "nl": "Deel van de in de periode afgesloten casussen dat is opgeschaald naar tweedelijns "
        "hulp. Lopende casussen tellen niet mee: hun uitkomst is nog niet bekend.",
        "en": "Share of the cases closed in the period that were escalated to second-line care. "
        "Ongoing cases do not count: their outcome is not known yet.",
    },
    "pilots.metric.duration.pilot": {
        "nl": "Doorlooptijd pilot (mediaan)",
        "en": "Duration, pilot (median)",
    },
    "pilots.metric.duration.regular": {
        "nl": "Doorlooptijd regulier (mediaan)",
        "en": "Duration, regular (median)",
    },
    "pilots.metric.duration.help": {
        "nl": "Mediaan van het aantal dagen van aanmelding tot afsluiting, van de in de periode "
        "afgesloten casussen.",
        "en": "Median number of days from referral to closing, of the cases closed in the period.",
    },
    "pilots.percentages_hidden": {
        "nl": "Percentages op minder dan 5 casussen worden in presentatiemodus niet getoond.",
        "en": "Percentages based on fewer than 5 cases are not shown in presentation mode.",
    },
    "pilots.table.group": {"nl": "Groep", "en": "Group"},
    "pilots.table.cases": {"nl": "Casussen", "en": "Cases"},
    "pilots.table.closed": {"nl": "Afgesloten", "en": "Closed"},
    "pilots.table.escalated": {"nl": "Opgeschaald", "en": "Escalated"},
    "pilots.table.escalation": {"nl": "Opschaling", "en": "Escalation rate"},
    "pilots.table.interval": {"nl": "95%-interval", "en": "95% interval"},
    "pilots.table.duration": {"nl": "Doorlooptijd (mediaan)", "en": "Duration (median)"},
    "pilots.table.spread": {
        "nl": "Spreiding (25e–75e percentiel)",
        "en": "Spread (25th–75th percentile)",
    },
    "pilots.population_context": {
        "nl": "Ter vergelijking, opleidingsniveau van de inwoners (15–74 jaar) van "
        "{municipality}: {parts}. Mbo-2/3/4 hoort bij middelbaar, hbo/wo bij hoog.",
        "en": "For comparison, education level of the residents (aged 15–74) of "
        "{municipality}: {parts}. MBO-2/3/4 counts as middle, HBO/university as high.",
    },
    # --- Vergelijken page (pages/vergelijken.py) -----------------------------------------------
    "compare.title": {
        "nl": "Gemeenten en teams vergelijken",
        "en": "Compare municipalities and teams",
    },
    "compare.caption": {
        "nl": "Teamleden op {day} · casussen {period} · de periode en de presentatiemodus komen "
        "uit de zijbalk",
        "en": "Team members on {day} · cases {period} · the period and presentation mode come "
        "from the sidebar",
    },
    "compare.choose_first": {
        "nl": "Kies hierboven een of meer gemeenten of teams om te vergelijken.",
        "en": "Choose one or more municipalities or teams above to compare.",
    },
    "compare.team_count": {"nl": "Teams in de vergelijking", "en": "Teams in the comparison"},
    "compare.team_count.help": {
        "nl": "Het aantal gekozen teams. Alle cijfers gelden voor de periode in de zijbalk.",
        "en": "The number of teams chosen. Every figure applies to the period in the sidebar.",
    },
    "compare.composition.header": {
        "nl": "Samenstelling en bevolking",
        "en": "Composition and population",
    },
    "compare.composition.explain": {
        "nl": "Teamleden en FTE op de laatste dag van de periode. Team laag/middelbaar/hoog: "
        "aandeel van de teamleden met bekende opleiding; bevolking: inwoners van 15–74 jaar van "
        "de gemeente; mbo en hbo/wo: aandeel van alle teamleden. Dissimilariteit = ½ Σ |team − "
        "bevolking|: het deel van het team dat anders zou moeten zijn om de gemeente te spiegelen.",
        "en": "Team members and FTE on the last day of the period. Team low/middle/high: share "
        "of the members with a known education; population: residents aged 15–74 of the "
        "municipality; MBO and HBO/university: share of all members. Dissimilarity = ½ Σ |team − "
        "population|: the part of the team that would have to differ to mirror the municipality.",
    },
    "compare.chart.education": {"nl": "Opleiding", "en": "Education"},
    "compare.education.explain": {
        "nl": "Per team: balk = aandeel in het team, streep = gemeente, ruit = Nederland.",
        "en": "Per team: bar = share in the team, line = municipality, diamond = the Netherlands.",
    },
    "compare.education.first_panels": {
        "nl": "Alleen de eerste {count} teams in de sortering.",
        "en": "Only the first {count} teams in the sort order.",
    },
    "compare.charts_limited": {
        "nl": "De grafieken tonen de eerste {count} teams in de sortering.",
        "en": "The charts show the first {count} teams in the sort order.",
    },
    "compare.chart.dissimilarity": {"nl": "Dissimilariteit", "en": "Dissimilarity"},
    "compare.dissimilarity.explain": {
        "nl": "Dissimilariteit per team tegen de eigen gemeente (0 % = spiegel van de bevolking).",
        "en": "Dissimilarity per team against its own municipality (0% = mirror of the "
        "population).",
    },
    "compare.work.header": {"nl": "Werkwijze en uitkomsten", "en": "Way of working and outcomes"},
    "compare.work.explain": {
        "nl": "Casussen: open op minstens één dag in de periode. In duo / tandem: twee of meer "
        "teamleden, of precies één mbo'er en één hbo'er, op de laatste dag (of de sluitingsdag). "
        "Fasen: open casussen op de laatste dag. Opschaling: deel van de in de periode "
        "afgesloten casussen dat naar tweedelijns hulp ging (95%-interval Wilson). Casussen per "
        "FTE: per teamlid de casussen waarin het regie of begeleiding had, gedeeld door de FTE "
        "naar aanwezigheid in de periode.",
        "en": "Cases: open on at least one day of the period. In a pair / tandem: two or more "
        "members, or exactly one MBO and one HBO professional, on the last day (or the closing "
        "day). Phases: open cases on the last day. Escalation: share of the cases closed in the "
        "period that went to second-line care (95% interval, Wilson). Cases per FTE: per member "
        "the cases in which they held the lead or guidance role, divided by the FTE according to "
        "presence in the period.",
    },
    "compare.chart.duo_types": {"nl": "Duotypen", "en": "Pair types"},
    "compare.duo_types.caption": {
        "nl": "Duotype van de casussen per team (aandeel).",
        "en": "Pair type of the cases per team (share).",
    },
    "compare.chart.phases": {"nl": "Fasen", "en": "Phases"},
    "compare.phases.caption": {
        "nl": "Fase van de open casussen op de laatste dag van de periode (aandeel).",
        "en": "Phase of the open cases on the last day of the period (share).",
    },
    "compare.escalation.caption": {
        "nl": "Opschaling met 95%-betrouwbaarheidsinterval (Wilson).",
        "en": "Escalation with 95% confidence interval (Wilson).",
    },
    "compare.caseload.caption": {
        "nl": "Casussen per FTE (regie of begeleiding), alle opleidingen samen.",
        "en": "Cases per FTE (lead or guidance role), all educations together.",
    },
    # --- Vergelijken widgets and tables (ui/comparison.py) -------------------------------------
    "compare.teams": {"nl": "Gemeenten en teams", "en": "Municipalities and teams"},
    "compare.teams.help": {
        "nl": "Kies twee of meer teams om naast elkaar te zetten. Nederland staat er als "
        "maatstaf voor de bevolking altijd bij.",
        "en": "Choose two or more teams to put side by side. The Netherlands is always there as "
        "the benchmark for the population.",
    },
    "compare.sort": {"nl": "Sorteer op", "en": "Sort by"},
    "compare.descending": {"nl": "Aflopend", "en": "Descending"},
    "compare.sort.mbo_share": {"nl": "Aandeel mbo in team", "en": "Share of MBO in team"},
    "compare.sort.team_hoog": {
        "nl": "Aandeel hoog (hbo/wo) in team",
        "en": "Share of high (HBO/university) in team",
    },
    "compare.sort.tandem_share": {
        "nl": "Aandeel mbo-hbo-tandems",
        "en": "Share of MBO-HBO tandems",
    },
    "compare.benchmark": {
        "nl": "Nederland (bevolking, ter vergelijking)",
        "en": "The Netherlands (population, for comparison)",
    },
    "compare.column.name": {"nl": "Gemeente / team", "en": "Municipality / team"},
    "compare.column.members": {"nl": "Teamleden", "en": "Team members"},
    "compare.column.fte": {"nl": "FTE", "en": "FTE"},
    "compare.column.team_group": {"nl": "Team {group}", "en": "Team {group}"},
    "compare.column.population_group": {"nl": "Bevolking {group}", "en": "Population {group}"},
    "compare.column.mbo": {"nl": "mbo", "en": "MBO"},
    "compare.column.hbo": {"nl": "hbo/wo", "en": "HBO/university"},
    "compare.column.dissimilarity": {"nl": "Dissimilariteit", "en": "Dissimilarity"},
    "compare.column.cases": {"nl": "Casussen", "en": "Cases"},
    "compare.column.in_duo": {"nl": "In duo", "en": "In a pair"},
    "compare.column.tandem": {"nl": "mbo-hbo-tandem", "en": "MBO-HBO tandem"},
    "compare.column.open_on_end": {"nl": "Open op einddatum", "en": "Open on end date"},
    "compare.column.closed": {"nl": "Afgesloten", "en": "Closed"},
    "compare.column.escalation": {"nl": "Opschaling", "en": "Escalation"},
    "compare.column.interval": {"nl": "95%-interval", "en": "95% interval"},
    "compare.column.caseload": {"nl": "Casussen per FTE", "en": "Cases per FTE"},
    # --- Pilot charts (charts/pilots.py) -------------------------------------------------------
    "chart.pilots.regular": {"nl": "regulier (geen pilot)", "en": "regular (no pilot)"},
    "chart.pilots.escalation.axis": {
        "nl": "Opgeschaald naar tweedelijns hulp (%)",
        "en": "Escalated to second-line care (%)",
    },
    "chart.pilots.escalation.hover": {
        "nl": "{group}: {share}% opgeschaald",
        "en": "{group}: {share}% escalated",
    },
    "chart.pilots.duration.axis": {
        "nl": "Doorlooptijd afgesloten casussen (dagen)",
        "en": "Duration of closed cases (days)",
    },
    "chart.pilots.duration.hover": {
        "nl": "{group}: mediaan {median} dagen",
        "en": "{group}: median {median} days",
    },
    "chart.pilots.quarter": {"nl": "{year} K{quarter}", "en": "{year} Q{quarter}"},
    "chart.pilots.quarterly.cases_title": {
        "nl": "Casussen in het kwartaal",
        "en": "Cases in the quarter",
    },
    "chart.pilots.quarterly.rate_title": {
        "nl": "Opgeschaald (% van afgesloten casussen)",
        "en": "Escalated (% of closed cases)",
    },
    "chart.pilots.quarterly.cases_axis": {"nl": "Casussen", "en": "Cases"},
    "chart.pilots.quarterly.rate_hover": {
        "nl": "{quarter}: {share}% van {count} afgesloten",
        "en": "{quarter}: {share}% of {count} closed",
    },
    # --- Comparison charts (charts/comparison.py) ----------------------------------------------
    "chart.compare.team": {"nl": "Team", "en": "Team"},
    "chart.compare.team_hover": {"nl": "{group}: team {share}%", "en": "{group}: team {share}%"},
    "chart.compare.municipality": {
        "nl": "Gemeente (bevolking)",
        "en": "Municipality (population)",
    },
    "chart.compare.municipality_hover": {
        "nl": "{group}: gemeente {share}%",
        "en": "{group}: municipality {share}%",
    },
    "chart.compare.dissimilarity.axis": {"nl": "Dissimilariteit (%)", "en": "Dissimilarity (%)"},
    "chart.compare.dissimilarity.hover": {
        "nl": "{team}: D = {share}%",
        "en": "{team}: D = {share}%",
    },
    "chart.compare.caseload.axis": {"nl": "Casussen per FTE", "en": "Cases per FTE"},
    "chart.compare.caseload.hover": {
        "nl": "{team}: {value} casussen per FTE",
        "en": "{team}: {value} cases per FTE",
    },
    "chart.compare.escalation.hover": {
        "nl": "{team}: {share}% van {count} afgesloten casussen",
        "en": "{team}: {share}% of {count} closed cases",
    },
    # --- Analysis sentences (analysis/pilots.py) -----------------------------------------------
    "analysis.pilots.group.verwarde_personen": {
        "nl": "de pilot verwarde personen",
        "en": "the confused persons pilot",
    },
    "analysis.pilots.group.waakvlam": {"nl": "de pilot waakvlam", "en": "the pilot light pilot"},
    "analysis.pilots.group.geen": {"nl": "reguliere casussen", "en": "regular cases"},
    "analysis.pilots.rate": {
        "nl": "{rate} (95%-interval {low} – {high})",
        "en": "{rate} (95% interval {low} – {high})",
    },
    "analysis.pilots.verdict_more": {
        "nl": "De pilot schaalt vaker op dan reguliere casussen; dat verschil is groter dan je "
        "bij toeval zou verwachten (Fisher's exacte toets, {p}).",
        "en": "The pilot escalates more often than regular cases; that difference is larger than "
        "you would expect by chance (Fisher's exact test, {p}).",
    },
    "analysis.pilots.verdict_less": {
        "nl": "De pilot schaalt minder vaak op dan reguliere casussen; dat verschil is groter dan "
        "je bij toeval zou verwachten (Fisher's exacte toets, {p}).",
        "en": "The pilot escalates less often than regular cases; that difference is larger than "
        "you would expect by chance (Fisher's exact test, {p}).",
    },
    "analysis.pilots.verdict_chance": {
        "nl": "Het verschil in opschaling tussen pilot en reguliere casussen kan goed toeval zijn "
        "(Fisher's exacte toets, {p}).",
        "en": "The difference in escalation between pilot and regular cases may well be chance "
        "(Fisher's exact test, {p}).",
    },
    "analysis.pilots.too_small": {
        "nl": "De aantallen zijn te klein om te vergelijken: in deze periode zijn {pilot_closed} "
        "casussen in {name} en {regular_closed} reguliere casussen afgesloten. Voor een "
        "vergelijking zijn er minstens {minimum} afgesloten casussen in elke groep nodig; kies "
        "een langere periode.",
        "en": "The numbers are too small to compare: in this period {pilot_closed} cases in "
        "{name} and {regular_closed} regular cases were closed. A comparison needs at least "
        "{minimum} closed cases in each group; choose a longer period.",
    },
    "analysis.pilots.sentence": {
        "nl": "Van de {pilot_closed} in deze periode afgesloten casussen in {name} is "
        "{pilot_rate} opgeschaald naar tweedelijns hulp; van de {regular_closed} afgesloten "
        "reguliere casussen van hetzelfde team {regular_rate}. {verdict}",
        "en": "Of the {pilot_closed} cases in {name} closed in this period, {pilot_rate} were "
        "escalated to second-line care; of the {regular_closed} closed regular cases of the same "
        "team, {regular_rate}. {verdict}",
    },
    "analysis.pilots.holder.mbo": {"nl": "een mbo'er", "en": "an MBO professional"},
    "analysis.pilots.holder.hbo": {"nl": "een hbo'er", "en": "an HBO professional"},
    "analysis.pilots.holder.overig": {
        "nl": "iemand met een andere of onbekende opleiding",
        "en": "someone with another or unknown education",
    },
    "analysis.pilots.regie_sentence": {
        "nl": "In {name} had {holder} de regie in {count} van de {total} regietoewijzingen "
        "({share}); bij reguliere casussen in {regular_count} van de {regular_total} "
        "({regular_share}).",
        "en": "In {name}, {holder} held the lead role in {count} of the {total} lead-role "
        "assignments ({share}); in regular cases in {regular_count} of the {regular_total} "
        "({regular_share}).",
    },
    "analysis.pilots.regie_sentence_no_regular": {
        "nl": "In {name} had {holder} de regie in {count} van de {total} regietoewijzingen "
        "({share}); reguliere casussen met regie waren er in deze periode niet.",
        "en": "In {name}, {holder} held the lead role in {count} of the {total} lead-role "
        "assignments ({share}); there were no regular cases with a lead role in this period.",
    },
}
