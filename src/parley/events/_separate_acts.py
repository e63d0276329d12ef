"""Two coercive acts of different kinds in one sentence are two events: "seized four trawlers and
arrested 21 fishermen" takes goods and takes people, each coded on its own, while "arrested and
detained 21 fishermen" or "seized the boats and impounded them" stay one act told twice. So are two
measures ("recalled its ambassador and froze a power project") and two kinds of protest ("burned
tyres and chained shut the gates")."""

from __future__ import annotations

from typing import Any

from ..document import Event

__all__ = ["act_object", "separate_acts"]

#: The kinds of act (PLOVER modes) that are acts of their own when they fall on different things.
_KINDS = {
    # taking people (arrest), taking goods or ground (seize), putting people out (deport)
    "COERCE": {"arrest", "seize", "deport"},
    # each measure cuts a different tie: a diplomat sent away, an envoy called back, a link stopped
    "SANCTION": {"expel", "withdraw", "discontinue", "convict"},
    # a march, a blockade, a strike and damage done are each a protest act of their own
    "PROTEST": {"demo", "obstruct", "strike", "vandalize", "riot", "boycott", "hunger"},
}
#: How a verb takes what it is done to.
_OBJECT_DEPS = {"dobj", "obj"}


def act_object(trigger: Any) -> int | None:
    """The token a trigger verb acts on, its own direct object ("arrested 21 fishermen"); None when it
    has none of its own ("arrested and deported them": the first verb shares the second's object)."""
    found = [c.i for c in trigger.children if c.dep_ in _OBJECT_DEPS]
    return found[0] if found else None


def separate_acts(event: Event, other: Event, objects: dict[int, int | None]) -> bool:
    """Two events of one type (COERCE, SANCTION, PROTEST) are separate acts: different kinds
    (arrest, seizure, expulsion; recall, suspension) done to different objects, each named after its own verb."""
    kinds = _KINDS.get(event.event, set())
    if event.event != other.event or event.mode not in kinds or other.mode not in kinds or event.mode == other.mode:
        return False
    mine, theirs = objects.get(id(event)), objects.get(id(other))
    return mine is not None and theirs is not None and mine != theirs
