"""The receiver among the signers of a loan or a debt relief: "Argentina's economy minister and his
Bolivian counterpart signed an accord cancelling $50 million of Bolivian debt" names both states as the
subject of the act, but the help goes to the one its object names ("Bolivian debt", "vessels for the
Philippine Coast Guard"), not from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._columns import children_of
from ..parse import OBJECT_DEPS
from ._entities import unique_by_code

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["aid_receiver_among_givers"]


def aid_receiver_among_givers(cand: Candidate, roles: RoleFinder) -> None:
    """Help given by two states together with no receiver named: the one of the two that the act's
    object names is the receiver, the other the giver (gold AID 2 of 2 on the training corpus)."""
    actors = unique_by_code(cand.actors)
    codes = {a.code for a in actors}
    if cand.type != "AID" or len(actors) != 2 or any(r.code not in codes for r in cand.recipients):
        return  # (a receiver that is one of the givers is no receiver: "not_the_actors" drops it)
    mention_at = roles.ctx.mention_at
    objects = [c for c in children_of(cand.token) if c.dep_ in OBJECT_DEPS]
    named = [mention_at[t.i].entity for o in objects for t in o.subtree if t.i in mention_at]
    receivers = unique_by_code([e for e in named if e.code in codes])
    if len(receivers) != 1:
        return  # neither named in the object, or both: nothing tells the giver from the receiver
    cand.recipients = receivers
    cand.actors = [a for a in cand.actors if a.code != receivers[0].code]
