"""An apposition the parser hung on a subject across its own verb: "ministers of the Andean bloc gathered
in Quito, suspended trade with Bolivia", where "suspended trade with Bolivia" (the next
act of a list of verbs) is read as a second name of "leaders". An apposition stands right after what it
renames, never past the verb that noun is the subject of; read as a modifier, such a stray phrase gave
the subject the state the next act is aimed at (Bolivia), not the body it belongs to."""

from __future__ import annotations

from typing import Any

__all__ = ["stray_apposition"]

#: What a phrase hangs as when it is the subject of its verb.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def stray_apposition(head: Any, child: Any) -> bool:
    """Whether ``child``, an apposition of ``head``, stands past the verb ``head`` is the subject of."""
    if child.dep_ != "appos" or head.dep_ not in _SUBJECT_DEPS:
        return False
    verb = head.head
    return bool(head.i < verb.i < child.i)
