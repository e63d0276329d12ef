"""Acts of nature: "the gale swept over the islands", "Cyclone Tavita tore roofs off": a storm
is told as the doer of a verb of damage or force, but it is no actor, so no event is coded."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words
from ._verb_subjects import subjects_of
from ._words import EventWords, word_in

__all__ = ["done_by_storm"]


def done_by_storm(verb: Any, words: EventWords, subjects: list[Any] | None = None) -> bool:
    """The verb's subject is a storm: its head is a storm word ("the category five storm") or the storm
    word opens its name ("Cyclone Winston"). ``subjects``: the verb's :func:`subjects_of`, when known."""
    storms = resolve_words("storm")
    for subject in subjects_of(verb, words) if subjects is None else subjects:
        if word_in(subject, storms):
            return True
        for c in children_of(subject):  # "Cyclone Winston": the storm word is a compound of the name
            if c.dep_ == "compound" and word_in(c, storms):
                return True
    return False
