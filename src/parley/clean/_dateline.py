"""Wire datelines and closing credits.

Opening datelines: "SEOUL, April 27 (Wire) --", "MOSCOW (AP) —", "Moscow, May 21 --",
"Libreville, 14 February 2002 -",
"DILI, East Timor, Sept 20 (PRW) --", "NEW YORK/WASHINGTON (Reuters) -".
Closing credits: "(Xinhua News Agency May 22, 2002)", "(Orient News Agency Nov 5)".
The dateline stays in the text; only its place and date are extracted, with offsets
into the text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..document import Dateline

__all__ = ["find_dateline"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: "April 27", "Feb 6, 2002", and the day first of press releases: "14 February 2002"
_DATE = (
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dday>\d{{1,2}})\s+(?P<dmonth>{_MONTH}))"
    rf"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
)
_DASH = r"(?:--|\u2014|\u2013|-)"
#: "SEOUL", "NEW YORK/WASHINGTON", "UNITED NATIONS": a place in capitals.
_CAPS_PLACE = r"[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+){0,3}"
#: "Moscow", "Addis Ababa": a place in title case, only before a date ("Moscow, May 21 --").
_TITLE_PLACE = r"[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,2}"
_REGION = r"(?P<region>,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}(?=,|\s*\(|\s*(?:--|\u2014|\u2013)\s))?"
_OPENING = re.compile(
    rf"^(?:(?P<caps>{_CAPS_PLACE})|(?P<title>{_TITLE_PLACE})){_REGION}(?:,\s*{_DATE})?"
    rf"\s*(?:\((?P<agency>[^()\n]{{1,60}})\))?\s*(?P<dash>{_DASH})(?=\s)",
    re.M,
)
_CLOSING = re.compile(rf"\((?P<source>[A-Z][^()\n]{{1,60}}?),?\s+{_DATE}\)\s*$")
#: Capitals that start a paragraph but are no place.
_NOT_PLACES = {"BY", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "EDITORIAL", "OPINION", "NOTE", "PHOTO"}
_HEAD_CHARS = 1500
_CAPS_WORD = re.compile(r"(?<![.\w])[A-Z]{2,}(?![.\w])")


def find_dateline(text: str, published: date | None) -> Dateline | None:
    """The dateline's place and date; the year comes from ``published`` when the line has none.

    An opening dateline is looked for at the start of the first paragraphs, a closing
    credit at the very end. Without a year and without ``published`` the date is None.
    """
    for match in _OPENING.finditer(text[:_HEAD_CHARS]):
        place = match.group("caps") or match.group("title")
        if match.group("caps") and (place.upper() in _NOT_PLACES or len(place.replace(".", "")) < 3):
            continue
        long_dash = match.group("dash") != "-"
        strong = match.group("agency") is not None or (match.group("caps") and (match.group("region") or long_dash))
        dated = match.group("month") or match.group("dmonth")
        if dated is None and (match.group("title") or not strong):
            # "SEOUL -" alone is too weak: demand a date, an agency, a region ("SUVA, Fiji --") or a
            # long dash ("NUKU'ALOFA -- About 1,000 ...", "NASSAU — Two ...")
            continue
        day = _date(match, published)
        region = (match.group("region") or "").strip(", \t") or None
        return Dateline(place=_place(place), date=day, start=match.start(), end=match.end(), region=region)
    tail_start = max(0, len(text) - 300)
    closing = _CLOSING.search(text, tail_start)
    if closing is not None:
        return Dateline(place=None, date=_date(closing, published), start=closing.start(), end=closing.end())
    return None


def _place(raw: str) -> str:
    """ "NEW YORK" -> "New York"; "Moscow" stays."""
    return _CAPS_WORD.sub(lambda m: m.group(0).capitalize(), raw)


def _date(match: re.Match[str], published: date | None) -> date | None:
    named = match.group("month") or match.group("dmonth")
    if named is None:
        return None
    month = _MONTHS[named[:3].lower()]
    day = int(match.group("day") or match.group("dday"))
    if match.group("year"):
        return _safe_date(int(match.group("year")), month, day)
    if published is None:
        return None
    # the year that puts the date at most a day after publication ("Dec 31" read on Jan 1)
    for year in (published.year + 1, published.year, published.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= published + timedelta(days=1):
            return candidate
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
