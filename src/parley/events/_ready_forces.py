"""Armed forces said to be ready: "its army was ready to keep the road open", "Belizean soldiers were
'ready for any eventuality'", "the navy would keep its ships in port 'ready to sail'". A readiness word
(data/event_words.tsv readiness_word: ready, prepared) said of a state's own forces tells their posture,
not a state's agreement to act with another party. The training gold codes AGREE for none of the 7
sentences where forces are ready or prepared (MOBILIZE 3, THREATEN 3, nothing 1); a state that is
ready ("Fiji said it was ready to send soldiers") keeps its AGREE. Both coders read an AGREE there.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._sent_forces import SectorOf, is_sent_force
from ._words import EventWords, word_in

__all__ = ["is_forces_readiness"]

#: Dependencies of the words whose clause says who is ready.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies of a readiness word that predicates it of its head's subject or object ("were ready",
#: "kept its ships ready").
_PREDICATE_DEPS = frozenset({"acomp", "oprd"})


def _ready_parties(word: Any) -> list[Any]:
    """Who the readiness word is said of: the subject of the verb it completes, and for "keep X ready"
    the object too; the noun it describes ("troops ready to move")."""
    if word.dep_ == "amod":
        return [word.head]
    if word.dep_ not in _PREDICATE_DEPS or word.head.i == word.i:
        return []
    deps = _SUBJECT_DEPS | {"dobj"} if word.dep_ == "oprd" else _SUBJECT_DEPS
    return [c for c in children_of(word.head) if c.dep_ in deps]


def is_forces_readiness(token: Any, type_: str, words: EventWords, sector_of: SectorOf) -> bool:
    """An AGREE read at a readiness word said of armed forces ("troops", "the navy", "the army": see
    ``is_sent_force``)."""
    if type_ != "AGREE" or not word_in(token, words.readiness_word):
        return False
    return any(is_sent_force(party, token.doc, words, sector_of) for party in _ready_parties(token))
