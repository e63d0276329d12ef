"""Nouns and verbs of acts told rather than done: a definite noun pointing back at what the story told,
an act judged or named by the speaker, an offer answered, a requirement met, a promise made in the passive.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS, SUBJECT_DEPS, VERB_POS
from ._judged_doer import judged_with_doer
from ._lexicon import Trigger
from ._parse import is_committed
from ._type_sets import FUTURE_TYPE
from ._words import EventWords, has_definite_determiner, word_in

__all__ = [
    "demands_of_another",
    "is_answered_offer",
    "is_bare_definite",
    "is_judged_act",
    "is_promised_by_speaker",
    "is_told_violence",
    "is_unowned_protest",
    "meets_requirement",
]


def is_bare_definite(noun: Any, words: EventWords) -> bool:
    """ "the killings", "these talks": a noun that points back, with no participant of its own."""
    children = list(children_of(noun))
    definite = has_definite_determiner(noun, words)
    return definite and not any(c.dep_ in {"poss", "prep", "compound", "nmod", "amod", "acl"} for c in children)


def is_told_violence(noun: Any, words: EventWords) -> bool:
    """ "claimed the attack", "apologised for the attack on its mission", "shared information on the
    attacks": a definite noun of violence with no doer or victim of its own ("of", "by", "between"; no
    possessive, no clause) points back at the violence the story is about, whatever it was told as (the
    headline, a verb of another type): the training gold codes a new ASSAULT for none of 60 such nouns,
    only for ones naming their own participants ("the killing of 11 nationals by BSF members")."""
    children = list(children_of(noun))
    if not has_definite_determiner(noun, words):
        return False
    if any(c.dep_ in {"poss", "acl", "relcl", "nmod", "appos"} for c in children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in words.noun_actor_prep for c in children)


def is_answered_offer(noun: Any, words: EventWords) -> bool:
    """ "did not respond to the mediation offers", "has yet to answer the Polish invitation", "should take
    the offer": a definite offer that is answered points back at one made before, so it is no new offer.
    An indefinite or owned one ("rejected a Syrian offer of talks", "the OSCE's offer") is still told."""
    children = list(children_of(noun))
    if not has_definite_determiner(noun, words):
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
    objects = [c for c in children_of(verb) if c.dep_ in ACTED_ON_DEPS]
    return any(word_in(o, words.requirement_noun) for o in objects)


def is_judged_act(noun: Any, words: EventWords) -> bool:
    """ "condemned the shelling", "calling the killings unacceptable", "denounced the move as an attack":
    a noun the speaker judges or names is an act told (or done by others), not one the speaker does.
    A name said of a wh-word ("what it described as a routine visit") still tells the act."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in words.naming_verb | words.judging_verb:
        objects = [c for c in children_of(head.head) if c.dep_ == "dobj"]
        return any(o.tag_ not in {"WP", "WDT"} for o in objects)
    if noun.dep_ != "dobj" or head.i == noun.i or any(c.dep_ == "poss" for c in children_of(noun)):
        return False  # "Caracas's refusal": the noun names its own doer
    if judged_with_doer(noun, head, words):
        return False  # "condemned the shelling of the town by armed elements": the doer's act is told too
    if head.lemma_ in words.judging_verb:
        return True
    named = [c for c in children_of(head) if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"}]
    named += [c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "as"]
    return head.lemma_ in words.naming_verb and bool(named)


def is_unowned_protest(noun: Any) -> bool:
    """A protest noun that is told as news in itself: the subject of its clause or "a march by ...",
    not one mentioned as the object of someone else's act ("guards dispersed a march")."""
    return noun.dep_ in SUBJECT_DEPS or any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(noun))


def demands_of_another(token: Any) -> bool:
    """ "blocked the road, demanding that Uzbekistan reopen its side", "marching on Congress demanding the
    justices be reinstated": a demand whose content is a clause with its own subject says who must act, a
    request of its own beside the protest (training gold: 6 of 7 such clauses coded REQUEST, against 16 of
    41 demands of a thing, "demanding compensation")."""
    return any(c.dep_ == "ccomp" and any(s.dep_ in SUBJECT_DEPS for s in children_of(c)) for c in children_of(token))


def is_promised_by_speaker(verb: Any, trig: Trigger, words: EventWords) -> bool:
    """ "X said any aircraft that violated its airspace would be shot down", "anyone caught with explosives
    would be detained": a hostile act promised in the passive is the speaker's own threat. So is a yielding
    act promised not to be done (a litotes row): "said the rule would not be suspended" is the speaker's
    refusal (but "relations would not be restored", no row's, is told by its own sentence's speaker)."""
    if trig.condition()[0] == "litotes":
        return True
    if FUTURE_TYPE.get(trig.type) != "THREATEN" or trig.pos != "VERB":
        return False
    return is_committed(verb, words)
