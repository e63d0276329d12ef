"""A guest met on arrival, told in the passive: "she was received by the Belarusian prime minister",
"were met on the runway by Togo's prime minister", "was greeted at the airport by his counterpart".

The guest visits the host named in the "by" phrase (training gold: 7 of 9 such passives of people met
on arrival are coded CONSULT guest -> host; the two others are a police handover and trucks met by
museum staff, whose hosts name no person or state).
"""

from __future__ import annotations

from typing import Any

from ._parse import agent_objects, is_passive
from ._words import word_in

__all__ = ["met_by_host"]

#: Entity kinds of a host named in the "by" phrase: a person, a state or its people, a body.
_HOST_ENTITIES = frozenset({"PERSON", "NORP", "GPE", "ORG"})


def met_by_host(values: frozenset[str], token: Any) -> bool:
    """The trigger is a passive whose "by" phrase names its host: a name, or a noun among ``values``
    (the offices that receive guests: "by the president", "by officials"), not "met by force"."""
    if not is_passive(token):
        return False
    return any(
        o.pos_ == "PROPN" or o.ent_type_ in _HOST_ENTITIES or (bool(values) and word_in(o, values))
        for o in agent_objects(token)
    )
