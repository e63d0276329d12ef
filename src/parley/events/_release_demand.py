"""A demand for the release of one's own people ("Chile summoned the envoy to demand the drivers'
release", "the consulate sought bail for the drivers"): made of whoever holds them, not of the people
themselves. The holder is the party the story told held people named so, else the other state of the
story's pair."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._entities import same_entity

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["release_demanded_of"]


def _freed_people(verb: Any, freeing: frozenset[str]) -> list[Any]:
    """The people whose freedom the verb's object asks for: its owner ("the drivers' release"), its "of"
    phrase ("the release of the crew"), or the verb's "for" phrase ("sought bail for the drivers")."""
    nouns = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in freeing]
    people = [c for n in nouns for c in children_of(n) if c.dep_ == "poss"]
    people += [p for n in nouns for c in children_of(n) if c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    if nouns:
        people += [p for c in children_of(verb) if c.lower_ == "for" for p in children_of(c) if p.dep_ == "pobj"]
    return people


def release_demanded_of(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The recipients of a REQUEST, the people's holder in place of one's own people whose release it
    asks for; the recipients unchanged otherwise."""
    own = {a.code for a in cand.actors}
    if cand.type != "REQUEST" or not cand.recipients or any(r.code not in own for r in cand.recipients):
        return cand.recipients
    people = _freed_people(cand.token, roles.words.freeing_noun)
    if not people:
        return cand.recipients
    held = roles.holder(people, anywhere=True)
    holders = [e for e in held[0] if not same_entity(e, cand.actors)] if held else []
    return holders or roles.ctx.story_other_side(cand.actors) or cand.recipients
