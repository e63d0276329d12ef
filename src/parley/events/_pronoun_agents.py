"""The doer phrase a possessive pronoun may own: "its warplanes bombed ..." (the subject) and, said in
the passive, "fishermen who had been detained by its navy" (the agent after "by"): both name who acted,
so "its" is the acting state's own, read as for a subject. A bare title in either slot ("the minister
said", "was pardoned by the president") is read as the office holder (``._office_holders``)."""

from __future__ import annotations

from typing import Any

from ..parse import SUBJECT_DEPS

__all__ = ["names_doer"]


def names_doer(owned: Any) -> bool:
    """The noun is its clause's subject or the object of its passive verb's "by" (the agent)."""
    return owned.dep_ in SUBJECT_DEPS or (owned.dep_ == "pobj" and owned.head.dep_ == "agent")
