"""An act told in an "N days after/before ..." clause, dated from its head clause's day.

"Serbia deployed gendarmes to Bujanovac on Sunday, a day after ethnic Albanians rallied there",
"Bahrain released 14 fishermen on Wednesday, two weeks after its coast guard seized them", "released
the drivers on Friday, a week after seizing them": the clause's act came so many days before (or,
with "before", after) the day its head clause names. The date reader stops at an "after"/"before"
clause, which speaks of another time, so such an act took the story's day. Training gold: of the
coded acts inside an "N days/weeks after|before" clause or phrase, 9 are dated by a phrase counted
from the head ("two days after", "a week after"), the other 20 or so are left undated (null, not
scored); none is given the head's day or another. Read so, 13 training events move to the head's day
less the count (the 2 whose gold phrase can be checked move to it; none of 1,414 scored dates is
lost), and none of them stands as the story's day (``_resolver._lead_date``). A count of hours or
minutes ("hours after") keeps the head's day (``resolve/_parse``'s ``moments``).

"The move came a day after Tajikistan warned ...": a head that names no day of its own is dated
as the sentences around it are (the previous act's day, else the story's), and the clause's act
by that day less the count (``shift_undated_head``). Training gold: 9 coded acts in a "came N
days/weeks after" clause, 3 dated by the counted phrase ("a day after"), 6 left undated; none is
given the day around it. Read so, 3 of them move (both coders): the one with a gold phrase ("The
remarks came a week after ... called for talks") to the story's day less a week, 2 unscored.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words as words
from ..parse._dates import NUMBER_WORDS, count_value
from ._parse import clause_head

__all__ = ["counted_anchor", "shift_undated_head"]

#: Days in each unit of a count (the lemma of "two days", "a week").
_UNIT_DAYS = {"day": 1, "week": 7}


def counted_anchor(head: Any) -> tuple[Any, int] | None:
    """For the clause head ``head`` of an "N days after/before ..." clause or phrase, the head of
    the clause it hangs from and the days to add to that clause's day (negative after "after");
    else None."""
    if head.dep_ == "advcl":
        bound = next((c for c in children_of(head) if c.dep_ == "mark" and c.lower_ in _bounds()), None)
        if bound is None:
            return None
        days = _counted_days(head) or _counted_days(bound)  # the parser hangs the count on either
        upper = head.head
    elif head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.lower_ in _bounds():
        bound = head.head
        days = _counted_days(bound)
        upper = bound.head
    else:
        return None
    if days is None or upper.i == head.i:
        return None
    return upper, days if bound.lower_ in words("count_forward") else -days


def shift_undated_head(event: Any, token: Any) -> None:
    """An asserted act in an "N days after" clause whose day came from around the sentence, not
    from a phrase of its own (``date_source`` "discourse" or the story's day): that day less the
    count. Acts dated by the text ("explicit") were already counted from their head clause."""
    if event.modality == "future" or event.date_precision != "day" or not event.date:
        return
    if event.date_source in {"explicit", "historical", "unresolved"} or event.date_source.startswith("later:"):
        return
    anchor = counted_anchor(clause_head(token))
    if anchor is None:
        return
    day = date.fromisoformat(event.date) + timedelta(days=anchor[1])
    event.date = day.isoformat()


@lru_cache(maxsize=1)
def _bounds() -> frozenset[str]:
    """The bound words of a counted clause ("after", "before"), joined once: read for every trigger."""
    return words("count_forward") | words("count_back")


def _counted_days(tok: Any) -> int | None:
    """The days of the count a bound word or clause carries ("a day", "two weeks"), or None."""
    for unit in (c for c in children_of(tok) if c.dep_ == "npadvmod"):
        per = _UNIT_DAYS.get(unit.lemma_.lower())
        if per is None:
            continue
        counts = [c for c in children_of(unit) if c.dep_ in {"nummod", "det"} and _is_count(c.lower_)]
        if len(counts) == 1:
            return count_value(counts[0].lower_) * per
    return None


def _is_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS
