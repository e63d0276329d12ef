"""Reciprocal acts: "the two governments blamed each other", "each side accused the other". The parties
of the subject act on one another, so every actor is also a recipient."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._verb_subjects import subjects_of
from ._words import EventWords, has_determiner

__all__ = ["is_reciprocal", "reciprocal_act"]


def _object_phrase(obj: Any) -> str:
    """The object's words up to its head ("each other" of "each other of firing first")."""
    return " ".join(t.lower_ for t in obj.doc[obj.left_edge.i : obj.i + 1])


def _distributive(subject: Any, words: EventWords) -> bool:
    """ "both", "each side", "both governments": a subject taken one party at a time."""
    if subject.lower_ in words.distributive_word:
        return True
    return has_determiner(subject, words.distributive_word)


def is_reciprocal(objects: list[Any], subjects: list[Any], words: EventWords) -> bool:
    """Whether the verb's object names the subject's own parties to one another: "each other",
    "one another", or "the other" after a distributive subject ("each side blamed the other")."""
    phrases = {_object_phrase(o) for o in objects}
    if phrases & words.reciprocal_object:
        return True
    return bool(phrases & words.other_one_object) and any(_distributive(s, words) for s in subjects)


def reciprocal_act(verb: Any, words: EventWords) -> bool:
    """Whether a verb's direct object names its subject's parties to one another (see :func:`is_reciprocal`)."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and is_reciprocal(objects, subjects_of(verb, words), words)
