"""A body several states join under one state's lead ("the Saudi-led coalition"): news names its leader
once and then calls it by its noun alone ("the coalition said", "coalition aircraft struck"). The bare
noun stands for the leader the story names with the same noun, before or after it: one reading per
story, so a story naming two leaders for the noun reads none."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from .._columns import children_of

__all__ = ["leader_named_in_story", "names_own_leader"]

#: How a participle hangs its leader's name ("Saudi-led": npadvmod; "US led": compound).
_LEADER_DEPS = frozenset({"npadvmod", "compound"})


def names_own_leader(tok: Any, leading: Container[str], named: Container[int]) -> Any | None:
    """The token naming the leader in the body's own words ("Saudi" in "the Saudi-led coalition"), if any."""
    for modifier in children_of(tok):
        if modifier.dep_ != "amod" or modifier.lemma_.lower() not in leading:
            continue
        for c in children_of(modifier):
            if c.dep_ in _LEADER_DEPS and (c.pos_ == "PROPN" or c.i in named):
                return c
    return None


def leader_named_in_story(head: Any, nouns: Container[str], leading: Container[str], named: Container[int]) -> Any:
    """For a led-body noun with no leader of its own, the one leader token the story names for that noun
    (None when it names none, or several different ones)."""
    lemma = head.lemma_.lower()
    if lemma not in nouns or names_own_leader(head, leading, named) is not None:
        return None
    sdoc = head.doc
    leaders = [
        leader
        for i in range(len(sdoc))
        if sdoc[i].lemma_.lower() == lemma and (leader := names_own_leader(sdoc[i], leading, named)) is not None
    ]
    return leaders[0] if len({t.lower_ for t in leaders}) == 1 else None
