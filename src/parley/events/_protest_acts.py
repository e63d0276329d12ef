"""Two protest actions coordinated in one sentence are two PROTEST events: "burned a flag and blocked
the road to the port", "marched to the border post, and students in the capital burned an effigy"
(the training gold codes such coordinated actions as two mentions), while a chant that goes with a
march or a burning ("burnt an effigy and chanted slogans") is part of the action it accompanies.

Reads only a trigger's head and children, which the learned coder's token views have as well."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import OBJECT_DEPS, SUBJECT_DEPS
from ._words import EventWords

__all__ = ["protest_acts_apart"]

#: The tag of a personal pronoun ("it", "them"), which points back at a thing named before.
_PRONOUN_TAG = "PRP"


def protest_acts_apart(first: Any, second: Any, words: EventWords) -> bool:
    """The two PROTEST trigger verbs are coordinated ("X and Y"), and either each clause has its own
    doer ("villagers blocked the highway, and students picketed the embassy") or neither verb is a mere
    accompaniment of the other ("chanted slogans"): two actions, each coded (training gold, pairs the
    coder used to join: 11 of 11 code two, 6 with their own doers and 5 with one; 5 of 5 with a chant
    code one)."""
    pair = _coordinated(first, second)
    if pair is None:
        return False
    head, conjunct = pair
    if _own_doers_differ(head, conjunct):
        return True
    if _acts_on_what_went_before(conjunct):
        # "broke into the tax office and wrecked it": the second step is done to the first's
        # target, one action told in two verbs
        return False
    accompaniment = words.protest_accompaniment
    return head.lemma_.lower() not in accompaniment and conjunct.lemma_.lower() not in accompaniment


def _coordinated(first: Any, second: Any) -> tuple[Any, Any] | None:
    """(head verb, its conjunct) when one trigger is the other's coordinated verb."""
    if first.i == second.i:
        return None
    if second.dep_ == "conj" and second.head.i == first.i:
        return first, second
    if first.dep_ == "conj" and first.head.i == second.i:
        return second, first
    return None


def _own_doers_differ(head: Any, conjunct: Any) -> bool:
    """Each verb has its own subject, and they are different words (two clauses, two doers)."""
    mine = {c.i for c in children_of(head) if c.dep_ in SUBJECT_DEPS}
    theirs = {c.i for c in children_of(conjunct) if c.dep_ in SUBJECT_DEPS}
    return bool(mine) and bool(theirs) and mine != theirs


def _acts_on_what_went_before(verb: Any) -> bool:
    """The verb's object is a pronoun ("set it on fire"): it acts on a thing named before it."""
    return any(c.dep_ in OBJECT_DEPS and c.tag_ == _PRONOUN_TAG for c in children_of(verb))
