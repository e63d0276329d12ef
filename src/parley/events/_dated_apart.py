"""Two mentions of one type told in clauses joined by "and", each dated in its own words to a different
time, are two acts, not one: "the envoys met in Geneva in May, and their deputies met again in Oslo in
June" tells two meetings. The sentence join (``_merging.joins_sentence_event``) otherwise takes the
second mention into the first, and the de-duplication keeps them apart only when they reach it apart.

Training gold (stop 62, tools/lost_steps.py and a join recorder over the training corpus): of the
sentence joins whose two mentions carry explicit dates that differ at their coarser precision, the
one pair in coordinated clauses falls in a sentence the gold codes with two mentions of the type (both
coders); the one pair not in coordinated clauses (an agreement and the purpose it was agreed for, the
purpose dated a week on) is no pair of clauses and stays joined."""

from __future__ import annotations

from typing import Any

from ..document import Event
from ._parse import clause_verb

__all__ = ["dated_apart"]

#: How many leading characters of an ISO date each precision fixes.
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def dated_apart(event: Event, other: Event, tokens: dict[int, Any]) -> bool:
    """``event`` and ``other`` (``tokens``: each event's trigger token, by ``id``) are told in clauses
    joined by "and", and each clause's own time phrase puts it at a different time."""
    if not _explicit_dates_differ(event, other):
        return False
    first, second = tokens.get(id(other)), tokens.get(id(event))
    if first is None or second is None:
        return False
    return _coordinated(clause_verb(first), clause_verb(second))


def _explicit_dates_differ(a: Event, b: Event) -> bool:
    """Both dated by a phrase of the text (not assumed from the story), and unequal at the coarser of
    their precisions ("in May" and "on 3 May" are no difference)."""
    if a.date_source != "explicit" or b.date_source != "explicit" or not a.date or not b.date:
        return False
    n = min(_PRECISION_LEN.get(a.date_precision or "day", 10), _PRECISION_LEN.get(b.date_precision or "day", 10))
    return a.date[:n] != b.date[:n]


def _coordinated(a: Any, b: Any) -> bool:
    """One verb hangs from the other through a chain of "and" conjuncts, either way round."""
    return a.i != b.i and (_conjunct_of(a, b) or _conjunct_of(b, a))


def _conjunct_of(first: Any, second: Any) -> bool:
    token = second
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i == first.i:
            return True
    return False
