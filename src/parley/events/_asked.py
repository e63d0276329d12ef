"""A request another party answers: "did not answer a Finnish request", "would oppose Kiev's request".

The answer's negation or tense is the answerer's; the request, named with who made it, was made
(training gold: 11 of 11 request nouns that name their asker under another party's verb are coded
asserted REQUEST of the asker: turned down 5, declined 2, oppose 1, refused 1, threw out 1, did not
answer 1). Reads only a token's head and children (the learned coder's token views have no more).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords

__all__ = ["grants_named_request", "names_its_asker"]

#: Named entity labels of a modifier that says whose request it is ("a Finnish request").
_ASKER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def names_its_asker(noun: Any, words: EventWords) -> bool:
    """``noun`` is a request noun that names who asked: an owner that is not a pronoun ("Kiev's
    request"; "its request" is the answerer's own), a state's adjective, or a "from"/"by" phrase."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.answered_request:
        return False
    for child in children_of(noun):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return True
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in _ASKER_LABELS:
            return True
        if child.dep_ == "prep" and child.lower_ in words.author_prep:
            return True
    return False


def grants_named_request(noun: Any, words: EventWords) -> bool:
    """ "flew 120 police officers to Port Moresby at the request of the Papua New Guinea government": an
    act done "at the request of" a party names that party's request, made before it and apart from it
    (training gold: 6 of 9 "at the request of" phrases coded a REQUEST of the party named; the others
    name a family, producers, or a side in a live blog)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in words.granted_request_prep:
        return False
    if noun.lemma_.lower() not in words.answered_request:
        return False
    askers = [
        o
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in children_of(c)
        if o.dep_ == "pobj"
    ]
    return any(_names_party(o) for o in askers)


def _names_party(phrase: Any) -> bool:
    """ "Monrovia", "the Thai side", "the Government of Iraq": a phrase that names a state or body (not
    "their families", "domestic producers", whose request no party made)."""
    if phrase.ent_type_ in _ASKER_LABELS:
        return True
    for child in children_of(phrase):
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in _ASKER_LABELS:
            return True
        named = any(o.dep_ == "pobj" and o.ent_type_ in _ASKER_LABELS for o in children_of(child))
        if child.dep_ == "prep" and child.lower_ == "of" and named:
            return True
    return False
