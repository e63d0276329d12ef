"""Resolve date expressions against the publication date, keeping their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

__all__ = [
    "MONTH_NAMES",
    "NUMBER_WORDS",
    "WEEKDAYS",
    "ResolvedDate",
    "count_value",
    "date_text",
    "is_calendar_word",
    "names_weekday",
    "resolve_date_text",
]

#: Counts written as words ("three days later", "twelve years ago").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
}  # fmt: skip

#: Any day, to ask whether a word is a date at all.
_SOME_DAY = date(2000, 1, 1)
#: Weekday names in ``date.weekday()`` order.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_FORMS = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
#: Full month names, January first.
MONTH_NAMES = tuple(forms[0] for forms in _MONTH_FORMS)
_MONTHS = {name: i for i, names in enumerate(_MONTH_FORMS, start=1) for name in names}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_FULL_DATE = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH = re.compile(rf"\b({_MONTH_RE})\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
#: "twelve years ago", "three weeks ago", "eighteen months ago", "eleven days ago".
_AGO = re.compile(r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(year|week|month|day)s?\s+ago\b", re.I)
#: The units of "ago", in the order a phrase naming several is read by.
_AGO_UNITS = ("year", "week", "month", "day")
#: The units a count of "ago" stands before.
_COUNTED_UNITS = frozenset(_AGO_UNITS) | {f"{unit}s" for unit in _AGO_UNITS}
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
#: The last month of each season that lies within one calendar year (northern seasons, as the news writes them).
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
#: "last autumn", "this spring": a season named from the story's date (winter spans two years: left out).
_SEASON = re.compile(r"\b(last|this)\s+(" + "|".join(_SEASON_END) + r")\b", re.I)


@dataclass(frozen=True)
class ResolvedDate:
    """A date with its precision: ``day``, ``month`` or ``year`` (the value is the first day)."""

    value: date
    precision: str

    def iso(self) -> str:
        return self.value.isoformat()


def resolve_date_text(text: str, published: date | None, *, future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression ("Tuesday", "last year", "in March", "May 21, 2002").

    Relative expressions need ``published``; without it only absolute dates resolve.
    ``future`` picks the next weekday rather than the last one.
    """
    return _resolved(text, published, future)


@lru_cache(maxsize=8192)
def _resolved(text: str, published: date | None, future: bool) -> ResolvedDate | None:
    """:func:`resolve_date_text`, kept per text and day: the same phrase is read for each event of its
    sentence, for the sentence's frame and for the story's day, and every place name is asked whether
    it is a month or a weekday (:func:`is_calendar_word`); the answer is a frozen value."""
    low = text.lower().strip()
    absolute = _absolute(low)
    if absolute is not None:
        return absolute
    if published is None:
        return None
    return _relative(low, published, future)


def _absolute(low: str) -> ResolvedDate | None:
    if m := _ISO.search(low):
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)), "day")
    if m := _FULL_DATE.search(low):
        return _safe(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)), "day")
    if m := _DAY_MONTH_YEAR.search(low):
        return _safe(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)), "day")
    if m := _MONTH_YEAR.search(low):
        return _safe(int(m.group(2)), _MONTHS[m.group(1)], 1, "month")
    decade_or_span = re.search(r"\d\d\d\ds\b|\b(years?|decades?)\b", low)
    if _MONTH.search(low) is None and (m := _YEAR.search(low)) and not decade_or_span:
        return _safe(int(m.group(1)), 1, 1, "year")
    return None


def _relative(low: str, published: date, future: bool) -> ResolvedDate | None:
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return ResolvedDate(published, "day")
    if re.search(r"\byesterday\b", low) or re.search(r"\blast night\b", low):
        # "said in a radio address last night": the evening before the story's day. Training
        # gold: both events whose date phrase is "last night" are dated so (live blogs, t4)
        return ResolvedDate(published - timedelta(days=1), "day")
    if re.search(r"\btomorrow\b", low):
        return ResolvedDate(published + timedelta(days=1), "day")
    if m := _MONTH_DAY.search(low):
        return _month_day(published, _MONTHS[m.group(1)], int(m.group(2)), future)
    if m := _DAY_MONTH.search(low):
        return _month_day(published, _MONTHS[m.group(2)], int(m.group(1)), future)
    if m := _WEEKDAY.search(low):
        weekday = WEEKDAYS.index(m.group(1).lower())
        if weekday == published.weekday() and re.search(r"\b(last|next)\b", low):
            # "last Monday" written on a Monday is the Monday a week before, never that day itself
            return ResolvedDate(published + timedelta(days=7 if "next" in low else -7), "day")
        return _weekday(published, weekday, future or "next" in low)
    if m := _MONTH.search(low):
        month = _MONTHS[m.group(1)]
        year = published.year
        if "last" in low or (not future and month > published.month):
            year -= 1
        elif "next" in low or (future and month < published.month):
            year += 1
        return ResolvedDate(date(year, month, 1), "month")
    if (back := _counted_back(low, published)) is not None:
        return back
    if m := _SEASON.search(low):
        return _season(published, m.group(1), m.group(2))
    if re.search(r"\blast year\b", low):
        return ResolvedDate(date(published.year - 1, 1, 1), "year")
    if re.search(r"\bnext year\b", low):
        return ResolvedDate(date(published.year + 1, 1, 1), "year")
    if re.search(r"\bthis year\b", low):
        return ResolvedDate(date(published.year, 1, 1), "year")
    if re.search(r"\b(the|this|last) weekend\b", low):
        return ResolvedDate(published - timedelta(days=(published.weekday() + 1) % 7 or 7), "day")
    if re.search(r"\bearlier (?:this|in the) week\b", low):
        return _earlier_this_week(published)
    if re.search(r"\blast week\b", low):
        return ResolvedDate(published - timedelta(days=7), "day")
    if re.search(r"\blast month\b", low):
        first = published.replace(day=1) - timedelta(days=1)
        return ResolvedDate(first.replace(day=1), "month")
    if re.search(r"\bthis month\b", low):
        return ResolvedDate(published.replace(day=1), "month")
    return None


def _earlier_this_week(published: date) -> ResolvedDate | None:
    """ "closed its consulate earlier this week", "had warned earlier in the week": some day of the story's
    week before its own, which no writer pins to a day; read as the story's month when the week began
    in it (a week begun in the month before names neither month). Training gold: the 3 coded acts so
    phrased are dated by the phrase; both validation sets' writers date such an act by the month."""
    if published.day <= published.weekday():
        return None
    return ResolvedDate(published.replace(day=1), "month")


def _season(published: date, which: str, season: str) -> ResolvedDate:
    """ "this spring" is the story's year; "last autumn" the year of the last such season that has
    ended: this year's once its last month is past, else last year's. Training gold: 14 coded events
    are dated by such a phrase ("Chisinau had asked for the equipment last autumn"); read as a year, each
    "last" one lies in the year before the story's (all 9 stories were filed before that season ended)."""
    year = published.year
    if which == "last" and published.month <= _SEASON_END[season]:
        year -= 1
    return ResolvedDate(date(year, 1, 1), "year")


def count_value(word: str) -> int:
    """A count written in digits or as a word ("12", "twelve"; a word of ``NUMBER_WORDS``)."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _month_day(published: date, month: int, day: int, future: bool) -> ResolvedDate | None:
    resolved = _safe(published.year, month, day, "day")
    if resolved is None:
        return None
    if not future and resolved.value > published + timedelta(days=1):
        return _safe(published.year - 1, month, day, "day")
    if future and resolved.value < published - timedelta(days=1):
        return _safe(published.year + 1, month, day, "day")
    return resolved


def _weekday(published: date, weekday: int, future: bool) -> ResolvedDate:
    delta = (published.weekday() - weekday) % 7
    if future:
        ahead = (weekday - published.weekday()) % 7
        return ResolvedDate(published + timedelta(days=ahead), "day")
    return ResolvedDate(published - timedelta(days=delta), "day")


def _safe(year: int, month: int, day: int, precision: str) -> ResolvedDate | None:
    try:
        return ResolvedDate(date(year, month, day), precision)
    except ValueError:
        return None


def _counted_back(low: str, published: date) -> ResolvedDate | None:
    """ "N years/weeks/months/days ago", counted back from the story's date: a year, the day so many
    weeks back (as "last week" is the day a week back), the month so many months back, the day so
    many days back (live blogs, scraped pages)."""
    counts: dict[str, int] = {}
    for m in _AGO.finditer(low):
        counts.setdefault(m.group(2).lower(), count_value(m.group(1)))
    unit = next((u for u in _AGO_UNITS if u in counts), None)
    if unit is None:
        return None
    count = counts[unit]
    if unit == "year":
        return ResolvedDate(date(published.year - count, 1, 1), "year")
    if unit == "month":
        months = published.year * 12 + published.month - 1 - count
        return ResolvedDate(date(months // 12, months % 12 + 1, 1), "month")
    days = count * 7 if unit == "week" else count
    return ResolvedDate(published - timedelta(days=days), "day")


def names_weekday(text: str) -> bool:
    """ "on Monday", "late on Wednesday": the text names a day of the week."""
    return _WEEKDAY.search(text) is not None


def date_text(ent: Any) -> str:
    """A date entity's text with the count the model left out before it: after a headline it reads
    "Eleven days ago" as "days ago" (the count, a number word, stands outside the entity)."""
    doc = ent.doc
    if ent.start == 0 or ent[0].lower_ not in _COUNTED_UNITS:
        return str(ent.text)
    before = doc[ent.start - 1]
    return f"{before.text} {ent.text}" if before.lower_ in NUMBER_WORDS or before.text.isdigit() else str(ent.text)


def is_calendar_word(text: str) -> bool:
    """A month's or a weekday's name ("March", "on Tuesday"), which reads as a date, not as a place."""
    return resolve_date_text(text, _SOME_DAY) is not None
