"""Ethnic words ("ethnic Albanians"): a demonym that names a people, not a state.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

import numpy

from .._columns import children_of, doc_columns
from ._words import EventWords

__all__ = ["ethnic_heads", "is_ethnic"]

#: How an ethnic word, or the word it qualifies, hangs on a people's name (see ``is_ethnic``).
_ETHNIC_MODIFIER = frozenset({"amod", "compound", "advmod"})


def is_ethnic(head: Any, words: EventWords) -> bool:
    """ "ethnic Albanians", "ethnic Hungarian students": the demonym names a people, not a state."""
    modifiers = [c for c in children_of(head) if c.dep_ in _ETHNIC_MODIFIER]
    ethnic = words.ethnic_word
    return any(c.lower_ in ethnic or any(g.lower_ in ethnic for g in children_of(c)) for c in modifiers)


def ethnic_heads(sdoc: Any, words: EventWords) -> frozenset[int]:
    """The indices of the words :func:`is_ethnic` holds for, found from the document's few ethnic words
    upwards (their head, or their head's head) instead of from every noun's modifiers down."""
    ids = [sdoc.vocab.strings[w] for w in words.ethnic_word]
    lowers = doc_columns(sdoc, "LOWER")  # one array of the whole parse: no Token object per word
    found: set[int] = set()
    for i in numpy.flatnonzero(numpy.isin(lowers, ids)):
        word = sdoc[int(i)]
        if word.dep_ in _ETHNIC_MODIFIER:  # "ethnic Albanians": the modifier itself
            found.add(word.head.i)
        modifier = word.head  # "ethnic Hungarian students": the word hangs on the modifier
        if modifier.i != word.i and modifier.dep_ in _ETHNIC_MODIFIER:
            found.add(modifier.head.i)
    return frozenset(found)
