"""Whom a show of armed strength is aimed at when its sentence names no one: "the North's artillery units
were placed on full combat readiness", "Lithuania raised the readiness of its rapid reaction force", "the
navy staged three days of exercises". Unlike a deployment to a place, which is as often police work at
home as a move against a neighbour, readiness and exercises are shown to someone: the state the actor
last faced (training gold, alert or readiness with no target named: another state 6, none 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS
from ._words import word_in

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext
    from ._words import EventWords

__all__ = ["show_of_force_faced", "shows_force"]

#: The trigger mode of putting forces on alert (data/triggers.tsv).
_ALERT_MODE = "alert"


def show_of_force_faced(cand: Candidate, ctx: DocumentContext) -> list[Entity]:
    """The story's latest counterpart of the actors, hostile ones first, for a mobilisation shown as
    readiness or exercises (the trigger's mode, or a word of data/event_words.tsv show_of_force in its
    phrase), or as warships and warplanes sent; none for any other act."""
    if cand.type != "MOBILIZE":
        return []
    shown = cand.trigger.mode == _ALERT_MODE or shows_force(cand.token, ctx.words)
    if not shown and not _sends_war_craft(cand.token, ctx.words):
        return []
    return ctx.counterparts(cand.actors, "THREATEN")


def _sends_war_craft(token: Any, words: EventWords) -> bool:
    """The act moves warships or warplanes ("sent two frigates", "five destroyers have been stationed"):
    unlike troops, which police the actor's own border as often as they face a neighbour, they are sent
    at a state (training gold, warships or warplanes moved with no target named: another state 60 of 68)."""
    return any(word_in(c, words.war_craft) for c in children_of(token) if c.dep_ in ACTED_ON_DEPS)


def shows_force(token: Any, words: EventWords) -> bool:
    """The trigger or its object is a word of readiness or exercises ("staged exercises", "a joint
    drill"), or such a word qualifies the object ("raised the alert level"); not a phrase of time ("fired
    missiles during the drill")."""
    objects = [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS]
    shown = [token, *objects, *(c for o in objects for c in children_of(o) if c.dep_ == "compound")]
    return any(word_in(t, words.show_of_force) for t in shown)
