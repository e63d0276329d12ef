"""Judgements told by a denial: "the concessions were not enough", "said the apology was 'not enough'".

A row conditioned ``denied`` reads a predicate whose copula (or the word itself) carries the "not":
the negation is the judgement, so the row keeps the event a negated mention would drop, as a litotes
row ("would not hesitate to") and a stance row ("does not accept ultimatums") do.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._lexicon import Trigger

__all__ = ["NEGATION_READING_CONDITIONS", "is_denied_predicate", "names_no_denial", "reads_own_negation"]

#: Row conditions that read the trigger's negation themselves: the mention is not dropped as negated.
NEGATION_READING_CONDITIONS = frozenset({"litotes", "stance", "denied"})

#: Complements that make the predicate a measure of something else ("not enough to feed the camp").
_MEASURED = frozenset({"xcomp", "ccomp", "advcl", "prep"})


def reads_own_negation(trig: Trigger) -> bool:
    """The row has read the negation already: it states the act, not its denial."""
    return trig.condition()[0] in NEGATION_READING_CONDITIONS


def is_denied_predicate(token: Any) -> bool:
    """ "the offer was not enough": the word is what its subject is said to be (the complement of a
    copula), denied by a "not" on the copula or on the word; not a measure of something else ("was not
    enough to cover the costs", "not enough for the harvest")."""
    if token.dep_ != "acomp" or any(c.dep_ in _MEASURED for c in children_of(token)):
        return False
    return any(c.dep_ == "neg" for c in children_of(token)) or any(c.dep_ == "neg" for c in children_of(token.head))


def names_no_denial(trig: Trigger, token: Any) -> bool:
    """A denied row's word used otherwise ("was not enough to feed the camp", "enough grain"): the word
    names no act of its own, only its denial does, so a model's reading of it there is no event."""
    return trig.condition()[0] == "denied" and not is_denied_predicate(token)
