"""The sentence templates of bench/generate.py: for each kind of event a headline, leads, follow-ups,
quotes and reactions; then background, general, analysis, transition and closing sentences. Slots
(``{A}``, ``{capB}``, ``{n}`` ...) are filled by generate's ``_slots`` and ``_fill``."""

from __future__ import annotations

__all__ = ["ANALYSIS", "ANALYSIS_QUOTES", "BACKGROUND", "CLOSINGS", "GENERAL", "KINDS", "TRANSITIONS"]

# For each kind of event: a headline, leads (first sentence after the dateline), follow-ups,
# quotes and reactions. Slots: see ``_slots``.
KINDS: dict[str, dict[str, list[str]]] = {
    "meeting": {
        "title": [
            "{A} and {B} hold talks on {topic}",
            "{demA}, {demB} ministers meet in {capA}",
            "{A}, {B} pledge closer ties after talks",
        ],
        "lead": [
            "{demA} {titleA} {nameA} met {demB} {titleB} {nameB} in {capA} on {day} to discuss {topic}.",
            "{A} and {B} agreed on {day} to deepen cooperation on {topic} when a two-day round in {capA} closed.",
            "The foreign ministers of {A} and {B} held talks in {capA} on {day}, their first meeting since {month}.",
            "{demA} {titleA} {nameA} hosted {demB} counterpart {nameB} on {day} for talks on {topic} and trade.",
            "Senior officials from {A} and {B} met privately in {capC} on {day} to ease tension over {topic}.",
            "{nameA}, {A}'s {titleLA}, and {nameB} of {B} discussed {topic} at a meeting in {capA} on {day}.",
            "{A} and {B} signed {n} agreements on {topic} on {day} after their leaders met in {capA}.",
            "Delegations from {A} and {B} opened a new round of negotiations on {topic} in {capC} on {day}.",
        ],
        "follow": [
            "Both delegations agreed to form a shared working group, due to deliver findings within {n} months.",
            "{surA} and {surB} also discussed the situation in the region and ways to increase trade, officials said.",
            "A communique from both ministers said their next round would take place in {capB} later this year.",
            "The talks lasted more than four hours and were described by both delegations as frank and constructive.",
            "{surB} asked {surA} to come to {capB}, and {surA} said yes, according to the {demA} side.",
            "Officials said the meeting had produced progress on visas for students and business travellers.",
            "The two governments signed a memorandum on energy cooperation worth about {amount}.",
        ],
        "quote": [
            '"Our two peoples can now look ahead with more confidence," {surA} told reporters after the meeting.',
            '"There are still differences between us, but we are determined to solve them through dialogue," '
            "{surB} said.",
            '"Today\'s meeting shows that {A} and {B} can work together on the issues that matter," {surA} said.',
            '"We did not agree on everything, but we agreed to keep talking," a senior {demB} diplomat said.',
        ],
        "reaction": [
            "{IGO} welcomed the talks and said it hoped they would lead to closer cooperation.",
            "Opposition lawmakers in {capB} said the government had given too much away.",
            "{C} said it was following the talks closely and supported any step that reduced tensions.",
        ],
    },
    "sanctions": {
        "title": [
            "{A} imposes sanctions on {demB} {targets}",
            "{A} widens sanctions against {B}",
            "New {demA} sanctions target {B}",
        ],
        "lead": [
            "{A} imposed sanctions on {n} {demB} {targets} on {day} over what it called {offence}.",
            "{A} announced new sanctions against {B} on {day}, freezing assets held by {n} {demB} {targets}.",
            "The government of {A} on {day} banned exports of {goods} to {B}, citing {offence}.",
            "{demA} authorities froze the accounts of {n} {demB} {targets} on {day} in response to {offence}.",
            "{A} said on {day} it would restrict imports of {goods} from {B} in retaliation for {offence}.",
            "{A} and {C} jointly imposed travel bans on {n} {demB} officials on {day} over {offence}.",
            "{demA} {titleA} {nameA} said on {day} that sanctions on {B} would be tightened because of {offence}.",
        ],
        "follow": [
            "The measures take effect immediately and will be reviewed in {n} months, the {demA} treasury said.",
            "Companies that keep trading with the listed {targets} could face fines, officials warned.",
            "The sanctions follow a similar package announced in {month} that targeted exports of {goods}.",
            "Trade between {A} and {B} was worth about {amount} last year, according to customs figures.",
            "Officials said the list could be extended if {B} did not change its behaviour.",
            "{surA} said the sanctions were aimed at the government in {capB} and not at ordinary {demB} people.",
        ],
        "quote": [
            '"These measures send a clear message that there is a price for {offence}," {surA} said.',
            '"We will not stand by while {B} ignores its obligations," the {demA} {titleLA} said.',
            '"Sanctions are not a goal in themselves; we are ready to lift them if {B} changes course," {surA} said.',
        ],
        "reaction": [
            "{B} condemned the sanctions as illegal and said it would respond in kind.",
            "The {demB} foreign ministry summoned the {demA} ambassador in protest, state media reported.",
            "{demB} {titleB} {nameB} said the sanctions would hurt {demA} companies more than {demB} ones.",
            "{C} said it would not join the sanctions but urged {B} to address the concerns raised.",
        ],
    },
    "protest": {
        "title": [
            "Thousands protest in {capB} against {grievance}",
            "Protesters rally outside {demA} embassy",
            "Demonstrations spread in {B} over {grievance}",
        ],
        "lead": [
            "Thousands took to the streets of {capB} on {day} against {grievance}, witnesses said.",
            "Hundreds of marchers massed by the {demA} embassy in {capB} on {day} to protest {grievance}.",
            "Protesters marched through the centre of {cityB} on {day}, demanding an end to {grievance}.",
            "Police in {capB} used tear gas on {day} to disperse crowds protesting {grievance}.",
            "Students and trade unions staged a strike across {B} on {day} in protest at {grievance}.",
            "Several thousand {demB} farmers blocked roads near {cityB} on {day} to protest {grievance}.",
            "Crowds rallied in {capB} and {cityB} on {day} for a third day of demonstrations against {grievance}.",
        ],
        "follow": [
            "Police said {n} people were arrested and several officers were hurt in clashes near parliament.",
            "Organisers said more than {bign} people took part, while police put the number much lower.",
            "Protesters carried banners and chanted slogans against the government and its ally {A}.",
            "Shops and banks in the city centre closed early, and public transport was suspended for several hours.",
            "The protests were largely peaceful, although some demonstrators threw stones at police lines.",
            "The unions have called another strike for next week if the government does not respond.",
        ],
        "quote": [
            '"We are here because we cannot accept {grievance} any longer," said {nameC}, a teacher who joined '
            "the march.",
            '"The government must listen to its people," one of the organisers told the crowd.',
            '"Peaceful protest is a right, but violence will not be tolerated," the {demB} interior ministry said.',
        ],
        "reaction": [
            "{IGO} asked officials in {capB} to let citizens gather without fear.",
            "The {demA} embassy advised its citizens in {B} to avoid the areas where protests were taking place.",
            "{demB} {titleB} {nameB} said the government was ready to meet protest leaders.",
        ],
    },
    "attack": {
        "title": [
            "Clashes on {demA}-{demB} border kill {killed}",
            "{demA} forces strike targets in {B}",
            "Attack near {cityB} leaves {killed} dead",
        ],
        "lead": [
            "{demA} troops clashed with {demB} forces near the border on {day}, killing at least {killed} people, "
            "officials in {capB} said.",
            "{A} carried out air strikes on targets in {B} on {day}, the {demA} defence ministry said.",
            "Artillery fire from {A} hit villages near {cityB} on {day}, killing {killed} civilians, "
            "{demB} officials said.",
            "A drone attack on a military base near {cityB} killed {killed} {demB} soldiers on {day}, and {B} "
            "blamed {A}.",
            "Gunmen attacked a border post in {B} on {day}, killing {killed} guards, the {demB} army said.",
            "{demA} and {demB} forces exchanged fire across the frontier on {day} for the second time this week.",
            "{A} shelled positions held by {demB} troops on {day}, wounding {wounded} soldiers, according to {capB}.",
        ],
        "follow": [
            "At least {wounded} people were wounded and taken to hospitals in {cityB}, local officials said.",
            "The {demB} army said it had returned fire and destroyed several {demA} positions.",
            "Residents of nearby villages fled towards {cityB} as the fighting continued into the night.",
            "It was the deadliest incident on the border since a clash in {month} killed {n} people.",
            "The {demA} military said its forces had acted in self-defence after coming under fire.",
            "Satellite images showed damage to a bridge and several buildings near the border.",
        ],
        "quote": [
            '"This was a deliberate attack on our territory and it will not go unanswered," {surB} said.',
            '"Our forces responded to a provocation and will continue to defend the border," a {demA} '
            "military spokesman said.",
            '"We heard explosions all night and the children were terrified," a resident of {cityB} said by telephone.',
        ],
        "reaction": [
            "{IGO} called on both sides to show restraint and to return to talks.",
            "{C} condemned the violence and offered to mediate between {A} and {B}.",
            "The {demB} foreign ministry summoned the {demA} envoy to protest against the attack.",
        ],
    },
    "aid": {
        "title": [
            "{A} pledges {amount} in aid to {B}",
            "{demA} aid arrives in {B} after {disaster}",
            "{A} sends relief to {B}",
        ],
        "lead": [
            "{A} pledged {amount} in humanitarian aid to {B} on {day} after {disaster}.",
            "A {demA} plane carrying tents, medicine and food landed in {capB} on {day} to help victims of {disaster}.",
            "{A} will give {B} {amount} to rebuild roads and schools damaged by {disaster}, officials said on {day}.",
            "{demA} {titleA} {nameA} announced a loan of {amount} to {B} on {day} to support its economy.",
            "{A} sent {n} rescue teams to {B} on {day} to help search for survivors of {disaster}.",
            "{A} and {IGO} agreed on {day} to fund emergency food deliveries to {B} after {disaster}.",
        ],
        "follow": [
            "The aid includes water purification equipment, blankets and medical supplies for {bign} people.",
            "{surA} said further assistance would follow once the needs had been assessed on the ground.",
            "The money will be channelled through {IGO} and local charities, the {demA} government said.",
            "Officials in {capB} said more than {bign} people had been forced from their homes.",
            "It is the largest aid package {A} has given to {B} since the two countries restored relations.",
        ],
        "quote": [
            '"{B} is a friend, and friends help each other in difficult times," {surA} said.',
            '"We are grateful for the support of {A} and of the international community," {surB} said.',
            '"The needs are enormous and the coming weeks will be critical," a {IGO} official said.',
        ],
        "reaction": [
            "{C} also announced aid and said it would send a field hospital to {cityB}.",
            "Aid agencies warned that roads into the worst-hit areas remained blocked.",
            "{demB} {titleB} {nameB} thanked {A} for its quick response.",
        ],
    },
    "accusation": {
        "title": [
            "{A} accuses {B} of {charge}",
            "{B} denies {demA} charges of {charge}",
            "Row between {A} and {B} over {charge}",
        ],
        "lead": [
            "{A} accused {B} on {day} of {charge}, and summoned the {demB} ambassador to explain.",
            "{demA} {titleA} {nameA} accused the government in {capB} on {day} of {charge}.",
            "{A} said on {day} that {B} was responsible for {charge}, an allegation {capB} denied.",
            "The {demA} government blamed {B} on {day} for {charge} and said it would raise the matter at {IGO}.",
            "{A} expelled {n} {demB} diplomats on {day}, accusing them of {charge}.",
            "{capA} criticised {B} on {day} for {charge}, in the sharpest exchange between the two in years.",
        ],
        "follow": [
            "The {demA} statement gave no evidence for the accusation but said an investigation was under way.",
            "{surA} said {A} had informed its allies and would present its findings at {IGO}.",
            "The dispute comes amid growing tension between the two countries over {topic}.",
            "{B} has faced similar accusations from {C} in the past, which it also rejected.",
            "Officials said the expelled diplomats had {n} days to leave the country.",
        ],
        "quote": [
            '"The evidence is clear and {B} must stop these actions immediately," {surA} said.',
            '"These accusations are baseless and part of a campaign against our country," the {demB} '
            "foreign ministry said on its website.",
            '"We reject these lies," {surB} told reporters in {capB}.',
        ],
        "reaction": [
            "{B} denied the accusation and threatened to expel {demA} diplomats in return.",
            "{C} said it shared the concerns of {A} and called for an independent inquiry.",
            "Analysts said the row could delay talks on {topic} planned for next month.",
        ],
    },
    "visit": {
        "title": [
            "{demA} {titleA} visits {B}",
            "{nameA} arrives in {capB} for talks",
            "{demA} leader in {B} on first official visit",
        ],
        "lead": [
            "{demA} {titleA} {nameA} arrived in {capB} on {day} for a {n}-day official visit.",
            "{nameA}, the {demA} {titleLA}, began a visit to {B} on {day}, the first by a senior {demA} official "
            "in years.",
            "{demA} {titleA} {nameA} will travel to {capB} next week for talks with {demB} {titleB} {nameB}, "
            "officials said on {day}.",
            "{demA} {titleA} {nameA} toured a port near {cityB} on {day} on the second day of a visit to {B}.",
            "{demB} {titleB} {nameB} welcomed {demA} {titleA} {nameA} at the airport in {capB} on {day}.",
            "{demA} {titleA} {nameA} visited {B} on {day}, meeting business leaders in {cityB}.",
        ],
        "follow": [
            "{surA} is expected to meet {surB} and to sign agreements on {topic} during the visit.",
            "The visit had been postponed twice, most recently in {month}, because of disagreements over {topic}.",
            "{surA} laid a wreath at a war memorial and met members of the {demA} community in {cityB}.",
            "The two sides are expected to announce an agreement on direct flights between {capA} and {capB}.",
            "Officials said {surA} would travel on to {C} after the visit.",
        ],
        "quote": [
            '"This visit shows the importance we attach to our relationship with {B}," {surA} said on arrival.',
            '"We hope this visit will open new opportunities for our businesses," {surB} said.',
        ],
        "reaction": [
            "Small groups of protesters gathered near the {demA} embassy during the visit.",
            "{demB} newspapers described the visit as a sign that relations were improving.",
        ],
    },
    "ceasefire": {
        "title": [
            "{A} and {B} agree ceasefire",
            "Truce between {A} and {B} holds",
            "{A}, {B} sign ceasefire after {C}-mediated talks",
        ],
        "lead": [
            "{A} and {B} agreed on {day} to a ceasefire along their disputed border, ending {n} weeks of fighting.",
            "The governments of {A} and {B} signed a truce in {capC} on {day} after talks mediated by {C}.",
            "A ceasefire between {A} and {B} largely held on {day}, a day after it took effect, officials said.",
            "{A} said on {day} it would observe a ceasefire with {B} if {demB} forces stopped shelling border "
            "villages.",
            "{A} and {B} agreed on {day} to withdraw troops from the frontier and exchange prisoners.",
            "{demA} and {demB} military commanders met near {cityB} on {day} to agree on the terms of a truce.",
        ],
        "follow": [
            "Under the agreement, both sides will pull back heavy weapons {n} kilometres from the front line.",
            "Observers from {IGO} will monitor the truce, officials said.",
            "Under the deal, {bign} captives held by each army are to be swapped within a week.",
            "Previous ceasefires, including one agreed in {month}, collapsed within days.",
            "{C}, which mediated the talks, said it would host a new round of negotiations next month.",
        ],
        "quote": [
            '"This ceasefire must be the first step towards a lasting peace," {surA} said.',
            '"We will respect the truce as long as the other side does," {surB} told reporters.',
            '"People in the border villages finally slept without hearing explosions," a local official said.',
        ],
        "reaction": [
            "{IGO} praised the truce and asked both capitals to honour every clause of it.",
            "Residents who had fled the fighting began returning to villages near {cityB}.",
            "{C} said the ceasefire showed that dialogue could work.",
        ],
    },
}

BACKGROUND = [
    "Relations between {A} and {B} have been strained since a dispute over {topic} began {n} years ago.",
    "The two countries restored full diplomatic relations in {year} after a break of almost a decade.",
    "{A} is one of {B}'s largest trading partners, and thousands of {demB} students study in {A}.",
    "Their shared frontier stretches over {bign} kilometres of mountains and desert.",
    "{B} has been hit by high inflation this year, and the government is under pressure to cut spending.",
    "Elections are due in {A} next year, and the governing party has promised a tougher foreign policy.",
    "{C} has long sought to play a mediating role between {A} and {B}.",
    "Both countries are members of {IGO}, which has repeatedly called for closer regional cooperation.",
    "The region has seen a series of incidents in recent months, including a naval stand-off in {month}.",
    "{demB} officials say the country wants good relations with all its neighbours but will defend its interests.",
    "Analysts say the economic ties between the two countries have survived several political crises.",
    "Last year, {A} and {B} signed a framework agreement on {topic}, but little of it has been implemented.",
    "{nameA} took office in {year} promising to improve relations with {A}'s neighbours.",
    "Tensions rose in {month} when {B} detained {n} {demA} fishermen near a disputed island.",
    "Press freedom campaigners fault both governments for curbing the media.",
    "Foreign investment in {B} has fallen sharply over the past {n} years, according to the central bank.",
]  # fmt: skip
GENERAL = [
    "The {demB} economy grew by {n} percent last year, driven by exports of {goods} and a recovery in tourism.",
    "Government officials in {capA} declined to comment further, saying talks were at a sensitive stage.",
    "Newspapers in {capB} gave the story wide coverage, with several calling for a firm response.",
    "The {demA} parliament is expected to debate the issue when it returns from recess next month.",
    "Diplomats in {capC} said the developments had been discussed at a closed meeting of ambassadors.",
    "{demB} state television showed footage of officials arriving for an emergency cabinet meeting.",
    "The currency of {B} fell {n} percent against the dollar after the news, before recovering some losses.",
    "Business groups in {cityA} said uncertainty was making it harder to plan investments in the region.",
    "An opinion poll published in {month} found that most {demA} voters favoured closer ties with {C}.",
    "The {demA} government has said it wants to diversify its trade away from a small number of partners.",
    "Shipping companies said they were watching the situation closely but had not changed their routes.",
    "Officials from both countries are due to attend a regional summit in {capC} later this year.",
    "The {demB} defence ministry has increased spending for the third year in a row, according to budget figures.",
    "Several airlines suspended flights between {capA} and {capB} for safety reasons, a travel agency said.",
    "A senior {demC} diplomat said his government was in contact with both sides.",
    "Local officials in {cityB} said schools would stay open and urged families to stay calm.",
    "The {demA} foreign ministry posted a statement on its website but did not hold a news conference.",
    "Lawmakers from the governing coalition in {capB} called for a special session of parliament.",
    "A report published by {IGO} in {month} warned that the region faced growing economic and security risks.",
    "Farmers near the border said exports of fruit and grain had already been disrupted.",
    "The story could not be independently verified, and officials in {capA} did not answer calls on {day}.",
    "{nameC}, a former {demB} ambassador to {A}, said the two sides had handled similar disputes before.",
]  # fmt: skip
ANALYSIS = [
    "{analyst}, said the move reflected domestic pressure as much as foreign policy.",
    "{analyst}, said the coming weeks would show whether the two governments were serious about {topic}.",
    "{analyst}, said neither side could afford a long confrontation with its economy under strain.",
    "{analyst}, said {C} was likely to play a key role in any settlement.",
]  # fmt: skip
ANALYSIS_QUOTES = [
    "\"Both governments have more to lose than to gain from escalation,\" {analystSur} said.",
    "\"What we are seeing is a test of how far each side is willing to go,\" {analystSur} said.",
    "\"The signals from {capA} are mixed, and {capB} will wait to see what happens next,\" {analystSur} added.",
]  # fmt: skip
TRANSITIONS = [
    "In a separate development on {prevday},", "Earlier in the week,", "Separately,", "On {prevday},",
    "Also on {day},",
]  # fmt: skip
CLOSINGS = [
    "(Reporting by {reporter} in {capB}; additional reporting by {reporter2} in {capA}; editing by {editor})",
    "(Reporting by {reporter}; editing by {editor})",
    "({source}, {date})",
    "-- {source} reporters in {capA} and {capB} contributed to this report.",
]  # fmt: skip
