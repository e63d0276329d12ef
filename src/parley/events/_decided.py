"""Measures a government has decided on: "the Council decided to suspend budget support", "the Head of
State has decided to lift the curfew". News tells a measure by the decision that takes it, so the
sanction or retreat is done, not promised (training gold: 7 of 7 single-party "decided to" sanctions
SANCTION, 3 of 3 retreats RETREAT, none THREATEN or CONCEDE). Reads only the token's head and its
children (the learned coder's token views have no sentence or subtree)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._lexicon import Trigger
from ._words import EventWords

__all__ = ["is_decided_measure"]

#: Types of a measure a decision puts in force at once; a decision to cooperate or to help stays a
#: promise ("decided to set up a joint unit", "decided to provide aid").
_DECIDED_TYPES = {"SANCTION", "RETREAT"}
#: Tags of a decision already taken ("decided", "has decided"), not one still to take ("will decide").
_TAKEN_TAGS = {"VBD", "VBN", "VBZ"}


def _decision_taken(head: Any, words: EventWords) -> bool:
    """ "decided", "has decided", "decides": no auxiliary of a decision to come or a hedge on it."""
    if head.lemma_.lower() not in words.taken_decision or head.tag_ not in _TAKEN_TAGS:
        return False
    hedges = words.future_aux | words.conditional_aux | words.commitment_aux
    return not any(c.dep_ in {"aux", "neg"} and c.lower_ in hedges | {"not", "n't"} for c in children_of(head))


def is_decided_measure(token: Any, trig: Trigger, words: EventWords) -> bool:
    """The trigger is the infinitive of a decision taken, and names a measure done by it."""
    if trig.type not in _DECIDED_TYPES or token.dep_ != "xcomp" or token.head.i == token.i:
        return False
    return _decision_taken(token.head, words)
