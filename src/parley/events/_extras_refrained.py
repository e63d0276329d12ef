"""An act a party held back from: "Kenya has so far refrained from retaliating", "the two navies would
refrain from boarding and from any show of force". The object of a negating head's preposition
(data/event_words.tsv ``refrained_prep`` under a ``negating_head``) names what did not happen, as its
infinitive complement does ("failed to meet"), which ``_modality.is_negated`` already reads (training
gold: none of the corpus's 3 "refrain from" objects coded as an act; the demands around them are)."""

from __future__ import annotations

from typing import Any

from ._joined_heads import first_of_joined
from ._modality import phrasal_lemma
from ._words import EventWords, word_in

__all__ = ["is_refrained"]

#: How the word hangs from the preposition: a gerund clause ("from retaliating") or a noun ("from reprisals").
_OBJECT_DEPS = frozenset({"pcomp", "pobj"})
#: How far up joined words (and joined prepositions: "from raids and from any show of force") are followed.
_MAX_STEPS = 4


def is_refrained(token: Any, words: EventWords) -> bool:
    """The word, or the first of the words it is joined to, is the object of a preposition of holding
    back ("from") that hangs from a negating head ("refrain")."""
    token = first_of_joined(token, _MAX_STEPS)
    if token.dep_ not in _OBJECT_DEPS:
        return False
    prep = first_of_joined(token.head, _MAX_STEPS)
    if prep.dep_ != "prep" or not word_in(prep, words.refrained_prep):
        return False
    return phrasal_lemma(prep.head) in words.negating_head
