"""The speaker of a spoken act joined to a reported clause: "Moldova said Russian troops had been placed
on heightened readiness and accused Moscow of raising tension", "Damascus said the guards had mistaken
the farmers for smugglers and promised to compensate the wounded men". The parser often hangs the
second verb from the reported clause's verb, so that it seems to share the reported subject; but who
accuses, urges or promises is the one who speaks (training gold: the speaker or the speaker's own party
49 of 51 times)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS
from ._lexicon import Trigger
from ._parse import under_speech
from ._type_sets import VERBAL
from ._words import EventWords

__all__ = ["joined_to_reported"]

#: The acts done by speaking: the spoken types and the spoken concessions and disapprovals
#: ("and promised to compensate", "and complained of").
_SPOKEN = VERBAL | {"CONCEDE", "DISAPPROVE"}


def joined_to_reported(verb: Any, trig: Trigger, words: EventWords) -> bool:
    """A spoken act with no subject of its own, joined to the verb of a clause a speech verb reports
    ("said the companies had complied with the rules and asked for the decision to be reconsidered")."""
    if trig.type not in _SPOKEN or verb.dep_ != "conj" or not under_speech(verb.head, words):
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb))
