"""An act named as what a step waits for: "would suspend the verification fee for 90 days pending talks",
"suspended the levy pending consultations". The noun after "pending" (data/event_words.tsv
awaiting_prep) is an act still to come, no event of the story yet: of the 15 nouns after "pending" in
the training gold, 11 are not coded, 2 are coded as future acts and 2 as asserted ones; both coders'
event there ("pending talks" read as a promised meeting) was an extra."""

from __future__ import annotations

from typing import Any

from ._joined_heads import first_of_joined
from ._words import EventWords

__all__ = ["is_awaited"]

#: The dependencies a noun takes under "pending", read now as a preposition, now as a verb.
_AWAITED_DEPS = {"pobj", "dobj"}
#: How far up joined nouns are followed ("pending talks and a review").
_MAX_STEPS = 3


def is_awaited(token: Any, words: EventWords) -> bool:
    """The token is a noun (or a noun joined to one) that "pending" governs."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    token = first_of_joined(token, _MAX_STEPS)
    if token.dep_ not in _AWAITED_DEPS or token.head.i == token.i:
        return False
    return token.head.lower_ in words.awaiting_prep
