"""The objects of the sentence before a pronoun: whom an object "them" with no one named before it in its
own sentence stands for ("Tanzanian police arrested twelve Kenyan fishermen on Monday. They released them
on Friday.": the fishermen the sentence before took)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..parse import VERB_POS

__all__ = ["previous_objects"]

#: The dependencies of a verb's objects: its direct object, the one of a preposition it governs.
_OBJECT_AND_DATIVE_DEPS = {"dobj", "dative"}


def previous_objects(sdoc: Any, sent_start: list[int], tok: Any) -> list[Any]:
    """The direct objects of the main verb of the sentence before ``tok``'s (and of the verbs joined to it,
    "arrested and jailed five men"), none when ``tok``'s sentence is the first."""
    start = sent_start[tok.i]
    if start == 0:
        return []
    end = start - 1
    while end > 0 and (sdoc[end].is_punct or sdoc[end].is_space):
        end -= 1  # a closing quote or a paragraph break the parser split off as a sentence of its own
    root = sentence_of(sdoc[end]).root
    verbs = [root] + [c for c in children_of(root) if c.dep_ == "conj" and c.pos_ in VERB_POS]
    return [c for verb in verbs for c in children_of(verb) if c.dep_ in _OBJECT_AND_DATIVE_DEPS]
