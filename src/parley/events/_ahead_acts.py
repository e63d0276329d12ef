"""An act named as what a move comes before: "berthed at Fort Hill Wharf ahead of a week-long coordinated
patrol with the Royal Australian Navy", "a signal ahead of a visit by Vietnam's new foreign minister next
month". The noun after "ahead of" (data/event_words.tsv ``coming_prep``) is an act still to come, told
for later: of the 4 act nouns after "ahead of" in the training gold (patrol, patrols, visit, exercises),
all 4 are coded as future mentions (a promised meeting or cooperation, AGREE); both coders coded 3 of
them as done (COOPERATE, CONSULT), extras. The other nouns there are no acts (elections, May Day, the
cyclone season)."""

from __future__ import annotations

from typing import Any

from ._joined_heads import first_of_joined
from ._words import EventWords

__all__ = ["is_coming"]

#: How far up joined nouns are followed ("ahead of joint patrols and a visit").
_MAX_STEPS = 3
#: How many "of" phrases are climbed to the word before them ("ahead of a week of joint patrols").
_MAX_OF = 2


def is_coming(token: Any, words: EventWords) -> bool:
    """The token is a noun (or a noun joined to one) in the "of" phrase of "ahead", directly or through
    a measure of time ("ahead of a week of joint patrols")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    token = first_of_joined(token, _MAX_STEPS)
    for _ in range(_MAX_OF):
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        if prep.head.lower_ in words.coming_prep:
            return True
        token = prep.head
    return False
