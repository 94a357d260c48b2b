"""Texts of the charts, the analysis sentences and the report.

Key prefixes: "chart." (figures in charts/), "analysis." (sentences, notes and labels made in
analysis/), "report." (the HTML/PDF report). Hover texts name their plotly parts as
placeholders ({x}, {value}, {count} …); the chart code fills in plotly's %{…} tokens.
"""

from __future__ import annotations

CHARTS: dict[str, dict[str, str]] = {
    # --- Shared by the charts -----------------------------------------------------------------
    "chart.no_data": {"nl": "Geen gegevens", "en": "No data"},
    "chart.no_team_data": {"nl": "Geen gegevens over het team", "en": "No data on the team"},
    "chart.not_applicable": {"nl": "n.v.t.", "en": "n/a"},
    "chart.axis.share": {"nl": "Aandeel (%)", "en": "Share (%)"},
    "chart.axis.share_cases": {"nl": "Aandeel casussen (%)", "en": "Share of cases (%)"},
    "chart.axis.month": {"nl": "Maand", "en": "Month"},
    "chart.axis.month_end": {"nl": "Einde maand", "en": "End of month"},
    "chart.axis.number_of_cases": {"nl": "Aantal casussen", "en": "Number of cases"},
    "chart.axis.phase": {"nl": "Fase", "en": "Phase"},
    "chart.axis.education": {"nl": "Opleiding", "en": "Education"},
    "chart.axis.year": {"nl": "Jaar", "en": "Year"},
    "chart.axis.members": {"nl": "Teamleden", "en": "Team members"},
    "chart.hover.share_of_cases": {
        "nl": "{label}: {share}% ({count} casussen)",
        "en": "{label}: {share}% ({count} cases)",
    },
    "chart.hover.cases": {"nl": "{label}: {count} casussen", "en": "{label}: {count} cases"},
    # Education groups of the work charts (mbo / hbo incl. wo / other), short on purpose.
    "chart.duo_group.mbo": {"nl": "mbo", "en": "MBO"},
    "chart.duo_group.hbo": {"nl": "hbo", "en": "HBO"},
    "chart.duo_group.overig": {"nl": "overig", "en": "other"},
    # --- Duo types (charts/work.py) -----------------------------------------------------------
    "chart.duo_mix.title": {"nl": "Duotypen van casussen", "en": "Duo types of cases"},
    "chart.duo_days.title": {"nl": "Duotypen naar casusdagen", "en": "Duo types by case-days"},
    "chart.duo_mix.cases": {"nl": "Casussen", "en": "Cases"},
    "chart.duo_mix.random_pairing": {
        "nl": "Bij willekeurige koppeling",
        "en": "With random pairing",
    },
    "chart.duo_mix.hover_random_pairing": {
        "nl": "{label}: {share}% bij willekeurige koppeling",
        "en": "{label}: {share}% with random pairing",
    },
    "chart.duo_over_time.title": {"nl": "Duotypen per maand", "en": "Duo types per month"},
    "chart.duo_breakdown.title": {"nl": "Duotypen per groep", "en": "Duo types per group"},
    "chart.co_assignment.title": {
        "nl": "Wie werkt met wie (gedeelde casussen)",
        "en": "Who works with whom (shared cases)",
    },
    "chart.co_assignment.colourbar": {"nl": "Casussen", "en": "Cases"},
    "chart.co_assignment.hover": {
        "nl": "{first} en {second}: {count} casussen",
        "en": "{first} and {second}: {count} cases",
    },
    # --- Phases (charts/work.py) --------------------------------------------------------------
    "chart.phase_stack.title": {"nl": "Open casussen per fase", "en": "Open cases per phase"},
    "chart.member_days.title": {
        "nl": "Inzet per fase naar opleiding (medewerkerdagen)",
        "en": "Effort per phase by education (member-days)",
    },
    "chart.member_days.axis": {
        "nl": "Aandeel medewerkerdagen (%)",
        "en": "Share of member-days (%)",
    },
    "chart.member_days.hover": {
        "nl": "{label}: {share}% ({days} dagen)",
        "en": "{label}: {share}% ({days} days)",
    },
    "chart.phase_duration.title": {
        "nl": "Duur van afgeronde fasen (mediaan, 25e–75e percentiel)",
        "en": "Duration of completed phases (median, 25th–75th percentile)",
    },
    "chart.phase_duration.axis": {"nl": "Duur (dagen)", "en": "Duration (days)"},
    "chart.phase_duration.hover": {
        "nl": "{group}, {phase}: mediaan {median} dagen ({count} fasen)",
        "en": "{group}, {phase}: median {median} days ({count} phases)",
    },
    "chart.phase_sankey.title": {
        "nl": "Van fase naar fase en uitkomst",
        "en": "From phase to phase and outcome",
    },
    "chart.phase_sankey.outcome": {"nl": "uitkomst: {outcome}", "en": "outcome: {outcome}"},
    # --- Workload (charts/work.py) ------------------------------------------------------------
    "chart.caseload.title": {
        "nl": "Casussen per fte naar opleiding",
        "en": "Cases per FTE by education",
    },
    "chart.caseload.axis": {"nl": "Casussen per fte", "en": "Cases per FTE"},
    "chart.caseload.hover": {
        "nl": "{label}: {value} casussen per fte ({count} totaal)",
        "en": "{label}: {value} cases per FTE ({count} in total)",
    },
    "chart.lead_share.title": {"nl": "Regierol naar opleiding", "en": "Lead role by education"},
    "chart.lead_share.lead": {"nl": "Aandeel regierol", "en": "Share of lead roles"},
    "chart.lead_share.all": {
        "nl": "Aandeel alle toewijzingen",
        "en": "Share of all assignments",
    },
    "chart.lead_share.hover": {
        "nl": "{name}: {share}% ({count})",
        "en": "{name}: {share}% ({count})",
    },
    # --- Team versus population (charts/representation.py) -----------------------------------
    "chart.representation.population": {"nl": "Bevolking", "en": "Population"},
    "chart.representation.population_hover": {
        "nl": "{group}: bevolking {share}%",
        "en": "{group}: population {share}%",
    },
    "chart.representation.team": {
        "nl": "Team (met 95%-interval)",
        "en": "Team (with 95% interval)",
    },
    "chart.representation.team_hover": {
        "nl": "{group}: team {share}% (95%-interval {low}–{high}%), aantal {count}",
        "en": "{group}: team {share}% (95% interval {low}–{high}%), count {count}",
    },
    "chart.representation.netherlands": {"nl": "Nederland", "en": "The Netherlands"},
    "chart.representation.netherlands_hover": {
        "nl": "{group}: Nederland {share}%",
        "en": "{group}: the Netherlands {share}%",
    },
    "chart.representation.ratio_axis": {
        "nl": "Representatieratio (teamaandeel ÷ bevolkingsaandeel)",
        "en": "Representation ratio (team share ÷ population share)",
    },
    "chart.representation.ratio": {"nl": "Representatieratio", "en": "Representation ratio"},
    "chart.representation.ratio_hover": {
        "nl": "{group}: ratio {ratio}",
        "en": "{group}: ratio {ratio}",
    },
    "chart.what_if.now": {"nl": "Team nu", "en": "Team now"},
    "chart.what_if.after": {"nl": "Team na wijziging", "en": "Team after the change"},
    "chart.what_if.hover": {"nl": "{group}: {name} {share}%", "en": "{group}: {name} {share}%"},
    # --- Overview (charts/overview.py) --------------------------------------------------------
    "chart.simple_mix.team": {"nl": "Team", "en": "Team"},
    "chart.simple_mix.other": {"nl": "overig / onbekend", "en": "other / unknown"},
    "chart.simple_mix.axis": {"nl": "Aantal teamleden", "en": "Number of team members"},
    "chart.simple_mix.hover": {
        "nl": "{name}: {count} teamleden",
        "en": "{name}: {count} team members",
    },
    "chart.open_phase.axis": {"nl": "Open casussen", "en": "Open cases"},
    # --- Composition (charts/composition.py) --------------------------------------------------
    "chart.turnover.joined": {"nl": "ingestroomd", "en": "joined"},
    "chart.turnover.left": {"nl": "uitgestroomd", "en": "left"},
    "chart.turnover.left_hover": {
        "nl": "{year}: {count} uitgestroomd",
        "en": "{year}: {count} left",
    },
    # --- Analysis: exact test against the population (analysis/representation.py) ------------
    "analysis.p_value.below": {"nl": "p < {value}", "en": "p < {value}"},
    "analysis.p_value.equal": {"nl": "p = {value}", "en": "p = {value}"},
    "analysis.representation.sentence_significant": {
        "nl": (
            "Het verschil met de bevolking is groter dan je bij toeval zou verwachten "
            "(exacte toets, {p})."
        ),
        "en": (
            "The difference from the population is larger than you would expect by chance "
            "(exact test, {p})."
        ),
    },
    "analysis.representation.sentence_chance": {
        "nl": "Het verschil met de bevolking kan goed toeval zijn (exacte toets, {p}).",
        "en": "The difference from the population may well be chance (exact test, {p}).",
    },
    "analysis.representation.note_too_few_members": {
        "nl": "Te weinig teamleden (minder dan 5) om iets te zeggen over toeval.",
        "en": "Too few team members (fewer than 5) to say anything about chance.",
    },
    "analysis.representation.note_no_population": {
        "nl": "Geen bevolkingscijfers beschikbaar; de toets kan niet worden gedaan.",
        "en": "No population figures available; the test cannot be done.",
    },
    # --- Analysis: tandems against random pairing (analysis/duos.py) -------------------------
    "analysis.tandem.sentence_more": {
        "nl": (
            "Van de {duos} duo's van mbo'ers en hbo'ers zijn er {tandems} een mbo-hbo-tandem "
            "({observed}). Bij willekeurige koppeling uit de teamsamenstelling zou dat rond "
            "{expected} liggen; dat zijn meer tandems dan toeval doet verwachten "
            "(exacte binomiale toets, {p})."
        ),
        "en": (
            "Of the {duos} pairs of MBO and HBO professionals, {tandems} are an MBO-HBO tandem "
            "({observed}). Random pairing from the team's composition would give about "
            "{expected}; that is more tandems than chance would lead you to expect "
            "(exact binomial test, {p})."
        ),
    },
    "analysis.tandem.sentence_fewer": {
        "nl": (
            "Van de {duos} duo's van mbo'ers en hbo'ers zijn er {tandems} een mbo-hbo-tandem "
            "({observed}). Bij willekeurige koppeling uit de teamsamenstelling zou dat rond "
            "{expected} liggen; dat zijn minder tandems dan toeval doet verwachten "
            "(exacte binomiale toets, {p})."
        ),
        "en": (
            "Of the {duos} pairs of MBO and HBO professionals, {tandems} are an MBO-HBO tandem "
            "({observed}). Random pairing from the team's composition would give about "
            "{expected}; that is fewer tandems than chance would lead you to expect "
            "(exact binomial test, {p})."
        ),
    },
    "analysis.tandem.sentence_chance": {
        "nl": (
            "Van de {duos} duo's van mbo'ers en hbo'ers zijn er {tandems} een mbo-hbo-tandem "
            "({observed}). Bij willekeurige koppeling uit de teamsamenstelling zou dat rond "
            "{expected} liggen; dat verschil is niet groter dan toeval "
            "(exacte binomiale toets, {p})."
        ),
        "en": (
            "Of the {duos} pairs of MBO and HBO professionals, {tandems} are an MBO-HBO tandem "
            "({observed}). Random pairing from the team's composition would give about "
            "{expected}; that difference is no larger than chance "
            "(exact binomial test, {p})."
        ),
    },
    "analysis.duos.member_fallback": {"nl": "lid {id}", "en": "member {id}"},
    # --- Analysis: composition (analysis/composition.py) -------------------------------------
    "analysis.composition.registration_expired": {
        "nl": "{registration} (verlopen)",
        "en": "{registration} (expired)",
    },
    "analysis.composition.experience_0_1": {"nl": "0–1 jaar", "en": "0–1 years"},
    "analysis.composition.experience_2_4": {"nl": "2–4 jaar", "en": "2–4 years"},
    "analysis.composition.experience_5_9": {"nl": "5–9 jaar", "en": "5–9 years"},
    "analysis.composition.experience_10_19": {"nl": "10–19 jaar", "en": "10–19 years"},
    "analysis.composition.experience_20_plus": {"nl": "20+ jaar", "en": "20+ years"},
    # --- Analysis: reference populations (analysis/reference.py) -----------------------------
    "analysis.reference.municipality": {"nl": "Gemeente {name}", "en": "Municipality {name}"},
    "analysis.reference.served_choice": {
        "nl": "Bediende bevolking (naar casussen per buurt)",
        "en": "Population served (by cases per neighbourhood)",
    },
    "analysis.reference.served": {"nl": "Bediende bevolking", "en": "Population served"},
    "analysis.reference.area_wijk": {"nl": "Wijk {name}", "en": "District {name}"},
    "analysis.reference.area_buurt": {"nl": "Buurt {name}", "en": "Neighbourhood {name}"},
    "analysis.reference.served_note": {
        "nl": "Gewogen naar {cases} casussen in {areas} gebieden.",
        "en": "Weighted by {cases} cases in {areas} areas.",
    },
    "analysis.reference.served_dropped": {
        "nl": "{cases} casussen zonder (bekend) gebied tellen niet mee.",
        "en": "{cases} cases without a (known) area are left out.",
    },
    "analysis.reference.no_area_figures": {
        "nl": "Geen bevolkingscijfers voor dit gebied.",
        "en": "No population figures for this area.",
    },
    "analysis.reference.source_none": {
        "nl": "Bron bevolking: geen cijfers beschikbaar.",
        "en": "Population source: no figures available.",
    },
    "analysis.reference.source_fictional": {
        "nl": "fictief/indicatief",
        "en": "fictional/indicative",
    },
    "analysis.reference.source_part": {
        "nl": "{source} (peiljaar {years})",
        "en": "{source} (reference year {years})",
    },
    "analysis.reference.source_line": {
        "nl": "Bron bevolking (15–74 jaar, opleidingsniveau): {parts}.",
        "en": "Population source (aged 15–74, education level): {parts}.",
    },
    # --- Report (reporting/) ------------------------------------------------------------------
    "report.fewer_than_five_cases": {"nl": "<5 casussen", "en": "<5 cases"},
    "report.team.title": {"nl": "Het team", "en": "The team"},
    "report.team.members": {"nl": "Teamleden", "en": "Team members"},
    "report.team.fte": {"nl": "FTE", "en": "FTE"},
    "report.team.cases": {"nl": "Casussen in de periode", "en": "Cases in the period"},
    "report.team.explanation": {
        "nl": (
            "Teamleden op de laatste dag van de periode; casussen die in de periode open waren."
        ),
        "en": "Team members on the last day of the period; cases that were open in the period.",
    },
    "report.population.title": {
        "nl": "Zo divers als je bevolking",
        "en": "As diverse as your population",
    },
    "report.population.dissimilarity": {
        "nl": "Dissimilariteit (Duncan)",
        "en": "Dissimilarity (Duncan)",
    },
    "report.population.blau": {
        "nl": "Diversiteit team (Blau, genormaliseerd)",
        "en": "Team diversity (Blau, normalised)",
    },
    "report.population.explanation": {
        "nl": (
            "Dissimilariteit: ½ Σ |teamaandeel − bevolkingsaandeel| over laag, middelbaar en "
            "hoog; het deel van het team dat anders zou moeten zijn om de gemeente te spiegelen. "
            "Punten: teamaandeel met 95%-interval (Wilson); streep: gemeente. Groepen van minder "
            "dan 5 personen zijn weggelaten."
        ),
        "en": (
            "Dissimilarity: ½ Σ |team share − population share| over low, middle and high; the "
            "part of the team that would have to be different to mirror the municipality. Dots: "
            "team share with 95% interval (Wilson); line: municipality. Groups of fewer than 5 "
            "people are left out."
        ),
    },
    "report.work.title": {"nl": "Duo's en tandems", "en": "Duos and tandems"},
    "report.work.in_duos": {"nl": "In duo's", "en": "In duos"},
    "report.work.in_tandem": {"nl": "In mbo-hbo-tandem", "en": "In MBO-HBO tandem"},
    "report.work.youth_not_conform": {
        "nl": "Jeugdcasussen niet conform SKJ-norm",
        "en": "Youth cases not compliant with the SKJ standard",
    },
    "report.work.explanation": {
        "nl": (
            "Duotype op de laatste dag van de periode (of de sluitingsdag), naar de opleiding "
            "van wie de regie- of begeleidingsrol heeft."
        ),
        "en": (
            "Duo type on the last day of the period (or the closing day), by the education of "
            "whoever holds the lead or guidance role."
        ),
    },
    "report.open_phase.title": {"nl": "Open casussen per fase", "en": "Open cases per phase"},
    "report.open_phase.explanation": {
        "nl": "Open casussen op de laatste dag van de periode, naar hun fase.",
        "en": "Open cases on the last day of the period, by their phase.",
    },
    "report.member_days.title": {"nl": "Wie doet welke fase", "en": "Who does which phase"},
    "report.member_days.explanation": {
        "nl": (
            "Teamlid-dagen per fase naar opleiding: de mbo'er voor de basis (toeleiding, waakvlam)?"
        ),
        "en": (
            "Member-days per phase by education: the MBO professional for the basics (intake, "
            "pilot light)?"
        ),
    },
    "report.sample_data": {
        "nl": "Voorbeeldgegevens: alle personen, casussen en cijfers zijn fictief.",
        "en": "Sample data: every person, case and figure is fictional.",
    },
    "report.title": {"nl": "Teamspiegel — {team}", "en": "Teamspiegel — {team}"},
    "report.meta": {
        "nl": (
            "{municipality} · periode {start} t/m {end} · anoniem: aantallen onder 5 als <5, "
            "geen namen of casuscodes."
        ),
        "en": (
            "{municipality} · period {start} to {end} · anonymous: counts below 5 shown as <5, "
            "no names or case codes."
        ),
    },
    "report.made_on": {
        "nl": "Gemaakt met Teamspiegel op {date}.",
        "en": "Made with Teamspiegel on {date}.",
    },
    "report.pdf_unavailable": {
        "nl": (
            "PDF maken kan op deze computer niet (Chromium of Playwright ontbreekt). "
            "Download het HTML-rapport en druk het af als PDF vanuit de browser."
        ),
        "en": (
            "This computer cannot make a PDF (Chromium or Playwright is missing). "
            "Download the HTML report and print it to PDF from the browser."
        ),
    },
}
