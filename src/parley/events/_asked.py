"""A request another party answers: "did not answer a Finnish request", "would oppose Kiev's request".

The answer's negation or tense is the answerer's; the request, named with who made it, was made
(training gold: 11 of 11 request nouns that name their asker under another party's verb are coded
asserted REQUEST of the asker: turned down 5, declined 2, oppose 1, refused 1, threw out 1, did not
answer 1). Reads only a token's head and children (the learned coder's token views have no more).
"""

from __future__ import annotations

from typing import Any

from ._words import EventWords

__all__ = ["names_its_asker"]

#: Named entity labels of a modifier that says whose request it is ("a Finnish request").
_ASKER_LABELS = frozenset({"NORP", "GPE", "ORG"})
#: Prepositions that name who asked ("a request from Sudan", "a request by the embassy").
_ASKER_PREPS = frozenset({"from", "by"})


def names_its_asker(noun: Any, words: EventWords) -> bool:
    """``noun`` is a request noun that names who asked: an owner that is not a pronoun ("Kiev's
    request"; "its request" is the answerer's own), a state's adjective, or a "from"/"by" phrase."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.answered_request:
        return False
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return True
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in _ASKER_LABELS:
            return True
        if child.dep_ == "prep" and child.lower_ in _ASKER_PREPS:
            return True
    return False
