"""Relief sent with forces: "has sent two helicopters and a rescue unit", "is deploying a navy landing
ship with 120 engineers and medical staff". The forces or craft a state sends with relief workers or
for the victims of a disaster are help (AID), not a show of force (MOBILIZE): the training gold codes
sending verbs in a sentence with such a word AID 26 times and MOBILIZE never."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS
from ._words import EventWords, word_in

__all__ = ["sends_relief"]


#: How far below what is sent a relief word may stand ("a ship with 120 engineers and medical staff").
_DEPTH = 4


def _below(token: Any, depth: int) -> Iterator[Any]:
    """The token and the words under it, down to ``depth`` levels (children only: the learned coder's
    token views have no subtree)."""
    yield token
    if depth:
        for child in children_of(token):
            yield from _below(child, depth - 1)


def _sent_and_companions(verb: Any) -> list[Any]:
    """What the verb sends, and what it sends it "with" ("sent a plane with rescue dogs")."""
    sent = [c for c in children_of(verb) if c.dep_ in ACTED_ON_DEPS]
    sent += [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with"]
    return sent


def sends_relief(verb: Any, words: EventWords) -> bool:
    """Whether what ``verb`` sends is named with a word of relief work ("rescue", "medical", "relief")."""
    return any(word_in(t, words.relief_cue) for sent in _sent_and_companions(verb) for t in _below(sent, _DEPTH))
