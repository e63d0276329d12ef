"""Wire datelines ("SEOUL, April 27 (Wire) --") and closing credits ("(Xinhua News Agency May 22, 2002)")."""

from __future__ import annotations

import re
from datetime import date

from ..document import Dateline
from ..resolve._dates import resolve_date_text

__all__ = ["find_dateline"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_OPENING = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'-]{{2,40}}?)(?:,\s*[A-Z][A-Za-z .]+?)?"
    rf"\s*(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s*\d{{4}})?))?"
    rf"\s*(?:\([^)]{{1,60}}\))?\s*(?:--|\u2014|-|:)\s",
    re.M,
)
_CLOSING = re.compile(rf"\((?P<source>[A-Z][^()]{{2,60}}?)\s+(?P<date>{_MONTH}\s+\d{{1,2}},\s*\d{{4}})\)\s*$")


def find_dateline(text: str, published: date | None) -> Dateline | None:
    """The dateline's place and date; the year comes from ``published`` when the line has none."""
    head = text[:1500]
    for match in _OPENING.finditer(head):
        place = match.group("place").strip().title()
        if len(place) < 3 or place.lower() in {"home", "by"}:
            continue
        day = _resolve(match.group("date"), published)
        return Dateline(place=place, date=day, start=match.start(), end=match.end())
    closing = _CLOSING.search(text[-300:])
    if closing is not None:
        offset = len(text) - len(text[-300:])
        day = _resolve(closing.group("date"), published)
        return Dateline(place=None, date=day, start=offset + closing.start(), end=offset + closing.end())
    return None


def _resolve(value: str | None, published: date | None) -> date | None:
    if not value:
        return None
    resolved = resolve_date_text(value, published)
    return resolved.value if resolved is not None and resolved.precision == "day" else None
