"""Two mentions of one type told in coordinated clauses (not alternatives), each dated in its own words to a different
time, are two acts, not one: "the envoys met in Geneva in May, and their deputies met again in Oslo in
June" tells two meetings. The sentence join (``_merging.joins_sentence_event``) otherwise takes the
second mention into the first, and the de-duplication keeps them apart only when they reach it apart.

A clause joined by "or" is an alternative, no second act told alongside the first ("but" or a bare comma
still tells a second act: "protested in March, but complained again in October"), and a time phrase that bounds
an act ("extended the ban until June", "expelled three more by Friday", "has accused it since 2018";
``_anchors.is_limit_date``) says how long or by when, not when it was done: neither sets two mentions apart.

Training gold (stop 62, tools/lost_steps.py and a join recorder over the training corpus): of the
sentence joins whose two mentions carry explicit dates that differ at their coarser precision, the
one pair in coordinated clauses falls in a sentence the gold codes with two mentions of the type (both
coders); the one pair not in coordinated clauses (an agreement and the purpose it was agreed for, the
purpose dated a week on) is no pair of clauses and stays joined."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..document import Event
from ._anchors import is_attached_date, is_date, is_limit_date
from ._parse import clause_verb, conjunct_path

__all__ = ["dated_apart"]

#: How many leading characters of an ISO date each precision fixes.
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def dated_apart(event: Event, other: Event, tokens: dict[int, Any]) -> bool:
    """``event`` and ``other`` (``tokens``: each event's trigger token, by ``id``) are told in clauses
    coordinated (not offered as alternatives), and each clause's own time phrase puts it at a different time."""
    if not _explicit_dates_differ(event, other):
        return False
    first, second = tokens.get(id(other)), tokens.get(id(event))
    if first is None or second is None:
        return False
    a, b = clause_verb(first), clause_verb(second)
    if a.i == b.i:
        return False
    path = conjunct_path(a, b) or conjunct_path(b, a)
    return _coordinated(path) and not _bounded(a, first) and not _bounded(b, second)


def _explicit_dates_differ(a: Event, b: Event) -> bool:
    """Both dated by a phrase of the text (not assumed from the story), and unequal at the coarser of
    their precisions ("in May" and "on 3 May" are no difference)."""
    if a.date_source != "explicit" or b.date_source != "explicit" or not a.date or not b.date:
        return False
    n = min(_PRECISION_LEN.get(a.date_precision or "day", 10), _PRECISION_LEN.get(b.date_precision or "day", 10))
    return a.date[:n] != b.date[:n]


def _coordinated(path: list[Any]) -> bool:
    """The conjuncts of a :func:`conjunct_path` are coordinated, by "and", "but" or a bare comma, and
    not offered as alternatives by "or". The parser
    hangs the coordinator on the conjunct before the last one ("met in May, and ... met in June": on the
    first "met"; "protested in March, wrote in May and complained in June": on "wrote"), so every
    coordinator on the path's conjuncts after its first one counts."""
    if not path:
        return False
    top = min(t.i for t in path)
    joiners = {c.lower_ for t in path for c in children_of(t) if c.dep_ == "cc" and c.i > top}
    return "or" not in joiners


def _bounded(verb: Any, trigger: Any) -> bool:
    """The clause's own time phrases (those on its verb or trigger) are all bounds ("extended the sanctions
    until December"): it is dated by how long or by when, not when it was done."""
    anchors = {verb.i, trigger.i}
    own = [e for e in sentence_of(verb).ents if is_date(e) and is_attached_date(e.root, anchors)]
    return bool(own) and all(is_limit_date(e) for e in own)
