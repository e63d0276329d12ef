"""Fire told by the ground it came from, with no one named as firing: "shots had been fired from its
territory", "a shot fired from the Azerbaijani side struck a rock", "not a single shot will be fired
from our side". News names the shooter by whose side of the line the fire came from, so the state
that owns that ground is the one who fired (gold 3 of 3 in the training corpus).

Reads only a token's head and children (the learned coder's token views have no more).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords, word_in

__all__ = ["fired_from_ground", "fire_ground_of_weapon"]


def fired_from_ground(verb: Any, words: EventWords) -> list[Any]:
    """The heads of the phrases naming whose ground ``verb`` fired from ("fired from its territory":
    "territory"); none when ``verb`` is no firing verb or says no such ground."""
    if not word_in(verb, words.fired_from_verb):
        return []
    return [
        pobj
        for prep in children_of(verb)
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in children_of(prep)
        if pobj.dep_ == "pobj" and word_in(pobj, words.firing_ground)
    ]


def fire_ground_of_weapon(head: Any, words: EventWords) -> list[Any]:
    """The ground a shot, a shell or a rocket was fired from, told by the participle describing it ("a
    shot fired from the Azerbaijani side": "side")."""
    return [g for acl in children_of(head) if acl.dep_ == "acl" for g in fired_from_ground(acl, words)]
