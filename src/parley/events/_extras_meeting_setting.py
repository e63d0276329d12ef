"""A meeting the story points back at as the setting of something else: "Present at the talks for the
Lao side were ...", "praised Hanoi for its help during the talks", "nobody mentioned the dam at the
talks". A definite noun of talks or meeting ("the talks", "the meeting") under "at", "during" or "in",
naming none of its parties ("of", "between", "with"), nor whose it is ("the alliance's", "the NATO
summit"), is where or when another thing was said or done: the talks were told before (or are the
story's frame), no new CONSULT. The training gold codes a CONSULT at none of the 11 such nouns (rules); the ones it
codes name their body or parties ("at the 11th meeting of the Joint Border Committee", "the negotiations
between ASEAN and China"). A meeting still to come is left as read.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords, has_definite_determiner, word_in

__all__ = ["is_meeting_setting"]


def is_meeting_setting(noun: Any, words: EventWords) -> bool:
    """The word is a noun of event_words.tsv setting_meeting, the object of a preposition of setting_prep,
    with a definite determiner and no possessive, named body nor a preposition that names its parties
    (setting_party_prep)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or not word_in(noun, words.setting_meeting):
        return False
    if noun.head.lower_ not in words.setting_prep:
        return False  # "after the private session, both envoys said": the meeting told with its outcome
    children = list(children_of(noun))
    if not has_definite_determiner(noun, words):
        return False
    if any(c.dep_ == "poss" for c in children):
        return False  # "at the alliance's summit": whose meeting it is
    if any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_) for c in children):
        return False  # "at the NATO summit", "at the OAU summit": the body that meets is named
    return not any(c.dep_ == "prep" and c.lower_ in words.setting_party_prep for c in children)
