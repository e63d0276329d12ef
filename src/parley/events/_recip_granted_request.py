"""Whom a request named by the act that grants it went to: the doer of that act. "At the request of the
Moldovan delegation, the Security Council convened": Moldova asked the Council, not the story's
other state. With no such reading the story's guess took the story's pair (validation: Kerch's request
went to Russia; alone, its sentence reads the Council). Training gold: of the 6 "at the request of"
phrases coded a REQUEST, the 5 whose granting act has a doer are aimed at that doer (Malaysia's police,
Ghana, Australia, Korea's court; Kuwait's release is passive with no doer named).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._columns import children_of
from ..parse import VERB_POS
from ._asked import grants_named_request

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["request_granters"]

#: Who did the granting act: its subject ("the Council gathered"); a passive's doer is on "by".
_DOER_DEPS = frozenset({"nsubj"})


def request_granters(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """A REQUEST named "at the request of X" goes to the subject of the verb the phrase hangs on."""
    if cand.type != "REQUEST" or not grants_named_request(cand.token, roles.words):
        return []
    verb = cand.token.head.head  # request <- at <- the granting verb
    if verb.pos_ not in VERB_POS:
        return []
    doers = [c for c in children_of(verb) if c.dep_ in _DOER_DEPS]
    return roles.np_entities_many(doers)
