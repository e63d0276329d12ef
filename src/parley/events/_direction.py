"""Which side of an act acts and which is acted on, where the words say it against the parse: a noun
naming its own agent, "from" a side or a place left, a guest or an envoy met."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._lexicon import Trigger
from ._type_sets import MATERIAL
from ._words import EventWords

__all__ = ["LEFT_FROM", "has_own_agent", "meets_guest"]

#: Acts whose noun names with "from" the place or side left ("withdrawal from the town", "a ban on
#: imports from China"); of any other act "from" names who it comes from ("a plea from Zambia").
LEFT_FROM = MATERIAL - {"COOPERATE", "AID"}


def has_own_agent(noun: Any, words: EventWords) -> bool:
    """ "India's visit", "a visit by the minister", "talks between the two": the noun names who acts
    ("the sharing of intelligence" names only what is shared)."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in words.noun_actor_prep and c.lower_ != "of")
        for c in children_of(noun)
    )


def meets_guest(trig: Trigger, met: list[Any], words: EventWords, meeters: list[Any] | None = None) -> bool:
    """ "conferred with the visiting President of Somalia", "met ambassadors of the three countries":
    PLOVER codes the visitor as a meeting's actor, and a guest or an envoy calls on the one who
    receives them (a phone call is made by the caller, whoever is called). When the ones who meet
    them travel for their side too ("the bank's negotiator met Dutch envoys"), neither side hosts:
    the sentence's order stands."""
    if trig.type != "CONSULT" or trig.mode == "phone" or trig.roles == "host":
        return False
    if meeters and any(_travels(m, words) or m.lemma_.lower() in words.side_traveller for m in meeters):
        return False
    return any(_travels(m, words) for m in met)


def _travels(word: Any, words: EventWords) -> bool:
    """An envoy, or someone a modifier calls a visitor ("the visiting Lao delegation")."""
    return word.lemma_.lower() in words.envoy_noun or any(
        c.dep_ == "amod" and c.lower_ in words.guest_modifier for c in children_of(word)
    )
