"""Wire datelines, outlet credits and closing credits.

Opening datelines: "SEOUL, April 27 (Wire) --", "MOSCOW (AP) —", "Moscow, May 21 --",
"Libreville, 14 February 2002 -", "APIA, Samoa, Oct 4 (PNW) --",
"NEW YORK/WASHINGTON (Reuters) -", "ISLAMABAD, Oct 9:", "Havana, Dec 1 (Prensa Latina) Cuba ...",
"NEW YORK, Jan. 5, 2021 /PRNewswire/ --", "TOKYO, June 15 Kyodo -", "Kabul (AFP) -",
"By Jane Doe; ANKARA, March 3 -", "Harare, Tuesday, 9 May 2006 -", "OSLO, 3 May. /NTB/ -".
A credit alone ("(AKP) --", "Dec 1 (Reuters) -") is a dateline without a place.
Closing credits: "(Xinhua News Agency March 9, 2004)".
The dateline stays in the text; only its place and date are extracted, with offsets
into the text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

from ..document import Dateline
from ..knowledge import check_first_line

__all__ = ["find_dateline"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
#: a weekday before the date or alone: "Tuesday, August 12", "Tue 12 Aug", "SATURDAY"; never a region
_WEEKDAY = (
    r"(?i:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?"
    r"|Sun(?:day)?)\.?(?![A-Za-z])"
)
#: "April 27", "Feb 6, 2002", and the day first of press releases: "14 February 2002", "9th May, 2024"
_DATE = (
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}){_ORD}|(?P<dday>\d{{1,2}}){_ORD}\s+(?P<dmonth>{_MONTH}))"
    rf"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
)
_UP = "A-Z\u00c0-\u00de"
_LOW = "a-z\u00df-\u00ff"
#: "SEOUL", "NEW YORK/WASHINGTON", "SANA'A / GENEVA", "CIUDAD JUÁREZ": a place in capitals.
_CAPS_WORD = rf"[{_UP}][{_UP}.'\u2019-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:(?: | ?/ ?){_CAPS_WORD}){{0,3}}"
#: "Moscow", "N'Djamena", "Cox's Bazar", "Bogotá", "Dar es Salaam", "Port-au-Prince": in title case.
_TITLE_WORD = rf"[A-Z](?:[{_LOW}]+(?:['\u2019][a-z]+)?|['\u2019][A-Z][{_LOW}]+)"
_JOIN = r"(?:[ -](?:(?:es|de|del|da|do|al|el|au|la|of)[ -])?| ?/ ?)"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:{_JOIN}{_TITLE_WORD}){{0,3}}"
_REGION_WORD = r"[A-Z][A-Za-z.\u00c0-\u00ff]+"
#: a dateline is one line: neither its region nor a bare credit reaches into the next
#: ("By Jo Roe, Staff Writer" above "LAGOS -"; "The Daily Ledger, May 2" above "TOKYO -")
_REGION = (
    rf"(?P<region>,[ \t]*(?!{_WEEKDAY}){_REGION_WORD}(?:[ \t-]{_REGION_WORD}){{0,2}}"
    r"(?=[ \t]*[,(:/]|[ \t]+(?:--|\u2014|\u2013|-)\s|[ \t]*(?:--|\u2014|\u2013)\s))?"
)
#: "(Reuters)", "/PRNewswire/", or after a date a bare name: "Aug 19 AAP -", "June 25, 2019, SPA --"
_AGENCY = (
    r"(?:[.,]?\s*\((?P<agency>[^()\n]{1,60})\)|\.?\s*/(?P<slash>[A-Za-z][^/\n]{1,40})/"
    r"|,?[ \t]+(?P<bare>[A-Z][A-Za-z]{1,14})(?=[ \t]*(?:--|\u2014|\u2013|-)\s))"
)
#: how the line ends: a dash (".-" in Spanish-style copy), a colon, a full stop, or nothing before
#: the first sentence ("Havana, Dec 1 (Prensa Latina) Cuba and ...", only after a credit)
_END = r"(?P<end>\s*(?:\.?(?:--|\u2014|\u2013|-)|:)(?=\s)|\.(?=\s)|(?=\s+[\"\u201c\u2018A-Z\u00c0-\u00de0-9]))"
_BYLINE = r"(?:By [^;\n]{2,80};\s*)?"
_OPENING = (
    rf"^{_BYLINE}<FLAG>(?P<place>(?P<caps>{_CAPS_PLACE})|(?P<title>{_TITLE_PLACE})){_REGION}"
    rf"(?:,?[ \t]*{_WEEKDAY})?(?:,?\s*{_DATE})?"
    rf"(?:{_AGENCY})?{_END}"
)
#: an outlet's credit alone or after a date: "(AKP) --", "Dec 1 (Reuters) -"
_CREDIT_ONLY = re.compile(
    rf"^(?:{_DATE}\s*)?\((?P<agency>[A-Z][A-Za-z .&-]{{1,30}})\)\s*(?P<end>--|\u2014|\u2013|-|:)(?=\s)", re.M
)
_CLOSING = re.compile(rf"\((?P<source>[A-Z][^()\n]{{1,60}}?),?\s+{_DATE}\)\s*$")
_HEAD_CHARS = 1500
_CAPS_RUN = re.compile(rf"(?<![.\w])[{_UP}]{{2,}}(?![.\w])")
_NEXT_CAPITAL = re.compile(r"\s*[\"\u201c\u2018'A-Z\u00c0-\u00de0-9]")
#: a speaker's turn in a transcript: "HOST:", "ANCHOR (JANE ROE):", "KOVAC (IN ZAGREB):"
_SPEAKER_TURN = re.compile(rf"^{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}(?: \([^()\n]{{1,40}}\))?:\s", re.M)
#: this many speaker turns make a text a transcript
_TURNS = 3


def find_dateline(text: str, published: date | None) -> Dateline | None:
    """The dateline's place and date; the year comes from ``published`` when the line has none.

    An opening dateline is looked for at the start of the first paragraphs, a closing
    credit at the very end. Without a year and without ``published`` the date is None.
    """
    head = text[:_HEAD_CHARS]
    for match in _opening().finditer(head):
        if _is_dateline(match, text):
            region = (match.group("region") or "").strip(", \t") or None
            place = _place(match.group("place"))
            day = _date(match, published)
            return Dateline(place=place, date=day, start=match.start("place"), end=match.end(), region=region)
    credit = _CREDIT_ONLY.search(head)
    if credit is not None and credit.start() < 400:
        return Dateline(place=None, date=_date(credit, published), start=credit.start(), end=credit.end())
    tail_start = max(0, len(text) - 300)
    closing = _CLOSING.search(text, tail_start)
    if closing is not None:
        return Dateline(place=None, date=_date(closing, published), start=closing.start(), end=closing.end())
    return None


def _is_dateline(match: re.Match[str], text: str) -> bool:
    """Whether an opening that looks like a dateline is one: the weaker its shape, the more it must show.

    A credit or a date is enough; a place alone needs a long dash, or a region, colon or hyphen
    followed by a capital ("TEHRAN - The commander", not "SEOUL - no agency").
    """
    place = match.group("place")
    if place.lower() in _labels() or len(place.replace(".", "")) < 3:
        return False
    end = match.group("end").strip()
    if end == ":" and _is_transcript(text):
        return False  # "HOST (JANE ROE): Good evening." names a speaker, not a place
    # "(Reuters)", "/PRNewswire/"; not a count ("Comments (14)")
    credited = any(_is_credit(match.group(g) or "") for g in ("agency", "slash"))
    dated = match.group("month") or match.group("dmonth")
    capital_next = _NEXT_CAPITAL.match(text, match.end()) is not None
    if not end:  # no mark at all: only a credit ends the line ("Havana, Dec 1 (Prensa Latina) Cuba")
        return credited and capital_next
    if credited or (dated and match.group("bare")):
        return True
    if dated:
        return end != "." or match.group("year") is not None
    if match.group("bare") or end == ".":
        return False
    if match.group("caps") and end in ("--", "\u2014", "\u2013"):
        return True
    # a place alone before a colon or hyphen opens a sentence, not a headline ("RELATED: Fishermen
    # count losses", "KCNA: Japan's plan is a declaration of war"), which ends without a full stop
    weak = match.group("caps") is not None or match.group("region") is not None
    return weak and capital_next and _paragraph_is_sentence(text, match.end())


def _is_transcript(text: str) -> bool:
    """Whether paragraphs open as a speaker's turns do, three times or more: a broadcast transcript,
    whose labels ("ANCHOR (JANE ROE):", "KOVAC (IN ZAGREB):") have a dateline's shape."""
    return sum(1 for _ in islice(_SPEAKER_TURN.finditer(text), _TURNS)) >= _TURNS


def _is_credit(words: str) -> bool:
    """Whether a bracketed or slashed credit names an outlet: "Reuters", "Prensa Latina", "dpa";
    not a count ("14") nor a note in lower case ("issued with the release")."""
    if not re.search("[A-Za-z]", words):
        return False
    return re.search(f"[{_UP}]", words) is not None or " " not in words.strip()


def _paragraph_is_sentence(text: str, start: int) -> bool:
    """Whether the paragraph from ``start`` ends as a sentence does (a full stop, maybe in quotes)."""
    end = text.find("\n", start)
    paragraph = text[start : end if end >= 0 else len(text)].rstrip().rstrip("\"'\u201d\u2019)")
    return paragraph.endswith((".", "!", "?"))


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """The opening dateline, after a wire's one-word flag from the labels if any: "UPDATE 2-", "EXCLUSIVE-"."""
    words = sorted((re.escape(w) for w in _labels() if re.fullmatch("[a-z]+", w)), key=len, reverse=True)
    flag = rf"(?:(?i:{'|'.join(words)})(?:[ \t]\d{{1,2}})?-)?"
    return re.compile(_OPENING.replace("<FLAG>", flag), re.M)


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    """Paragraph openers that are no place ("UPDATE", "PRESS STATEMENT"), from data/dateline_labels.txt."""
    text = (resources.files("parley") / "data" / "dateline_labels.txt").read_text("utf-8")
    return _read_labels(text, "parley/data/dateline_labels.txt")


def _read_labels(text: str, name: str) -> frozenset[str]:
    """The lower-case labels of a ``dateline_labels.txt`` text (``name`` for messages): a first line other
    than a version line stops with E301, another table's name with E302, a newer version with E305."""
    rows = text.splitlines()
    check_first_line(Path(name), rows[0] if rows else "", "dateline_labels")
    return frozenset(r.strip().lower() for r in rows[1:] if r.strip() and not r.startswith("#"))


def _place(raw: str) -> str:
    """ "NEW YORK" -> "New York"; "SANA'A / GENEVA" -> "Sana'a/Geneva"; "Moscow" stays."""
    joined = re.sub(r"\s*/\s*", "/", raw)
    return _CAPS_RUN.sub(lambda m: m.group(0).capitalize(), joined)


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
