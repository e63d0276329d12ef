"""Whom a refusal answers when it turns down a thing someone sent: the sender named after the thing
("had declined to answer calls from Guterres", "rejected an ultimatum from the OAU", "turned down an offer by
the African Union").

The thing refused is the refusal's object, or the object of a verb one clause below it ("refused to
take calls", "declined to answer letters"), and the sender hangs from it (or from that verb) on a
``sender_prep``. With no
such reading the story's guess took whoever the refuser dealt with last (validation: Myanmar's refusal
of the UN chief's calls went to China and Russia). Training gold: 6 of 6 refusals of a request, offer
or ultimatum "from/by" a coded party are aimed at that party (Sudan, South Africa, Thailand, Croatia,
the AU, the OAU), none elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._entities import unique_by_code
from ._parse import prep_objects

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["refused_senders"]

#: How the verb of taking or answering hangs from the refusal ("refused to take calls").
_CLAUSE_DEPS = {"xcomp"}
#: The thing refused, under the refusal or the verb below it.
_OBJECT_DEPS = {"dobj"}


def refused_senders(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The parties a REJECT's refused thing came from, named after it on a sender preposition."""
    if cand.type != "REJECT":
        return []
    below = [c for c in children_of(cand.token) if c.dep_ in _CLAUSE_DEPS]
    things = [c for v in (cand.token, *below) for c in _objects(v)]
    # the parser hangs the sender on the thing or on the verb below that takes it ("take calls from Ban")
    heads = things + [v for v in below if _objects(v)]
    return unique_by_code(roles.np_entities_many(prep_objects(heads, roles.words.sender_prep)))


def _objects(verb: Any) -> list[Any]:
    """The direct objects of a verb."""
    return [c for c in children_of(verb) if c.dep_ in _OBJECT_DEPS]
