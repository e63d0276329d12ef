"""Police deployments: policing at home, aimed at no other state of the story."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS
from ._parse import agent_objects
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext

__all__ = ["moves_police"]


def moves_police(cand: Candidate, ctx: DocumentContext) -> bool:
    """ "sent 300 additional police officers to Moyale", "Police in Petion-Ville have deployed armoured
    vehicles", "the courthouse was ringed by 300 police": a deployment of police (data/event_words.tsv
    police_force), with no target named, keeps order at home; it is not aimed at the story's other state.
    Police sent to a border, a bridge or an embassy (data/event_words.tsv abroad_cue), or police boats
    patrolling a lake or a bay, do face the state across it."""
    if cand.type != "MOBILIZE" or ctx.abroad_cued(cand.token):
        return False
    words = ctx.words
    moved = _moved_units(cand.token)
    if any(word_in(u, words.crewed_vehicle) for u in moved):
        return False
    police_actor = bool(cand.actors) and all(a.sector == "COP" for a in cand.actors)
    return police_actor or any(_names_police(u, words) for u in moved)


def _moved_units(token: Any) -> list[Any]:
    """The nouns naming what the deployment moves: its object, and the agent of a passive."""
    return [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS] + agent_objects(token)


def _names_police(noun: Any, words: EventWords) -> bool:
    """ "police", "300 additional police officers", "a company of paramilitary police"."""
    near = [noun, *(c for c in children_of(noun) if c.dep_ in {"compound", "amod"})]
    near += [
        g
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return any(word_in(t, words.police_force) for t in near)
