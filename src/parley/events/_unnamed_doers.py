"""Who did the wrong a statement tells when its doers are named by no country: "Caracas said
paramilitaries had crossed from Colombia" names it by where they came from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._type_sets import PEOPLE
from ._words import has_determiner

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["unnamed_doers"]


def unnamed_doers(deed: Any, heads: list[Any], speakers: list[Entity], roles: RoleFinder) -> list[Entity]:
    """The state the one doer of ``deed`` came from when its phrase names no country ("paramilitaries
    had crossed from Colombia"): the state the deed's "from" names, if not the speakers' own; nobody
    when the statement says nothing of where they came from."""
    if len(heads) != 1 or not _names_no_state(heads[0], roles) or not _told_as_real_agents(heads[0], roles):
        return []
    speaking = {e.code for e in speakers}
    return [e for e in _came_from(deed, roles) if e.code not in speaking][:1]


def _names_no_state(head: Any, roles: RoleFinder) -> bool:
    """ "the soldier", "the two men", "paramilitaries", a pronoun that stands for no one read: not "its
    troops", "Serbian agents" nor "gunmen from Chad" (their phrase says whose they are)."""
    if head.pos_ == "PRON":
        return not roles.np_entities(head)
    mention_at = roles.ctx.mention_at
    if head.i in mention_at:
        return False
    owning = roles.words.belonging_prep
    return not any(c.i in mention_at or c.dep_ == "poss" or c.lower_ in owning for c in children_of(head))


def _told_as_real_agents(head: Any, roles: RoleFinder) -> bool:
    """Men told as having done it, and not civilians: "any force crossing into the valley" is only
    supposed, and villagers or traders crossing a river are people on the move, not a state's wrong."""
    words = roles.words
    supposed = words.hypothetical_determiner | words.denying_determiner
    if has_determiner(head, supposed):
        return False
    return not any(e.sector in PEOPLE for e in roles.np_entities(head))


def _came_from(deed: Any, roles: RoleFinder) -> list[Entity]:
    """The state a "from" phrase of the deed names ("had crossed from Colombia"), read by its words only."""
    objects = [o for p in children_of(deed) if p.dep_ == "prep" and p.lower_ == "from" for o in children_of(p)]
    return [e for o in objects if o.dep_ == "pobj" for e in roles.np_entities(o, depth=3)]
