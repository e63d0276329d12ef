"""An act named as the answer to another's demand: "agreed to keep the post open, a long-standing demand
of the hauliers", "agreed to review its rules, a long-standing Spanish request".

An indefinite noun of demand set after a comma beside what a promise commits to names that commitment
as what the other side asked for: the promise concedes it (PLOVER CONCEDE). A demand with a clause of
its own ("a demand Athens had made", "a request the delegation rebuffed") tells something else.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS
from ._words import EventWords, has_indefinite_determiner

__all__ = ["names_demand_met"]


def names_demand_met(token: Any, values: frozenset[str], words: EventWords) -> bool:
    """The trigger, or the infinitive it commits to, has a trailing "a ... demand" among ``values``
    after a comma; the parser hangs it beside the object (appos), on the verb (npadvmod) or as a second
    object (dobj)."""
    clauses = [token, *(c for c in children_of(token) if c.dep_ == "xcomp")]
    heads = [*clauses, *(o for c in clauses for o in children_of(c) if o.dep_ in ACTED_ON_DEPS)]
    commas = [c.i for h in heads for c in children_of(h) if c.dep_ == "punct" and c.lower_ == "," and c.i > token.i]
    return any(_is_trailing_demand(n, values, commas, words) for h in heads for n in children_of(h))


def _is_trailing_demand(noun: Any, values: frozenset[str], commas: list[int], words: EventWords) -> bool:
    if noun.lemma_.lower() not in values or not any(i < noun.i for i in commas):
        return False
    if not has_indefinite_determiner(noun, words):
        return False  # "agreed to drop the demand": the demand is what is acted on
    if any(c.dep_ in {"relcl", "acl", "nsubj"} for c in children_of(noun)):
        return False  # "a request the delegation rebuffed": the demand's own fate is told
    if noun.dep_ in {"appos", "npadvmod"}:
        return True
    earlier = [c for c in children_of(noun.head) if c.dep_ in {"dobj", "xcomp", "ccomp"} and c.i < noun.i]
    return noun.dep_ == "dobj" and bool(earlier)
