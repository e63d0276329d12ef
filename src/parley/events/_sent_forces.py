"""Armed forces a state moves: the subject of a passive mobilisation ("troops were sent", "the army has
been ordered to reinforce police") whose own state is the actor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._lexicon import Trigger
from ._object_words import is_armed_force
from ._words import EventWords

__all__ = ["is_sent_force", "names_movement"]

#: ``MentionFinder.sector_of``: the sector and office title or group words imply.
SectorOf = Callable[[Any], tuple[str | None, str | None]]

#: The sector of a state's armed forces, as ``sectors.tsv`` gives it to "army" or "armed forces".
_MILITARY = "MIL"


def is_sent_force(noun: Any, sdoc: Any, words: EventWords, sector_of: SectorOf) -> bool:
    """ "troops", "navy patrol vessels", and a military body by its head word: "the army", "the Korean
    People's Army", "the military" are the state's forces as much as its troops are (read on the head
    alone, not its modifiers: "the defence secretary" is no force)."""
    if is_armed_force(noun, words):
        return True
    return sector_of(sdoc[noun.i : noun.i + 1])[0] == _MILITARY


def names_movement(trig: Trigger) -> bool:
    """A trigger row that names the moves its "to" clause may tell ("ordered to reinforce", "to deploy"):
    such a clause is what the forces are sent to do, where a bare one ("ordered to cease operations")
    tells no movement."""
    return any(name == "xcomp" and values for name, values in trig.conditions())
