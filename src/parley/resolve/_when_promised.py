"""A time phrase of a promised act that reads as a day already gone never dates the promise.

"Fishery inspectors are due to board the trawlers in Tromso on Monday", filed on a Saturday: a
promise is dated when it was made (see ``_when``), so the promise's clause ("are due") is searched for
a time phrase, and that clause's words hold the promised act's clause ("to board ... on Monday"). A
bare weekday or month is read as the last one before the filing day, so the promise took the Monday
five days back, a day on which nothing was promised. A phrase inside the promised act's clause that
reads as a day (or month) before the filing day is passed over; the promise then takes the time of
the clause that made it, or the story's day. A phrase that reads as the filing day or later is left
as it was (whether a promise is dated forward is a separate question, see the stop notes), and so is
any phrase of the promising clause itself ("said on Tuesday that they would board ...") or one
standing before the promised verb, where the parser may have hung the saying's time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

__all__ = ["without_gone_days"]


def without_gone_days(
    own: list[Any], promised: Any, published: date | None, day_of: Callable[[Any], tuple[str, str] | None]
) -> list[Any]:
    """``own`` (time phrases of a promising clause) without those that follow ``promised`` (the head
    of the promised act's clause) inside its subtree and that ``day_of`` reads as a day, month or year
    before ``published``; ``day_of`` gives a phrase's ISO date and precision, or None. A phrase before
    the promised verb stays: the parser often hangs the saying's own time there ("said on Monday it
    would widen the patrols")."""
    if published is None or not own:
        return own
    after, high = promised.i, promised.right_edge.i
    return [e for e in own if not (after < e.start and e.root.i <= high and _gone(day_of(e), published))]


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
