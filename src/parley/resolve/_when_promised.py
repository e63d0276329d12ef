"""A yearless time phrase of a promised act that reads as a day already gone never dates the promise.

The cause: a weekday, a day and month or a month written without a year is read as the last one before
the filing day (most news tells of what has happened), but a promised act's own phrase points ahead.
"Fishery inspectors are due to board the trawlers in Tromso on Monday", filed on a Saturday: a promise
is dated when it was made (see ``_when``), so the promise's clause ("are due") is searched for a time
phrase, and that clause's words hold the promised act's clause ("to board ... on Monday"). Read
backward, the Monday is five days gone, a day on which nothing was promised, and one the act cannot
have had either. The training gold dates a promised act forward (a separate question this module does
not touch) and the validation writers date a promise on the day it was made; neither takes the past
reading, so this module only removes that impossible reading: such a phrase is passed over and the
promise takes the time of the clause that made it, or the story's day.

Only a phrase that is the promised verb's own time adjunct goes: its head hangs from the verb, or from
a preposition (by dependency: "starting Monday" too) that hangs from it or from its direct object ("to
board ... on Monday", "begin drills from Monday"). Left as they were:
- a phrase reading as the filing day or later;
- a phrase with a written year ("would visit Lagos in 2016"): the year is written, not guessed;
- a phrase reached from the verb through a noun ("agreed to send police, at a meeting with the envoy
  on Monday"): the parser hangs the day the promise was made under such a noun;
- a phrase of the promising clause itself ("said on Tuesday that they would board ...") or one before
  the promised verb, where the parser may have hung the saying's time.

The promised act may span more than one clause: "the two boards will convene in Bergen on Friday to
settle the quota" (an invented example) promises the convening as much as the settling, and the parser
links "to settle" to "convene" as an intent, so "convene" is read as the clause that made the promise.
``gone_days_passed_over`` therefore applies the filter to every clause passed below the promise, and
``_when`` counts a promising clause among them when a future auxiliary marks it as promised too
(resolve_words kind ``future_aux``), also for the clauses above it that hold its words ("says the
boards will convene ..."); a "said"/"agreed" clause carries none and keeps its own day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words as words

__all__ = ["future_marked", "gone_days_passed_over", "without_gone_days"]


def gone_days_passed_over(
    own: list[Any], passed: list[Any], published: date | None, day_of: Callable[[Any], tuple[str, str] | None]
) -> list[Any]:
    """``own`` without the gone yearless adjuncts (:func:`without_gone_days`) of each clause head in
    ``passed`` (the promised act's clauses: those below the promise, and a promising clause that
    :func:`future_marked` shows to be promised too)."""
    for verb in passed:
        own = without_gone_days(own, verb, published, day_of)
    return own


def future_marked(verb: Any) -> bool:
    """ "will convene", "shall meet": the clause's own act lies ahead."""
    return any(c.dep_ == "aux" and c.lower_ in words("future_aux") for c in children_of(verb))


def without_gone_days(
    own: list[Any], promised: Any, published: date | None, day_of: Callable[[Any], tuple[str, str] | None]
) -> list[Any]:
    """``own`` (time phrases of a promising clause) without the yearless time adjuncts of ``promised``
    (the head of the promised act's clause) after it that ``day_of`` reads as a day, month or year
    before ``published``; ``day_of`` gives a phrase's ISO date and precision, or None."""
    if published is None or not own:
        return own
    return [
        e
        for e in own
        if not (
            promised.i < e.start
            and _adjunct_of(e.root, promised)
            and not _written_year(e)
            and _gone(day_of(e), published)
        )
    ]


def _adjunct_of(root: Any, verb: Any) -> bool:
    """Whether ``root`` hangs from ``verb`` directly or through prepositions and the verb's own direct
    object only. A noun reached through a preposition ("at a meeting ... on Monday") makes the phrase
    the noun's, and the parser hangs the promise's own day there; the verb's object ("begin drills
    from Monday") is the act itself."""
    head = root.head
    while head.i != verb.i:
        if head.head.i == head.i or not (_preposition(head) or _object_of(head, verb)):
            return False
        head = head.head
    return True


def _preposition(token: Any) -> bool:
    """Whether ``token`` is a preposition by its tag ("by" of a passive's agent) or its dependency
    ("starting", tagged a verb, hung as a preposition)."""
    return bool(token.pos_ == "ADP" or token.dep_ == "prep")


def _object_of(token: Any, verb: Any) -> bool:
    """Whether ``token`` is ``verb``'s direct object."""
    return bool(token.dep_ == "dobj" and token.head.i == verb.i)


def _written_year(ent: Any) -> bool:
    """Whether the phrase writes out a year ("in May 2016"), which is read as written, not guessed."""
    return any(t.shape_ == "dddd" and t.text[:2] in {"19", "20"} for t in ent)


def _gone(day: tuple[str, str] | None, published: date) -> bool:
    """Whether the date ``day`` (ISO, precision) lies wholly before ``published``."""
    if day is None:
        return False
    iso, precision = day
    filed = published.isoformat()
    if precision == "day":
        return iso[:10] < filed
    if precision == "month":
        return iso[:7] < filed[:7]
    return precision == "year" and iso[:4] < filed[:4]
