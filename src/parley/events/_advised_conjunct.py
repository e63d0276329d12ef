"""A deed joined by "and" to an advised or demanded one is asked too ("Lisbon must admit the error and
pay damages", "Tripoli must declare its stockpile and let inspectors in")."""

from __future__ import annotations

from typing import Any

from ._modality import is_advice
from ._parse import clause_verb, first_conjunct
from ._words import EventWords

__all__ = ["advised_conjunct"]


def advised_conjunct(token: Any, words: EventWords) -> bool:
    """Whether the token's clause is a later conjunct of a verb under "must" or "should": the modal
    hangs on the first verb only, yet covers every verb joined to it."""
    clause = clause_verb(token)
    if clause.dep_ != "conj":
        return False
    first = first_conjunct(clause)
    return first.i != clause.i and is_advice(first, words)
