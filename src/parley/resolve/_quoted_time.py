"""Time phrases inside a quotation speak of the speaker's moment, not the narrator's.

"'The vote will be held tonight,' the speaker told the chamber on Monday" (an invented example):
"tonight" is the speaker's Monday night, while the resolver reads deictic words from the filing day;
a year or weekday in quoted speech ("unless the guns fall silent by Sunday", "the 1990 accord")
dates a hope, a condition or a name, not the act the sentence tells. So a time phrase wholly inside
a quotation that opens and closes within its sentence dates no event and is not the story's opening
day.

Training gold: of the 8 sentences with a time phrase inside such a quotation, none dates a coded act by
the quoted phrase (7 acts left undated, 1 dated by the sentence's own unquoted "on Thursday").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from .._sent_starts import span_sentence
from ..parse import BOTH_MARKS as _BOTH
from ..parse import CLOSING_MARKS as _CLOSING
from ..parse import OPENING_MARKS as _OPENING
from ..parse import quotation_marks

__all__ = ["within_quotation"]


def within_quotation(ent: Any) -> bool:
    """Whether the span ``ent`` lies between a quotation's opening and closing marks in its own
    sentence (a mark left open at the sentence's end pairs with nothing and quotes nothing)."""
    sent = span_sentence(ent)
    at, texts = quotation_marks(ent.doc)
    inside = False
    first, before = bisect_left(at, sent.start), bisect_left(at, ent.start)
    for k in range(first, before):
        inside = _toggled(texts[k], inside)
    if not inside:
        return False
    for k in range(bisect_left(at, ent.end), bisect_left(at, sent.end)):
        if texts[k] in _CLOSING or texts[k] in _BOTH:
            return True
        if texts[k] in _OPENING:
            return False
    return False


def _toggled(mark: str, inside: bool) -> bool:
    if mark in _OPENING:
        return True
    if mark in _CLOSING:
        return False
    if mark in _BOTH:
        return not inside
    return inside
