"""A verb joined by "or" or "nor" to a negated verb ("said it would not attack or shell Somali
positions"): the negation covers both verbs, so the second is no more an act, a promise or a threat
than the first."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS, VERB_POS

__all__ = ["is_negated_disjunct"]

#: Conjunctions under which a negation covers the joined verb ("not X or Y", "neither X nor Y"); "and"
#: does not ("did not attend and sent a deputy instead" tells the sending).
_DISJUNCTIONS = {"or", "nor"}
#: Words that deny their verb ("would not", "will never").
_NEGATIONS = {"never", "neither"}


def is_negated_disjunct(token: Any) -> bool:
    """ "would not attack or shell", "will never recognise or support the government": a verb joined by
    "or"/"nor" to a negated verb whose subject it shares (one with a subject of its own, "did not attack
    or they would have", says what it says itself)."""
    head = token.head
    if token.dep_ != "conj" or head.i == token.i or head.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(token)):
        return False
    joined = any(c.dep_ == "cc" and c.lower_ in _DISJUNCTIONS and head.i < c.i < token.i for c in children_of(head))
    return joined and any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in children_of(head))
