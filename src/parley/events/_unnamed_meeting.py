"""A meeting of unnamed people of both sides: "local commanders meet every Friday at the checkpoint", "a
meeting of the commissions' chairmen in Vukovar". In a story of two states, a plural group that names
no state or place of its own, meeting nobody the sentence names, is the people of both states meeting
one another; the place of the meeting gives only its host, not the only party (training gold codes
both states as the meeting's actors)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..document import Entity
from ._entities import unique_by_code

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["both_sides_meeting"]

#: Trigger modes of a meeting one side goes to or arranges for others: not a meeting of both sides' people.
_ONE_SIDED_MODES = {"visit", "third-party"}


def _group_head(cand: Candidate, roles: RoleFinder) -> Any:
    """The plural noun that named the one actor, when it is an unnamed group: no state's name or
    demonym in its phrase and no town it is said to be of ("commanders", not "Thai commanders" nor
    "the governors of Medenine"). None otherwise."""
    ctx = roles.ctx
    actor = cand.actors[0]
    sentence = sentence_of(cand.token)
    heads = [t for t in sentence if t.text == actor.entity_text and t.tag_ == "NNS" and t.i not in ctx.mention_at]
    if len(heads) != 1:
        return None
    head = heads[0]
    if any(t.i in ctx.mention_at for t in head.subtree):
        return None
    return None if _of_a_place(head, roles) else head


def _of_a_place(head: Any, roles: RoleFinder) -> bool:
    """Whether the group is said to be of a town or province ("Medenine's governors", "the governors of
    Medenine"): then it is that place's people, not both sides'. Where it meets ("in Vukovar") is not
    what it is of."""
    states = roles.ctx.story_states
    spans = [head.doc[head.left_edge.i : head.i]]
    spans += [
        head.doc[o.left_edge.i : o.i + 1]
        for p in children_of(head)
        if p.dep_ == "prep" and p.lower_ in roles.words.belonging_prep
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    return any(len(span) and roles.mentions.place_country_in(span, states) is not None for span in spans)


def _names_whom_met(trigger: Any, roles: RoleFinder) -> bool:
    """ "met the Lao minister", "talks with the governor": the meeting names whom the group met (if of
    the group's own state, no recipient is left, but the group is still one side)."""
    if any(c.dep_ == "dobj" for c in children_of(trigger)):
        return True
    return any(c.dep_ == "prep" and c.lower_ in roles.words.cooperation_prep for c in children_of(trigger))


def both_sides_meeting(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The actors of a meeting: both states of the story's pair when the one actor found is an unnamed
    group of one of them and nobody is named as met (see the module's note); else the actors found."""
    if cand.type != "CONSULT" or cand.recipients or cand.trigger.mode in _ONE_SIDED_MODES:
        return cand.actors
    if cand.trigger.roles == "host" or len(unique_by_code(cand.actors)) != 1 or len(cand.actors) != 1:
        return cand.actors
    if _names_whom_met(cand.token, roles) or _group_head(cand, roles) is None:
        return cand.actors
    other = roles.ctx.story_other_side(cand.actors)
    if not other:
        return cand.actors
    actor = cand.actors[0]
    return [actor, Entity(code=other[0].code, sector=actor.sector, entity_text=actor.entity_text)]
