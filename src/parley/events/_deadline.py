"""The penalty of a deadline: "gave Lomé until Thursday to pull the troops back or face the
consequences", "has given Lima 30 days to scrap the quotas or face retaliation". The one who sets the
deadline threatens the one it is given to; the penalty ("or face ...") is that same threat, not a
second one in which whoever the parser hangs "face" under would threaten."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._words import EventWords

__all__ = ["deadline_setter"]

#: How far above the penalty verb the verb that sets the deadline may stand ("gave ... an ultimatum
#: of 15 days to cease hostilities or face ...": face, cease, ultimatum, gave).
_MAX_STEPS = 4
#: The links by which the penalty hangs under the deadline: joined to its demand ("to pull back or
#: face"), the demand a clause of the verb ("gave Lomé until Thursday to pull back") or of what is given
#: ("30 days to scrap", "an ultimatum to cease").
_CLIMB = frozenset({"conj", "advcl", "xcomp", "relcl", "acl", "dobj", "pobj", "prep", "ccomp"})


def deadline_setter(verb: Any, words: EventWords) -> tuple[Any, list[Any]] | None:
    """The verb that gives another party the deadline whose penalty ``verb`` names, with the
    parties it is given to (its indirect object, else a direct object that is no span of time), or
    None when no such verb stands above it."""
    node = verb
    for _ in range(_MAX_STEPS):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in VERB_POS and node.lemma_.lower() in words.deadline_verb:
            given = [c for c in children_of(node) if c.dep_ == "dative"]
            given = given or [c for c in children_of(node) if c.dep_ == "dobj" and c.pos_ == "PROPN"]
            return (node, given) if given else None
    return None
