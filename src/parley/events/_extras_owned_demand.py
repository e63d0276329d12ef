"""A demand the story points back at: "granted the request", "offered nothing except their conditions", "a
decision on the envoy's visa request", "met one of the demands raised by the traders". A noun of demand
made definite or owned ("the", "these", "its", "Hanoi's") that does not say what is asked (no "that"
clause, no infinitive, no "for" phrase) names a demand made before, now granted, refused, weighed or
met: no new REQUEST. The training gold codes a REQUEST at none of 20 such nouns (the act done to the
demand is coded instead: granted, refused, dropped). A demand that states its content or its addressee
("its demand that Minsk close the plant", "his demand for a withdrawal", "Hanoi's request to inspect the
dam", "its request to the authorities"), or one renewed ("reiterates its request"), is still told, and so
is one made "at the request of" another (the training gold codes that 7 times in 13).

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords, has_definite_determiner, word_in

__all__ = ["is_owned_demand"]

#: Dependencies of the words that make a noun owned ("its demands", "Hanoi's request").
_OWNED = frozenset({"poss"})
#: Dependencies of a clause hung on the noun.
_CLAUSES = frozenset({"acl", "relcl", "ccomp"})


def _states_content(clause: Any) -> bool:
    """A clause that says what is asked: opened by "that", an infinitive, or one with its own subject
    ("the request that Laos close the dam", "its request to inspect the plant"); a participle only
    describes the noun ("the demands raised for months by traders")."""
    for child in children_of(clause):
        if child.dep_ == "mark" and child.lower_ == "that":
            return True
        if child.dep_ == "aux" and child.lower_ == "to":
            return True
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return False


def _content_on_verb(noun: Any) -> bool:
    """ "repeated its call on Friday that Oslo withdraw the trawler": the parser hangs the "that" clause
    of an object set apart by a phrase of time on the verb; it still says what the demand asks."""
    if noun.dep_ != "dobj":
        return False
    clauses = [c for c in children_of(noun.head) if c.dep_ in {"advcl", "ccomp"} and c.i > noun.i]
    return any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in children_of(c))


def is_owned_demand(noun: Any, words: EventWords) -> bool:
    """The word is a noun of demand (event_words.tsv pointed_demand), definite or owned, with nothing
    that says what is asked, and not the noun of an "at the request of" phrase."""
    if noun.pos_ != "NOUN" or not word_in(noun, words.pointed_demand):
        return False
    children = list(children_of(noun))
    if not has_definite_determiner(noun, words) and not any(c.dep_ in _OWNED for c in children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in words.consent_prep:
        return False  # "at the request of Monrovia", "at Cambodia's request": a consent that may be coded
    if any(c.dep_ == "prep" and c.lower_ in words.demand_content_prep for c in children):
        return False  # "his demand for a withdrawal", "the request from Hanoi", "its request to the authorities"
    if _content_on_verb(noun):
        return False
    if noun.dep_ == "dobj" and word_in(noun.head, words.renewing_verb):
        return False  # "reiterates its request": the demand is made again, an act of the story
    return not any(c.dep_ in _CLAUSES and _states_content(c) for c in children)
