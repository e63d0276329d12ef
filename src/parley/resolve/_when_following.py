"""A time counted from the time the text last named, not from the day the story was filed.

"Police cleared the camp on 3 May ... the senate opened its inquiry the following Tuesday": the
first Tuesday after the 3rd, not the last Tuesday before the filing day; "the treaty was signed in
1996 ... Two years later the border was marked" is 1998; "the talks of 20 October ... Two months
earlier the ministers had met" is August. Read alone such a phrase names no time (a count of
months or years "later"), or the wrong one (a weekday or month read back from the filing day).

This module reads the phrase (:func:`following_reading`) and counts it from a resolved earlier
time (:func:`count_from`); ``_when`` finds that earlier time among the phrases before it. Counts
of days and weeks ("three days later") stay with ``_when``'s own reading, which counts them from
the last day named.

Training corpus: 7 sentences so phrased ("N months/years later|earlier" 5, "the following
year|week" 2). The gold dates 5 coded acts by such a phrase ("a month later" after "in the spring",
"two months later" after "in 1999", "two years later" after "In 1991", "the following year", "the
following week"); of the 3 other acts in those sentences one takes the date restated after the phrase
("Twelve years later, in September 1998"), 2 are left undated. Read so, the one of these the rules
code ("the following year") moves from a day near the filing day to the year after the time before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .._doc_span import doc_span
from .._sent_starts import span_sentence_start
from ..parse._dates import MONTH_NAMES, NUMBER_WORDS, WEEKDAYS, ResolvedDate, count_value

__all__ = ["Following", "count_from", "count_roughly", "following_reading"]

#: "the following Thursday", "the following January", "the following year" (a week names no day: left out).
_FOLLOWING = re.compile(r"\bthe\s+following\s+(" + "|".join(WEEKDAYS + MONTH_NAMES) + r"|month|year)$")
#: "two months earlier", "three years later", "a year later".
_COUNTED = re.compile(r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(months?|years?)\s+(later|earlier)\b")
#: How many words before the entity may hold "the following" (the model tags "Thursday" alone).
_LEAD_WORDS = 2
#: How many commas and prepositions may stand between a counted phrase and a date restating it.
_RESTATING_WORDS = 2


@dataclass(frozen=True)
class Following:
    """What a counted phrase asks of the earlier time: ``kind`` is ``weekday`` (``amount`` 0-6),
    ``month_name`` (1-12), ``months`` or ``years`` (a signed count)."""

    kind: str
    amount: int


def following_reading(ent: Any) -> Following | None:
    """The reading of a time entity counted from an earlier time, or None for any other phrase and for
    one the text restates outright ("Twelve years later, in September 1998, ...": September is read)."""
    # every time phrase an event is dated by is asked: the words are read first (most phrases count
    # nothing), the restating date after them (several Tokens built) only for a counted one
    reading = _counted_reading(ent)
    return None if reading is None or _restated(ent) else reading


def _counted_reading(ent: Any) -> Following | None:
    """What the entity's words ask of the earlier time, whatever follows them."""
    doc = ent.doc
    lead = doc_span(doc, max(span_sentence_start(ent), ent.start - _LEAD_WORDS), ent.end).text.lower()
    if m := _FOLLOWING.search(lead):
        word = m.group(1)
        if word in WEEKDAYS:
            return Following("weekday", WEEKDAYS.index(word))
        if word in MONTH_NAMES:
            return Following("month_name", MONTH_NAMES.index(word) + 1)
        return Following("months" if word == "month" else "years", 1)
    said = doc_span(doc, ent.start, min(ent.end + 1, len(doc))).text.lower()  # "later" may fall outside the entity
    if m := _COUNTED.search(said):
        count = count_value(m.group(1)) * (1 if m.group(3) == "later" else -1)
        return Following("months" if m.group(2).startswith("month") else "years", count)
    return None


def _restated(ent: Any) -> bool:
    """A time entity stands right after the phrase, past its "later" and a comma or preposition."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ in {"later", "earlier"}:
        i += 1
    for _ in range(_RESTATING_WORDS):
        if i < len(doc) and (doc[i].is_punct or doc[i].pos_ == "ADP"):
            i += 1
    return i < len(doc) and doc[i].ent_type_ == "DATE"


def count_from(earlier: ResolvedDate, reading: Following) -> ResolvedDate | None:
    """The time ``reading`` names, counted from ``earlier``; None when ``earlier`` is too coarse
    (a weekday after a month, a month after a bare year)."""
    value, precision = earlier.value, earlier.precision
    if reading.kind == "weekday":
        if precision != "day":
            return None
        return ResolvedDate(value + timedelta(days=(reading.amount - value.weekday() - 1) % 7 + 1), "day")
    if reading.kind == "years":
        return ResolvedDate(date(value.year + reading.amount, 1, 1), "year")
    if precision == "year":
        return None
    if reading.kind == "month_name":
        year = value.year + (1 if reading.amount <= value.month else 0)
        return ResolvedDate(date(year, reading.amount, 1), "month")
    months = value.year * 12 + value.month - 1 + reading.amount
    return ResolvedDate(date(months // 12, months % 12 + 1, 1), "month")


def count_roughly(earlier: ResolvedDate, reading: Following) -> ResolvedDate | None:
    """A count of months from a bare year, to the year ("agreed in 1999 ... withdrew two months later":
    1999); None for any other reading :func:`count_from` finds too coarse."""
    if reading.kind != "months" or earlier.precision != "year":
        return None
    return ResolvedDate(date(earlier.value.year + int(reading.amount / 12), 1, 1), "year")
