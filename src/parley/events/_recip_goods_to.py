"""The receiver of help named deep in what was sent: in "has sent two ships loaded with 1,800 tonnes of
food to Somalia and Kenya" the small parser hangs "to Somalia" from "tonnes", inside the ships' phrase,
where the role finder (which reads the verb's own "to" and its object's) does not look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._columns import children_of
from ..parse import OBJECT_DEPS
from ._entities import same_entity

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["goods_sent_to"]


def goods_sent_to(cand: Candidate, roles: RoleFinder) -> None:
    """Help with no receiver read, whose object's phrase holds a "to" naming someone other than the
    givers: that one receives it."""
    if cand.type != "AID" or cand.recipients or not cand.actors or cand.token.pos_ != "VERB":
        return
    objects = [c for c in children_of(cand.token) if c.dep_ in OBJECT_DEPS]
    tos = [t for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.head != o]
    heads = [c for t in tos for c in children_of(t) if c.dep_ == "pobj"]
    receivers = [e for e in roles.np_entities_many(heads) if not same_entity(e, cand.actors)]
    if receivers:
        cand.recipients = receivers
