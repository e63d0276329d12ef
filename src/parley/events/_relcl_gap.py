"""The object a relative clause leaves out when its own subject names the doer: "the 1,500 soldiers it
stationed along the border", "a navy corvette that Caracas sent to the area" (the verb acts on the
noun the clause describes). Training gold codes such a clause's deployment: MOBILIZE 4 of 4 (sent a
corvette, stationed soldiers, set up a post, sent boats)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words

__all__ = ["told_gap_object"]


def _is_relative_word(token: Any) -> bool:
    # the parser tags "that" as a preposition (IN) as often as a relative determiner
    return token.tag_ in {"WDT", "WP"} or token.lower_ in resolve_words("relative_pronoun")


def told_gap_object(verb: Any, objects: list[Any]) -> list[Any]:
    """The noun a relative clause describes, when the clause has a subject of its own (no relative
    pronoun: "it stationed", "that Caracas sent") and no object but a relative word."""
    if verb.dep_ != "relcl" or any(not _is_relative_word(o) for o in objects):
        return []
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if not subjects or any(_is_relative_word(s) for s in subjects):
        return []
    return [verb.head]
