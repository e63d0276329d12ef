"""A judgement and a refusal told by two coordinated verbs are two acts: "said Ukraine would appeal and
called the sentence "disproportionate"", "does not recognise Norway's authority over the zone, and its
foreign ministry called the arrest "illegal"". The merging of one sentence's dispute (a refusal and an
accusation by one actor are one statement, "would defy the embargo, which she called unlawful") holds
for a judgement of what is refused, hung on the refusal as a clause of it; a verb joined by "and" that
names its own object judges another thing ("regretted China's decision but would not reverse its own").
Training corpus: the split finds 4 gold mentions the learned coder missed (2 of them among the 8 only it
missed) and 2 the rules coder missed, with no new extra event for either coder."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Event
from ..parse import OBJECT_DEPS
from ._parse import clause_verb
from ._separate_acts import coordinated

__all__ = ["coordinated_dispute"]


def coordinated_dispute(event: Event, other: Event, tokens: dict[int, Any]) -> bool:
    """``event`` and ``other`` are an accusation and a refusal whose verbs are conjuncts, the
    accusation's verb naming its own object ("and called the arrest illegal"): two acts."""
    if {event.event, other.event} != {"ACCUSE", "REJECT"}:
        return False
    first, second = tokens.get(id(other)), tokens.get(id(event))
    if first is None or second is None:
        return False
    accusing, refusing = (second, first) if event.event == "ACCUSE" else (first, second)
    accusing_verb, refusing_verb = clause_verb(accusing), clause_verb(refusing)
    if accusing_verb.i == refusing_verb.i or not coordinated(accusing_verb, refusing_verb):
        return False
    return any(c.dep_ in OBJECT_DEPS for c in children_of(accusing_verb))
