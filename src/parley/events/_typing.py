"""Which trigger a token is, and which PLOVER type an event gets.

The sets here are PLOVER types, sectors and spaCy labels: the code's own vocabulary. English words are in
``data/event_words.tsv`` (:class:`._words.EventWords`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..document import Entity
from ..parse import ACTED_ON_DEPS, SUBJECT_DEPS, VERB_POS
from ._adjunct_acts import is_adjunct_meeting, names_own_sayer
from ._asked import grants_named_request, names_its_asker
from ._call_means import CALL_MEANS
from ._conditions import condition_holds, modifiers_of, names_own_doer
from ._in_protest import done_in_protest, protest_as_manner
from ._judged_doer import judged_with_doer
from ._lexicon import Lexicon, Trigger
from ._parse import is_committed
from ._participles import reads_as_adjective
from ._relief import sends_relief
from ._words import EventWords, word_in

__all__ = [
    "ABROAD_TYPES",
    "AGENT_CODES",
    "ANSWERS_COUNTERPART",
    "AUTHORITIES",
    "CIVILIAN",
    "CIVIL_DOMESTIC",
    "CONTENT_DEPS",
    "COOP_TYPES",
    "DISPUTE",
    "DOMESTIC_ACTS",
    "DOMESTIC_TARGET",
    "DONE_TO",
    "FORCE",
    "FUTURE_TYPE",
    "UNDONE_WHEN_FUTURE",
    "HOME_CRITICS",
    "MATERIAL",
    "MATERIAL_CONFLICT",
    "NEEDS_TARGET",
    "OUTSIDER_TYPES",
    "STORY_PAIR_TYPES",
    "PEOPLE",
    "STATELESS",
    "STATE_ACTS",
    "HOLD_ENDINGS",
    "GIVEN_BACK",
    "DETENTIONS",
    "SYMMETRIC",
    "THREAT_ACTS",
    "TriggerMatcher",
    "VERBAL",
    "is_promised_by_speaker",
    "carries_load",
    "is_bare_definite",
    "is_told_violence",
    "is_judged_act",
    "is_time_boundary",
    "is_unowned_protest",
    "RIOT_MODE",
    "ABDUCT_MODE",
    "is_lethal_act",
    "reclassified_type",
    "target_preps",
]

# Sets of PLOVER types, sectors and parse labels: the code's own vocabulary, not English words
# (those are in data/event_words.tsv, read through ``self.words`` / ``words``).
COOP_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID"}
MATERIAL = {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MATERIAL_CONFLICT = {"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "PROTEST"}
VERBAL = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE"}
FORCE = {"COERCE", "ASSAULT"}
DISPUTE = {"ACCUSE", "REJECT"}
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
#: Verbal acts that, announced for later ("would ask NATO", "plan to picket", "would investigate the
#: incident"), are not yet done and promise no cooperation (PLOVER turns only promised cooperation or
#: retreat into another type): no event until they are made (training gold: ACCUSE 29 future mentions,
#: none asserted said with "will/would"). A complaint announced to a court, "will file a complaint at
#: the ICJ", is coded by the held-in gold as the accusation made (``._recipients.announces_complaint``).
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
#: "unions warned of a general strike" answer their government, as a protest does ("the rebels would
#: defend themselves if troops came" threatens the troops, not the rebels' own state).
CIVIL_DOMESTIC = {"RETREAT": CIVILIAN | {"REB"}, "THREATEN": CIVILIAN}
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
#: spaCy's part of speech -> the lexicon's; adverbs of judgement ("illegally") are read as adjectives.
TRIGGER_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "ADV": "ADJ"}
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr"}
CONTENT_DEPS = {"xcomp", "ccomp"}
#: Named-entity labels of a party to an act: a state, its people or a body.
PARTY_LABELS = {"GPE", "NORP", "ORG"}


def phrase_rows(lexicon: Lexicon) -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
    """The rows of several words ("or face"), by their last word, with the words before it. They
    are kept apart from the single-word rows the learned coder's features read, so a phrase adds
    no feature to every use of its last word."""
    out: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for (lemma, _), rows in lexicon.triggers.items():
        *before, last = lemma.split()
        if before:
            out.setdefault(last, []).extend((tuple(before), row) for row in rows)
    return out


class TriggerMatcher:
    """The trigger rows of the lexicon a token matches (one matcher per pipeline: it caches word look-ups)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.words: EventWords = lexicon.words
        self._trigger_words: frozenset[str] | None = None
        self._word_is_trigger: dict[int, bool] = {}
        self._phrases = phrase_rows(lexicon)

    def possible_triggers(self, sdoc: Any) -> list[int]:
        """Indices of the tokens whose lemma or form is a trigger word (what :meth:`match` looks up)."""
        from spacy.attrs import LEMMA, LOWER

        words = self._trigger_words
        if words is None:
            # a phrase row ("or face") is looked for at its last word
            words = frozenset(lemma.split()[-1] for lemma, _ in self.lexicon.triggers)
            # a form the parser mislemmatises ("staged" read "stag") is found by its form
            fixed = {form for (form, _), lemma in self.lexicon.lemma_fixes.items() if lemma in words}
            words = self._trigger_words = words | fixed
        known = self._word_is_trigger  # by string hash: the same in every document
        if len(known) > 500_000:
            known.clear()
        strings = sdoc.vocab.strings
        array = sdoc.to_array([LEMMA, LOWER])
        # each distinct word is looked up once; the tokens holding a hit are then found in the array
        hits = []
        for h in np.unique(array).tolist():
            hit = known.get(h)
            if hit is None:
                hit = known[h] = strings[h].lower() in words
            if hit:
                hits.append(h)
        if not hits:
            return []
        return np.flatnonzero(np.isin(array, np.array(hits, dtype=array.dtype)).any(axis=1)).tolist()

    def match(self, token: Any) -> Trigger | None:
        # only tokens found by possible_triggers get here: look up no other key than lemma and form
        pos = TRIGGER_POS.get(token.pos_)
        if pos == "VERB" and token.dep_ in NOMINAL_DEPS:
            pos = "NOUN"  # a noun the tagger took for a verb ("defence drills")
        elif pos == "NOUN" and token.tag_ == "NNS" and any(c.dep_ == "dobj" for c in token.children):
            pos = "VERB"  # "and thanks the Sultanate": a verb the tagger took for a plural; nouns take no object
        if pos is None:
            return None
        rows = self.lexicon.rows_of(token, pos)
        if not rows and pos == "VERB" and reads_as_adjective(token):
            rows = self.lexicon.triggers.get((token.lower_, "ADJ")) or []  # "the vote was rigged"
        for row in rows:
            if condition_holds(row, token, self.words):
                return row
        return self._phrase_match(token)

    def _phrase_match(self, token: Any) -> Trigger | None:
        """The phrase row ending at the token whose words stand before it ("or face seizure"),
        whatever the tagger made of its last word: the phrase settles what it is (but a word read as a
        noun's modifier, "or risk suspension", has no clause to find the parties in)."""
        if token.dep_ == "compound":
            return None
        for before, row in self._phrases.get(token.lemma_.lower(), ()):
            start = token.i - len(before)
            if start < 0 or any(token.doc[start + k].lower_ != word for k, word in enumerate(before)):
                continue
            if condition_holds(row, token, self.words):
                return row
        return None

    def completes_verb_event(self, token: Any, trig: Trigger) -> bool:
        """A clause completing a verb the lexicon reads as the same act ("declared two diplomats
        persona non grata", where the parser takes "persona" for the clause's verb) is that act's
        wording, not a second event with the clause's subject as its actor."""
        head = token.head
        if head.i == token.i or token.dep_ not in {"ccomp", "xcomp", "oprd"}:
            return False
        outer = self.match(head) if head.pos_ in VERB_POS else None
        return outer is not None and outer.type == trig.type

    def is_other_act(self, token: Any, trig: Trigger) -> bool:
        """``token`` is a trigger of another type than ``trig`` ("apologised" for a call's CONSULT)."""
        outer = self.match(token) if token.pos_ in {"VERB", "AUX", "ADJ"} else None
        return outer is not None and outer.type != trig.type

    def covered_by_verb(self, noun: Any, trig: Trigger) -> bool:
        """A noun inside a verb trigger's clause ("held talks", "intend to organize a visit") is that event."""
        if trig.type == "REQUEST" and grants_named_request(noun, self.words):
            return False  # "deployed police at the request of Monrovia": the request was made before the deployment
        tok = noun
        for _ in range(5):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ == "prep" and (tok.lower_ in self.words.time_prep or is_time_boundary(tok, self.words)):
                return False  # "reached a deal at the end of a visit": the visit is an event of its own
            if is_occasion_of_act(tok, noun, trig, self.words) and self.is_other_act(tok.head, trig):
                return False  # "thanked him in a phone call": the call was held, an event of its own
            if trig.condition()[0] == CALL_MEANS and self.is_other_act(tok.head, trig):
                return False  # "thanked him by telephone": the call was held, an event of its own
            if is_meeting_of_outcome(tok, noun, self.words) or is_adjunct_meeting(tok, noun, self.words):
                return False  # "the deal was struck at a meeting of the two ministers": the meeting was held
            tok = tok.head
            outer = self.match(tok) if tok.pos_ in {"VERB", "AUX", "ADJ"} else None
            if outer is not None:
                if outer.type == "REJECT" and trig.type == "REQUEST" and noun.dep_ == "dobj" and tok.i == noun.head.i:
                    # "declined a request from Sudan": the request was made, then turned down; "rejected the
                    # demand", "dismissed calls for a survey": the refusal alone is told
                    return word_in(noun, self.words.pressed_ask)
                asker = names_own_doer(noun, self.words) or names_its_asker(noun, self.words)
                if outer.type != trig.type == "REQUEST" and noun.dep_ == "dobj" and asker:
                    return False  # "threw out a request by the embassy": the embassy asked, another answers
                if outer.type != trig.type and noun.dep_ == "dobj" and names_own_sayer(noun, self.words):
                    return False  # "rejected an ultimatum from the OAU": the OAU's act, then the answer
                if outer.type != trig.type and trig.type == "COERCE" and names_own_doer(noun, self.words):
                    return False  # "protested against the seizure of its boats by French patrols": two acts
                if trig.type in MATERIAL and judged_with_doer(noun, tok, self.words):
                    return False  # "denounced the sanctions adopted by the EU": the judged act and the judgement
                if outer.type == trig.type == "ASSAULT" and names_own_doer(noun, self.words):
                    return False  # "repelled an attack by Boko Haram on their base": the attackers' act and the troops'
                return outer.type == trig.type or trig.type not in {"PROTEST", "ASSAULT"}
            if tok.pos_ in VERB_POS and tok.dep_ not in {"xcomp", "pcomp"}:
                return False
        return False


def target_preps(trig: Trigger, words: EventWords) -> frozenset[str]:
    """The prepositions that can introduce a trigger's target."""
    allowed = words.cooperation_prep if trig.type in COOP_TYPES else words.recipient_prep
    if trig.type in {"REQUEST", "AID"}:
        allowed = allowed | words.aid_request_prep  # "called for a summit of EU leaders", "a loan for Sri Lanka"
    if trig.type == "AID" and trig.lemma in words.transport_verb:
        # "sent two aircraft with supplies from New Caledonia": what is sent goes with its load, not to it
        allowed = allowed - {"with"}
    if trig.type == "MOBILIZE":
        allowed = allowed | words.mobilize_prep  # "massed troops near the Ukrainian border"
    return allowed


def reclassified_type(type_: str, trigger: Trigger, token: Any, actors: list[Entity], words: EventWords) -> str:
    """The same words mean another act in other hands."""
    sectors = {a.sector for a in actors}
    lethal = is_lethal_act(type_, token, words) or trigger.mode == ABDUCT_MODE
    if type_ in {"ASSAULT", "COERCE"} and sectors <= PROTESTING and not lethal:
        return "PROTEST"  # civilians storming a building or blocking a road protest; they do not wage war
    if type_ in {"ASSAULT", "COERCE"} and done_in_protest(token, words) and not lethal:
        return "PROTEST"  # "drivers blocked the crossing in protest at the queues": the aim makes it a protest
    if type_ == "PROTEST" and trigger.mode == "boycott" and sectors and sectors <= ARMED:
        return "ASSAULT"  # armed men who strike attack; a walkout is the workers' weapon, not theirs
    if type_ == "ASSAULT" and trigger.mode == RIOT_MODE and not (sectors and sectors <= ARMED):
        return "PROTEST"  # "youths set fire to a kiosk": a riot; armed men who set fire to a village attack it
    if (
        type_ == "PROTEST"
        and trigger.lemma == "protest"
        and sectors <= {"GOV", None}
        and not in_street(token, words)
        and not protest_as_manner(token)
    ):
        return "ACCUSE"  # a government's protest is a diplomatic complaint
    if type_ == "ACCUSE" and trigger.lemma == "protest" and sectors and sectors <= CIVILIAN:
        return "PROTEST"  # people protesting a decision or a plan voice it as a demonstration does
    if type_ == "CONSULT" and trigger.mode == "visit" and sectors == {"MIL"} and not is_courtesy_visit(token, words):
        return "AID"  # troops landing or flying in to keep the peace are help, not a visit
    if type_ == "CONSULT" and token.lemma_ in words.transport_verb and carries_load(token):
        return "AID"  # "is flying French soldiers and equipment to Mali": transport, not a visit
    if type_ == "MOBILIZE" and trigger.mode == "troops" and sends_relief(token, words):
        return "AID"  # "has sent two helicopters and a rescue unit": forces sent with relief workers help
    if type_ == "MOBILIZE" and is_joint_exercise(token, actors, words):
        return "COOPERATE"  # "Norway and Russia held their annual exercise": a joint exercise is cooperation
    return type_


def is_courtesy_visit(token: Any, words: EventWords) -> bool:
    """ "paid a courtesy call on the minister", "a goodwill visit to Maputo": a visit made for its own
    sake, which officers and warships pay as any delegation does (a meeting, not help sent)."""
    visits = [token] + [c for c in token.children if c.dep_ == "dobj"]
    return any(m.lower_ in words.courtesy_visit for v in visits for m in modifiers_of(v))


def in_street(verb: Any, words: EventWords) -> bool:
    """ "protested outside the ministry": made where a crowd stands, so a demonstration by people
    the sentence does not name by trade ("members of the community"), not a complaint in a note."""
    return any(c.dep_ == "prep" and c.lower_ in words.street_prep for c in verb.children)


def is_lethal_act(type_: str, token: Any, words: EventWords) -> bool:
    """ "herders killed three villagers", "a crowd kidnapped two surveyors", "threw grenades at police":
    done by civilians these are still assaults, not a form of protest."""
    if type_ != "ASSAULT":
        return False
    if word_in(token, words.lethal_act):
        return True
    # "hurled rocks, bottles and petrol bombs at troops": what is thrown makes it one
    thrown = [t for o in token.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    if any(word_in(t, words.lethal_weapon) for t in thrown):
        return True
    return fights_with_hand_weapons(token, words)


def fights_with_hand_weapons(token: Any, words: EventWords) -> bool:
    """ "fought with machetes and clubs", "clashed with sticks": a fight with weapons in hand is an
    assault even between villagers or fishermen (training gold: 5 of 5 such are ASSAULT)."""
    used = [t for w in token.children if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]  # fmt: skip
    return any(t.lemma_.lower() in words.hand_weapon for t in used)


def is_joint_exercise(token: Any, actors: list[Entity], words: EventWords) -> bool:
    """An exercise held by the forces of several states, or "with" a partner ("an exercise with Kenyan
    vessels", "drilled with the US navy"): done together, not a show of force by one side."""
    if token.lemma_.lower() not in words.exercise_noun and token.lower_ not in words.exercise_noun:
        return False
    states = {a.code for a in actors if a.code}
    holder = token.head if token.dep_ in {"dobj", "pobj"} else token
    withs = [c for t in (token, holder) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    return len(states) >= 2 or any(names_a_party(o) for w in withs for o in w.children if o.dep_ == "pobj")


def names_a_party(noun: Any) -> bool:
    """ "with the Albanian army", "with Mozambican patrol boats": a partner named by its country or
    body, not the means ("with 10,000 troops", "with tanks and artillery")."""
    own_words = [noun, *(t for left in noun.lefts for t in left.subtree)]  # not "near Tindouf"
    return any(t.ent_type_ in PARTY_LABELS for t in own_words)


def carries_load(verb: Any) -> bool:
    """A motion verb with a load: "flew troops to", "is flying supplies into" (not "visited Beijing")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ not in {"GPE", "LOC", "FAC"} for o in objects)


def is_time_boundary(prep: Any, words: EventWords) -> bool:
    """ "at the end of a visit", "at the start of talks": a time phrase built on a noun."""
    return prep.lower_ in words.boundary_prep and any(
        p.dep_ == "pobj" and p.lemma_.lower() in words.boundary_noun for p in prep.children
    )


def is_occasion_of_act(prep: Any, noun: Any, trig: Trigger, words: EventWords) -> bool:
    """ "apologised in a telephone call", "thanked him in a phone call": a call that is not definite,
    named as where another act was done, was itself held (training gold codes it as a CONSULT of its
    own: 6 of 6); "in the call" points back to one told before. So is a joint act the other was done in
    ("arrested nine suspects in a joint operation", "in coordinated raids": training gold codes the
    joint act as a COOPERATE of its own, 7 of 7)."""
    if prep.dep_ != "prep" or prep.lower_ not in words.occasion_prep:
        return False
    joint_act = trig.type == "COOPERATE" and trig.pos == "NOUN"
    if not joint_act and (trig.type != "CONSULT" or noun.lemma_.lower() not in words.occasion_noun):
        return False
    if noun.head.i != prep.i or noun.dep_ != "pobj":
        return False
    return not any(c.dep_ == "det" and c.lower_ in words.definite_determiner for c in noun.children)


def is_meeting_of_outcome(prep: Any, noun: Any, words: EventWords) -> bool:
    """ "the agreement was reached at a meeting in Long Xuyen", "the deal was struck at a meeting of the
    two defence ministers": a meeting named as where an outcome was settled was held (training gold codes
    it as a CONSULT of its own: 9 of 9); "reached at the meeting" points back to one told before."""
    if prep.dep_ != "prep" or prep.lower_ not in words.occasion_prep:
        return False
    if prep.head.lemma_.lower() not in words.outcome_verb:
        return False
    if noun.head.i != prep.i or noun.dep_ != "pobj" or noun.lemma_.lower() not in words.outcome_meeting:
        return False
    return not is_bare_definite(noun, words)


def is_bare_definite(noun: Any, words: EventWords) -> bool:
    """ "the killings", "these talks": a noun that points back, with no participant of its own."""
    children = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiner for c in children)
    return definite and not any(c.dep_ in {"poss", "prep", "compound", "nmod", "amod", "acl"} for c in children)


def is_told_violence(noun: Any, words: EventWords) -> bool:
    """ "claimed the attack", "apologised for the attack on its mission", "shared information on the
    attacks": a definite noun of violence with no doer or victim of its own ("of", "by", "between"; no
    possessive, no clause) points back at the violence the story is about, whatever it was told as (the
    headline, a verb of another type): the training gold codes a new ASSAULT for none of 60 such nouns,
    only for ones naming their own participants ("the killing of 11 nationals by BSF members")."""
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in words.definite_determiner for c in children):
        return False
    if any(c.dep_ in {"poss", "acl", "relcl", "nmod", "appos"} for c in children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in words.noun_actor_prep for c in children)


def is_answered_offer(noun: Any, words: EventWords) -> bool:
    """ "did not respond to the mediation offers", "has yet to answer the Polish invitation", "should take
    the offer": a definite offer that is answered points back at one made before, so it is no new offer.
    An indefinite or owned one ("rejected a Syrian offer of talks", "the OSCE's offer") is still told."""
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in words.definite_determiner for c in children):
        return False
    if any(c.dep_ == "poss" for c in children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ == "of" and head.head.lemma_.lower() in words.answer_noun:
            return True  # "Accra's rejection of the offer": the answer told as a noun
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in VERB_POS and head.lemma_.lower() in words.answer_verb


def meets_requirement(verb: Any, words: EventWords) -> bool:
    """ "Lome had met every condition Accra had set", "meeting the herders' main demand", "prisons meeting
    international standards": a verb of meeting whose object is a requirement satisfies it, no one is met."""
    if verb.lemma_.lower() not in words.satisfy_verb:
        return False
    objects = [c for c in verb.children if c.dep_ in ACTED_ON_DEPS]
    return any(word_in(o, words.requirement_noun) for o in objects)


def is_judged_act(noun: Any, words: EventWords) -> bool:
    """ "condemned the shelling", "calling the killings unacceptable", "denounced the move as an attack":
    a noun the speaker judges or names is an act told (or done by others), not one the speaker does.
    A name said of a wh-word ("what it described as a routine visit") still tells the act."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in words.naming_verb | words.judging_verb:
        objects = [c for c in head.head.children if c.dep_ == "dobj"]
        return any(o.tag_ not in {"WP", "WDT"} for o in objects)
    if noun.dep_ != "dobj" or head.i == noun.i or any(c.dep_ == "poss" for c in noun.children):
        return False  # "Caracas's refusal": the noun names its own doer
    if judged_with_doer(noun, head, words):
        return False  # "condemned the shelling of the town by armed elements": the doer's act is told too
    if head.lemma_ in words.judging_verb:
        return True
    named = [c for c in head.children if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"}]
    named += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"]
    return head.lemma_ in words.naming_verb and bool(named)


def is_unowned_protest(noun: Any) -> bool:
    """A protest noun that is told as news in itself: the subject of its clause or "a march by ...",
    not one mentioned as the object of someone else's act ("police broke up a rally")."""
    return noun.dep_ in SUBJECT_DEPS or any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def is_aim_of_protest(token: Any, matcher: TriggerMatcher) -> bool:
    """ "rallied outside the office to demand protection", "blocked the highway, demanding help": a
    clause that says what a protest is for (an infinitive of purpose or a participle beside it) is
    told by the protest itself; PLOVER codes the demonstration, not the demand as well."""
    if token.dep_ not in {"advcl", "xcomp"} or token.head.i == token.i or demands_of_another(token):
        return False
    outer = matcher.match(token.head)
    return outer is not None and outer.type == "PROTEST"


def demands_of_another(token: Any) -> bool:
    """ "blocked the road, demanding that Uzbekistan reopen its side", "marching on Congress demanding the
    justices be reinstated": a demand whose content is a clause with its own subject says who must act, a
    request of its own beside the protest (training gold: 6 of 7 such clauses coded REQUEST, against 16 of
    41 demands of a thing, "demanding compensation")."""
    return any(c.dep_ == "ccomp" and any(s.dep_ in SUBJECT_DEPS for s in c.children) for c in token.children)


def is_promised_by_speaker(verb: Any, trig: Trigger, words: EventWords) -> bool:
    """ "X said any aircraft that violated its airspace would be shot down", "anyone found with a weapon
    would be arrested": a hostile act promised in the passive is the speaker's own threat. So is a yielding
    act promised not to be done (a litotes row): "said the rule would not be suspended" is the speaker's
    refusal (but "relations would not be restored", no row's, is told by its own sentence's speaker)."""
    if trig.condition()[0] == "litotes":
        return True
    if FUTURE_TYPE.get(trig.type) != "THREATEN" or trig.pos != "VERB":
        return False
    return is_committed(verb, words)
