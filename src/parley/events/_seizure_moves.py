"""A journey joined to a seizure: "the rebels grabbed the mayor and drove him to their camp", "the
smugglers were caught at the quay and shipped to the island prison", "raiders rowed to the weir and took
its keeper hostage". The move is part of the seizure told beside it (whom the captors carry off, or where the
seizing force comes ashore): neither a visit paid to a host nor help brought. Such moves in the training
corpus, joined to a seizure or a release in the same sentence, are coded as a visit or as help 0 of 7 times
(the seizure itself is coded); the rules read them as a visit of armed men, turned into help.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._typing import TriggerMatcher
from ._words import EventWords, word_in

__all__ = ["is_seizure_move"]

#: The types a journey verb is read as (a visit, or help carried in) that a seizure's move is not.
_JOURNEY_TYPES = frozenset({"CONSULT", "AID"})
#: The type of the acts a journey is part of when joined to one (arrests, seizures of people or ground).
_SEIZURE_TYPE = "COERCE"


def _conjuncts(token: Any) -> list[Any]:
    """The verbs joined to ``token`` by "and": the one it hangs from and those hanging from it."""
    joined = [c for c in children_of(token) if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    return joined


def is_seizure_move(token: Any, type_: str, matcher: TriggerMatcher, words: EventWords) -> bool:
    """A verb of a journey or a carrying (data/event_words.tsv describing_journey_verb, transport_verb)
    read as a visit or as help, joined by "and" to a verb the lexicon reads as a seizure (COERCE)."""
    if type_ not in _JOURNEY_TYPES or token.pos_ != "VERB":
        return False
    if not (word_in(token, words.describing_journey_verb) or word_in(token, words.transport_verb)):
        return False
    for other in _conjuncts(token):
        found = matcher.match(other) if other.pos_ == "VERB" else None
        if found is not None and found.type == _SEIZURE_TYPE:
            return True
    return False
