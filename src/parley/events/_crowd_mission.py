"""Crowds protesting at a state's embassy or consulate: "hundreds of students besieged his embassy",
"protesters marched on Italian consulates in Lagos, Yaounde and Lisbon". A crowd the sentence
names by no state is of the place where the mission stands, not of the state the mission is of
(training gold, protests by crowds at a foreign embassy or consulate: 15 of 15 coded to the host,
never to the mission's state; where the mission's town is named, 7 of 7 to that town's country).
With no town named, a crowd guessed to be of the mission's own state is of the story's other state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._lexicon import Trigger
from ._phrases import with_conjuncts
from ._words import word_in

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["crowd_at_mission"]


def crowd_at_mission(
    trig: Trigger,
    verb: Any,
    subjects: list[Any],
    actors: list[Entity],
    recipients: list[Entity],
    ctx: DocumentContext,
    place_country: Callable[[Any], str | None],
) -> list[Entity]:
    """The actors of a crowd's protest at a foreign mission (see the module), else ``actors``."""
    if trig.type != "PROTEST" or not actors or not subjects or any(_named(s, ctx) for s in subjects):
        return actors
    missions = _missions(verb, ctx.words.mission_noun)
    if not missions:
        return actors
    hosts = list(dict.fromkeys(c for m in missions for c in _towns(m, place_country)))
    if not hosts:
        owners = {r.code for r in recipients}
        if not owners or {a.code for a in actors} != owners:
            return actors
        other = ctx.story_other_side(recipients)
        hosts = [other[0].code] if other else []
    return [replace(actors[0], code=code) for code in hosts] or actors


def _named(subject: Any, ctx: DocumentContext) -> bool:
    """Whether a word of the subject names a state or person ("Nepali students", "Chavez supporters")."""
    return any(t.i in ctx.mention_at for t in subject.subtree)


def _missions(verb: Any, mission_nouns: frozenset[str]) -> list[Any]:
    """The embassies and consulates the verb's object or one of its phrases names ("besieged his embassy",
    "marched on the consulates", "gathered outside the embassy")."""
    heads = [c for c in children_of(verb) if c.dep_ == "dobj"]
    heads += [o for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    return [h for h in heads if word_in(h, mission_nouns)]


def _towns(mission: Any, place_country: Callable[[Any], str | None]) -> list[str]:
    """The countries of the towns an "in" phrase of the mission names ("consulates in Sydney and Auckland")."""
    places = [
        t
        for p in children_of(mission)
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in children_of(p)
        if o.dep_ == "pobj"
        for t in with_conjuncts(o)
    ]
    codes = (place_country(t.doc[t.left_edge.i : t.i + 1]) for t in places)
    return [c for c in codes if c is not None]
