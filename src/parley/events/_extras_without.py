"""An act said to be left undone: "issued the order without consulting the schools", "came without being
asked twice", "how far each side will go without firing a shot", "left without speaking to reporters".
The object of "without" (data/event_words.tsv negating_prep) names what did not happen alongside the
act the clause tells (training gold: none of the corpus's 123 "without" phrases coded as an asserted
act at its own word; 3 coded as negated: "without reaching agreement", "without shooting")."""

from __future__ import annotations

from typing import Any

from ._joined_heads import first_of_joined
from ._words import EventWords, word_in

__all__ = ["is_left_undone"]

#: How the word hangs from the preposition: a gerund clause ("without consulting") or a noun
#: ("without warning").
_OBJECT_DEPS = frozenset({"pcomp", "pobj"})
#: How far up joined words are followed ("without consulting or informing its neighbours").
_MAX_STEPS = 4


def is_left_undone(token: Any, words: EventWords) -> bool:
    """The word, or the first of the words it is joined to by "and"/"or", is the object of a
    preposition that denies it ("without")."""
    token = first_of_joined(token, _MAX_STEPS)
    return token.dep_ in _OBJECT_DEPS and word_in(token.head, words.negating_prep)
