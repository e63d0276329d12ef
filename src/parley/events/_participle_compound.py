"""The object the parser loses when it reads a participle after it as a noun ("released a video showing
tanks loaded onto rail cars": "video" and "showing" become compounds of "tanks").

The participle's noun is the verb's true object, so a row that excludes that object (``notobj=video``)
must see it. On the training corpus the shape stands once after a ``notobj`` word ("a video showing
tanks", coded as no event by the gold) and the rows' conditions read it nowhere else.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = [
    "noun_before_participle",
]


def noun_before_participle(objects: list[Any]) -> list[Any]:
    """The compound nouns of ``objects`` that stand just before an "-ing" word the parser read as a
    compound noun of the same object: the noun the participle describes."""
    found = []
    for obj in objects:
        compounds = [c for c in children_of(obj) if c.dep_ == "compound"]
        indices = {c.i for c in compounds if _is_misread_participle(c)}
        found += [c for c in compounds if c.i + 1 in indices]
    return found


def _is_misread_participle(token: Any) -> bool:
    return token.tag_ == "NN" and token.lower_.endswith("ing") and len(token) > 4
