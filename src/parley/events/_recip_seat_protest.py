"""Whom a protest at a seat of government is aimed at when no grievance is read: "backers of the jailed
governor marched on the palace", "families of fallen soldiers picketed the defence ministry". A crowd
named by whom it backs or mourns takes that person's or that force's sector, so the domestic fallback
(civilians against their government) does not see civilians and left the protest aimed at no one. The
building says whom the crowd faces: the government of the country it stands in, when that is the
crowd's own (a protest at a foreign ministry abroad is left to the other readings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._parse import prep_objects

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._roles import RoleFinder
    from ._words import EventWords

__all__ = ["seat_protest_target"]


def seat_protest_target(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The protesters' own government, for a protest held at or marching to one of its buildings in a
    sentence that names no other state."""
    if cand.type != "PROTEST" or not _at_seat(cand.token, roles.words):
        return []
    return roles.ctx.at_home(cand.actors, cand.token)


def _at_seat(verb: Any, words: EventWords) -> bool:
    """The verb's own phrase puts it at a seat of government ("marched to the palace", "picketed
    parliament", "rallied outside the ministry")."""
    places = [c for c in children_of(verb) if c.dep_ == "dobj"] + prep_objects([verb], words.seat_prep)
    return any(o.lemma_.lower() in words.seat_building for o in places)
