"""Whom an act is aimed at when the sentence names it one step further down the object: "suspended two
tranches of budget support to Honduras", "announced the recall of its ambassador to Brussels"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS
from ._entities import unique_by_code
from ._parse import prep_objects
from ._typing import target_preps

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["part_targets"]


def part_targets(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The parties named after a target preposition of the thing an "of" phrase of the object (or of a
    noun trigger) names: the aid, the envoy or the troops the act is done with, and whom they go to. The
    actors themselves are left out ("the recall of Honduras's ambassador to Brussels" names Honduras too,
    but as the envoy's owner)."""
    words = roles.words
    token = cand.token
    heads: list[Any] = [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS]
    if token.pos_ in {"NOUN", "PROPN"}:
        heads.append(token)
    things = prep_objects(heads, words.part_prep)
    targets = prep_objects(things, target_preps(cand.trigger, words))
    own = {a.code for a in cand.actors}
    return [e for e in unique_by_code(roles.np_entities_many(targets)) if e.code not in own]
