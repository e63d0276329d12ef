"""Members of a force held with no nationality told ("the army locked up two officers", "the soldier has
been detained", "14 soldiers had been arrested"): a state arrests its own soldiers and police far more
often than another's it does not name, so they are the holding state's own, not the story's other side
(training gold, detentions of unnamed soldiers, officers or guards: the holder's own 3, another's 1)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS
from ._candidate import Candidate
from ._type_sets import DETENTIONS

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["own_forces_held"]


def own_forces_held(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The recipients of a detention: the holder's own force when what it took are members of a force
    with no country word of their own; else the recipients as they are."""
    codes = {a.code for a in cand.actors}
    if (cand.type, cand.trigger.mode) not in DETENTIONS or len(codes) != 1:
        return cand.recipients
    members = _held_members(cand.token, roles)
    if not members or any(r.entity_text and r.entity_text not in {m.text for m in members} for r in cand.recipients):
        return cand.recipients  # a group named elsewhere in the sentence stays as it is
    member = members[0]
    sector = roles.mentions.sector_of(member.doc[member.i : member.i + 1])[0] or cand.actors[0].sector
    return [Entity(code=next(iter(codes)), sector=sector, entity_text=member.text)]


def _held_members(token: Any, roles: RoleFinder) -> list[Any]:
    """The nouns the act took when every one names a member of a force ("officers", "soldiers"), no word
    under it names a country or group ("Haitian soldiers", "officers of the rebel army") and no detention
    told before took people of that noun."""
    taken = [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS and c.pos_ == "NOUN"]
    words = roles.ctx.words
    if not taken or not all(t.lemma_.lower() in words.force_member for t in taken):
        return []
    if roles.ctx.holder_of(t.lemma_.lower() for t in taken) is not None:
        return []  # "three Colombian soldiers were detained ... the soldiers had been held": told whose before
    return [] if any(_names_anyone(t, roles.ctx.mention_at) for t in taken) else taken


def _names_anyone(noun: Any, mention_at: dict[int, Any]) -> bool:
    """Some word of the noun's phrase is an actor's mention (read through children only)."""
    return noun.i in mention_at or any(_names_anyone(c, mention_at) for c in children_of(noun))
