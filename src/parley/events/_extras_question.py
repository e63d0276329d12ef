"""An act asked about is not told: "asked whether Dhaka would suspend border trade", "has yet to say
whether it will pay for the boat", "a reporter asks whether Bangkok would send its troops back" put a
question; the act of the "whether" clause may or may not come (training gold: no asserted act at any of
12 trigger words in a "whether" clause; 3 coded as hypothetical)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["is_asked_about"]

#: The links through which a word still belongs to the clause of the verb above it: "whether it
#: would agree to pay", "whether Ottawa would take in and resettle".
_SAME_CLAUSE = frozenset({"xcomp", "conj"})
#: How far up the clause's verbs are followed.
_MAX_STEPS = 4


def _opens_question(verb: Any) -> bool:
    """The verb's clause is opened by "whether" ("whether it will pay")."""
    for c in children_of(verb):  # noqa: SIM110 (a loop: ``any`` over a generator is slower, and every candidate asks)
        if c.dep_ == "mark" and c.lower_ == "whether":
            return True
    return False


def is_asked_about(token: Any) -> bool:
    """The word is the verb of a "whether" clause, or a verb of that clause's infinitives and joined
    verbs."""
    verb = token
    for _ in range(_MAX_STEPS):
        if _opens_question(verb):
            return True
        if verb.dep_ not in _SAME_CLAUSE or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
