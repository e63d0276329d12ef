"""Readiness to use force: "is ready to keep the road open 'by every means'", "we stand ready to use
every means for the sailors' release". A readiness word (data/event_words.tsv readiness_word: ready, prepared)
whose infinitive holds a threat of its own (a THREATEN trigger: "every means", "strike", "disarm") offers
no agreement: the threat is the event. Training gold codes THREATEN, and no AGREE, for the readiness to
force ("ready to keep the road open by every means", "ready to move at a moment's notice if Bolivia does
not halt", "ready to fire"); the two new-writer sets code THREATEN for a readiness to use "every means"
and for one to disarm a named leader. Offers to help or talk ("ready to send engineers to help")
hold no THREATEN trigger and keep their AGREE.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._typing import TriggerMatcher
from ._words import word_in

__all__ = ["is_readiness_to_threat"]


def is_readiness_to_threat(token: Any, type_: str, matcher: TriggerMatcher) -> bool:
    """An AGREE read at a readiness word whose infinitive complement holds a THREATEN trigger."""
    if type_ != "AGREE" or not word_in(token, matcher.words.readiness_word):
        return False
    for comp in (c for c in children_of(token) if c.dep_ == "xcomp"):
        for inner in comp.subtree:
            trig = matcher.match(inner)
            if trig is not None and trig.type == "THREATEN":
                return True
    return False
