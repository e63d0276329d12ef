"""A detention told in a passive perfect held "since" a time: the act the story reports, not a state."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords

__all__ = ["is_detention_since"]

#: the dependencies of a participle that stands as its sentence's own clause (not an aside on a noun)
_OWN_CLAUSE = frozenset({"ROOT", "ccomp", "conj"})


def is_detention_since(token: Any, words: EventWords) -> bool:
    """ "The soldiers had been held since a border skirmish", "the aircraft has been impounded since July",
    "120 fishermen have been arrested by Sri Lanka since January": a passive perfect of a detention in a
    clause of its own tells the detention, which training gold codes (4 of 5), unlike a closed border
    ("has been closed since 1994") or an aside on a noun ("sailors who had been held in Yemen")."""
    if token.lemma_.lower() not in words.detention_since_verb or token.dep_ not in _OWN_CLAUSE:
        return False
    children = list(children_of(token))
    has_passive = any(c.dep_ == "auxpass" for c in children)
    has_perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    return has_passive and has_perfect
