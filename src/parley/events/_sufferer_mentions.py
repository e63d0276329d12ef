"""The people or things an agentless passive tells as suffering the act ("planeloads of food shipped by the
World Food Programme were impounded", "an Iranian diplomat who had been snatched by gunmen was set free"):
a name inside that subject phrase is the sufferer's own description, never the doer of the act. The role
labeller of the learned coder reads pairs of words and may pick such a name (the "by" agent of a verb
nested in the subject) as the actor in place of the doer the rules read from the story."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._parse import has_agent
from ._type_sets import DONE_TO

if TYPE_CHECKING:
    from ..document import ActorMention
    from ._candidate import Candidate

__all__ = ["in_sufferer_phrase"]

#: Types whose agentless passive subject suffers the act: force, sanctions, and a release or a step back
#: ("were freed", "the ban was lifted"). Training gold codes the actor inside the subject phrase in 2 of
#: the 249 agentless passives of these types (one of them forces "pulled back", the mode kept out below).
_SUFFERED = frozenset(DONE_TO | {"RETREAT"})
#: Modes whose passive subject is its own doer: forces "pulled back" by their own state.
_OWN_MOVES = frozenset({"withdraw"})


def in_sufferer_phrase(cand: Candidate, mention: ActorMention) -> bool:
    """``mention`` stands in the subject phrase of the candidate's passive trigger, which names no doer
    ("by" phrase) of its own, in a type whose subject suffers the act."""
    verb: Any = cand.token
    if cand.type not in _SUFFERED or (cand.type == cand.trigger.type and cand.trigger.mode in _OWN_MOVES):
        return False
    if has_agent(verb):
        return False
    return any(
        c.dep_ == "nsubjpass" and c.left_edge.i <= mention.token_start <= c.right_edge.i for c in children_of(verb)
    )
