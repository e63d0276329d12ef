"""The sets of PLOVER types, modes and sectors the coder reasons with: which types are cooperation or
material conflict, which need a target, which turn into another when promised, which sectors are civilian.

They are the code's own vocabulary, not English words (those are in ``data/event_words.tsv``).
"""

from __future__ import annotations

__all__ = [
    "ABDUCT_MODE",
    "ABROAD_TYPES",
    "AGENT_CODES",
    "ANNOUNCED_AS_TAKEN",
    "ANSWERS_COUNTERPART",
    "ARMED",
    "AUTHORITIES",
    "CIVILIAN",
    "CIVIL_DOMESTIC",
    "CONTENT_DEPS",
    "COOP_TYPES",
    "DETENTIONS",
    "DISPUTE",
    "DOMESTIC_ACTS",
    "DOMESTIC_TARGET",
    "DONE_TO",
    "FORCE",
    "FUTURE_TYPE",
    "GIVEN_BACK",
    "HOME_FORCE",
    "HOLD_ENDINGS",
    "HOME_CRITICS",
    "INTERNATIONAL_CODES",
    "MATERIAL",
    "MATERIAL_CONFLICT",
    "NEEDS_TARGET",
    "ONE_ADVERSARY_TYPES",
    "OUTSIDER_TYPES",
    "PEOPLE",
    "PROTESTING",
    "PRONOUN_HOLDS",
    "PROTEST_AIMS",
    "RIOT_MODE",
    "STATELESS",
    "STATELESS_GROUP",
    "STATE_ACTS",
    "STORY_PAIR_TYPES",
    "SYMMETRIC",
    "THREAT_ACTS",
    "UNDONE_WHEN_FUTURE",
    "VERBAL",
]


# Sets of PLOVER types, sectors and parse labels: the code's own vocabulary, not English words
# (those are in data/event_words.tsv, read through ``self.words`` / ``words``).
COOP_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID"}
MATERIAL = {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
#: Acts that are not done when only asked or advised of someone ("urged Tokyo to apologise", "must
#: release the crew"): the deeds, and the concessions (training gold: 0 of 30 "asked/demanded/urged X to
#: <return|release|lift|compensate|...>" sentences code the asked concession as done).
ASKED_DEEDS = MATERIAL | {"CONCEDE"}
MATERIAL_CONFLICT = {"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "PROTEST"}
VERBAL = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE"}
FORCE = {"COERCE", "ASSAULT"}
DISPUTE = {"ACCUSE", "REJECT"}
#: Words that judge what others did or said: no deed that a later judgement calls names.
JUDGEMENTS = DISPUTE | {"SUPPORT"}
#: Acts done on one side's ground: of several states the story suggests as the target of an attack or a
#: pullback, one is meant (words, by contrast, answer the doers of what they judge, however seldom named).
ONE_ADVERSARY_TYPES = {"ASSAULT", "RETREAT"}
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
#: Acts whose noun takes its patient with "of": "the arrest of X", "the expulsion of X's diplomats".
DONE_TO = {"COERCE", "ASSAULT", "SANCTION"}
#: Types whose target, when the sentence names none, is the other side of the story so far.
NEEDS_TARGET = {
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "REQUEST",
    "SUPPORT",
    "MOBILIZE",
    "CONCEDE",
    "ASSAULT",
    "RETREAT",
}
#: Types of ``NEEDS_TARGET`` that answer whoever last dealt with the actor: not a deployment, which with
#: no target named is readiness ("put its army on alert", "sent reinforcements to the region"), aimed at
#: nobody in particular rather than at the state that last met or criticised the actor.
ANSWERS_COUNTERPART = NEEDS_TARGET - {"MOBILIZE"}
#: Types whose target, when neither the sentence nor the story so far gives one, is the other state of
#: the story's pair of states (a seizure, a loan or a joint project is between the two the story is about).
STORY_PAIR_TYPES = NEEDS_TARGET | {"AID", "COERCE", "COOPERATE"}
#: Offers and appeals a third party makes to both states of the story's pair when the sentence names
#: neither ("France offered to mediate", "China urged restraint"): before the counterparts guess, which
#: would take whoever the third party dealt with last.
OUTSIDER_TYPES = {"AGREE", "REQUEST"}
#: What a state does to people on its own soil; passive mentions name only the victims.
STATE_ACTS = {"COERCE", "SANCTION"}
#: Acts on people held or punished (arrests, expulsions, sentences) whose pronoun object, naming no one, is read
#: back to the people told before (``._earlier_people``): the ``STATE_ACTS``, not a dispersal ("police dispersed
#: them", ASSAULT), whose crowd is as often the police's own people.
PRONOUN_HOLDS = STATE_ACTS
#: Acts (type, mode) that end a hold on people, told in the passive with no one named as doing them
#: ("the 14 sailors were released on Tuesday"): the state that held them did it, read as for ``STATE_ACTS``.
HOLD_ENDINGS = {("RETREAT", "release")}
#: Acts that give back what someone took (a release, a handing back of captives or their boats): with nobody
#: named as doing them, whoever the story told took them did it.
GIVEN_BACK = HOLD_ENDINGS | {("RETREAT", "return")}
#: Acts (type, mode) that take people into someone's hold: whoever did one is who later lets them go.
DETENTIONS = {("COERCE", "arrest"), ("COERCE", "seize"), ("ASSAULT", "abduct")}
#: Hostile acts that, promised under a condition ("will strike unless paid"), are threats.
THREAT_ACTS = MATERIAL_CONFLICT | {"REJECT", "THREATEN"}
FUTURE_TYPE = {
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "RETREAT": "CONCEDE",
    "SANCTION": "THREATEN",
    "COERCE": "THREATEN",
    "ASSAULT": "THREATEN",
}
#: Hostile acts that, announced for later with no condition and under no warning, keep their type: a
#: measure announced is the measure taken (see ``._announced_measure``; training gold: 6 of 7 such
#: sanction-verb events coded SANCTION, against COERCE, whose gold is split, and ASSAULT, never coded future).
ANNOUNCED_AS_TAKEN = {"SANCTION"}
#: Verbal acts that, announced for later ("would ask NATO", "plan to picket", "would investigate the
#: incident"), are not yet done and promise no cooperation (PLOVER turns only promised cooperation or
#: retreat into another type): no event until they are made (training gold: ACCUSE 29 future mentions,
#: none asserted said with "will/would"). A complaint announced to a court, "will file a complaint at
#: the ICJ", is coded by the held-in gold as the accusation made (``._recip_complaints.announces_complaint``).
UNDONE_WHEN_FUTURE = {"REQUEST", "PROTEST", "ACCUSE"}
#: Verbal acts that, said as the aim of a protest ("marched to demand ..."), are part of the protest.
PROTEST_AIMS = {"REQUEST"}
#: Acts whose unnamed target is the other side at home: police fire on protesters, protesters demand of the state.
DOMESTIC_TARGET = {
    "ASSAULT": "CVL",
    "COERCE": "CVL",
    "RETREAT": "CVL",
    "PROTEST": "GOV",
    "REQUEST": "GOV",
    "REJECT": "CVL",
    "ACCUSE": "GOV",
}
#: Acts of ``DOMESTIC_TARGET`` that a sentence pointing across the border aims at the story's other state
#: instead (an arrest is not: the arrested are the actor's own people as often as foreigners).
ABROAD_TYPES = set(DOMESTIC_TARGET) - {"COERCE"}
CIVILIAN = {"CVL", "OPP", "EDU", "LAB"}
#: Sectors whose blocking a road or storming a building is a protest: civilians, and traders or
#: hauliers ("Mozambican traders blocked the border crossing"), who have no power to close it.
PROTESTING = CIVILIAN | {"BUS"}
#: Sectors that bear arms: when they "strike", they attack ("the gunmen had struck twice before").
ARMED = {"MIL", "REB", "UAF"}
#: The mode of a destruction that is a crowd's riot unless armed men do it ("set fire to a kiosk").
RIOT_MODE = "riot"
#: The mode of a seizure of people: a crowd that seizes surveyors abducts them, it does not protest.
ABDUCT_MODE = "abduct"
#: Acts people (and, for a climbdown, rebels) do towards their own state with no target named, and the
#: sectors that do them: "the union called off the strike", "the fighters handed in their weapons",
#: "unions warned of a general strike" answer their government, as a protest does ("the militia would
#: fight back if soldiers entered" threatens the troops, not the rebels' own state).
CIVIL_DOMESTIC = {"RETREAT": CIVILIAN | {"REB"}, "THREATEN": CIVILIAN}
#: Armed men of no government (rebels, gunmen) of the country the act is in, and the acts of force that,
#: with no target named and no other state pointed at, they do at home ("armed men stormed the jail",
#: "the rebels went door to door"): the country's own people or authorities, not the story's other state.
HOME_FORCE = {"ASSAULT": {"REB", "UAF"}, "COERCE": {"REB", "UAF"}}
#: Sectors of people whose nationality the story keeps from one sentence to the next (not the
#: officials and forces, who are read where the sentence is).
PEOPLE = {"CVL", "OPP", "EDU", "LAB", "BUS", "REF", "MED", "JRN", "REL"}
#: Acts a state does to people at home, and the sectors that do them for it.
DOMESTIC_ACTS = {"COERCE", "CONCEDE", "RETREAT", "SANCTION"}
AUTHORITIES = {"GOV", "COP", "MIL", "JUD", "SPY"}
#: Sectors that speak out against their own state's authorities: people, parties, legislators.
HOME_CRITICS = PEOPLE | {"LEG", "PTY"}
#: Codes of international bodies (the UN, the EU, the others): forums a complaint is taken to, makers of
#: communiques and senders of monitors.
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR"})
AGENT_CODES = set(INTERNATIONAL_CODES) | {"NGO"}
#: The code of a militant group that no state is named for (al-Shabaab, "gunmen", "pirates").
STATELESS_GROUP = "IMG"
#: Codes of actors that belong to no state: international bodies and agencies, and militant groups.
STATELESS = AGENT_CODES | {STATELESS_GROUP}
CONTENT_DEPS = {"xcomp", "ccomp"}
