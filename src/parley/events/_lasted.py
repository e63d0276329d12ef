"""A protest ended after a length told ("ended a two-day blockade", "ending a week-long protest"): the
length says the protest went on that long, so it was held, though the verb brought it to a close."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords

__all__ = ["ended_lasted_protest"]

#: How a length hangs from the noun it measures: "a two-day blockade" (compound or amod "day" with its
#: count), "a week-long protest" (amod "long" with its unit).
_LENGTH_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def ended_lasted_protest(noun: Any, verb: Any, words: EventWords) -> bool:
    """ "ended a two-day blockade": a protest noun with a length, closed by a completing verb."""
    return (
        verb.lemma_.lower() in words.completing_verb
        and noun.lemma_.lower() in words.lasted_protest
        and any(_is_length(m, words) for m in children_of(noun) if m.dep_ in _LENGTH_DEPS)
    )


def _is_length(mod: Any, words: EventWords) -> bool:
    """ "two-day" (a counted unit, split or whole), "week-long" (a unit with a length adjective)."""
    word = mod.lower_
    if "-" in word:
        first, _, last = word.rpartition("-")
        return last.rstrip("s") in words.length_unit or (last in words.length_adjective and first in words.length_unit)
    if mod.lemma_.lower() in words.length_unit:
        return any(c.dep_ == "nummod" for c in children_of(mod))
    if word in words.length_adjective:
        return any(c.lemma_.lower() in words.length_unit for c in children_of(mod))
    return False
