"""A clause parsed as the fronted content of a material act ("Iran released X, a day after a court freed Y",
"T&T coast guard intercepts boat, 38 detained"): only verbs of saying and thinking take a clause placed
before them, so such a clause is an act of its own joined by a comma, not what the later act reports."""

from __future__ import annotations

from typing import Any

from ._lexicon import Trigger
from ._type_sets import MATERIAL

__all__ = ["is_fronted_beside_act"]


def is_fronted_beside_act(lead: Any, outer: Trigger | None) -> bool:
    """``lead`` is a clausal complement before its head, and the head is a material act (which reports no
    content)."""
    return outer is not None and lead.dep_ == "ccomp" and lead.i < lead.head.i and outer.type in MATERIAL
