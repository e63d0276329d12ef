"""A participle the tagger read as a verb where the lexicon has the adjective ("the vote was rigged",
"the report was fabricated", "the request is politically motivated")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._parse import is_perfect

__all__ = ["reads_as_adjective"]

#: Where a past participle says what a thing is, not what someone did to it: the predicate of "be"
#: or of a naming verb ("called the report fabricated", "called the verdict politically motivated").
#: A participle before its noun ("passed fabricated information") tells the story's own account, no
#: one's judgement of a thing.
_DESCRIBING_DEPS = frozenset({"acomp", "oprd", "acl", "ccomp", "xcomp", "conj"})


def reads_as_adjective(token: Any) -> bool:
    """A past participle (VBN) that describes rather than tells an act: a passive with no doer named
    ("was rigged", not "was rigged by the party") or a participle in a describing place; never one
    with an object or a perfect auxiliary ("had fabricated the report")."""
    if token.tag_ != "VBN":
        return False
    children = list(children_of(token))
    if any(c.dep_ in {"dobj", "agent"} for c in children):
        return False
    if is_perfect(token):
        return False
    return token.dep_ in _DESCRIBING_DEPS or any(c.dep_ == "auxpass" for c in children)
