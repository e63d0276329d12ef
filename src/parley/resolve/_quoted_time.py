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

import numpy as np
from spacy.strings import get_string_id

__all__ = ["within_quotation"]

#: Marks that open or close a quotation; a straight double mark does both, in turn.
_OPENING = {"\u201c"}
_CLOSING = {"\u201d"}
_BOTH = {'"', "``", "''"}


#: Key of ``Doc.user_data`` holding where the Doc's quotation marks stand (:func:`_marks`).
_MARKS = "parley.quotation_marks"


def within_quotation(ent: Any) -> bool:
    """Whether the span ``ent`` lies between a quotation's opening and closing marks in its own
    sentence (a mark left open at the sentence's end pairs with nothing and quotes nothing)."""
    sent = ent.sent
    at, texts = _marks(ent.doc)
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


def _marks(doc: Any) -> tuple[list[int], list[str]]:
    """The positions and spellings of the Doc's quotation marks, found once in one array of the
    parse: every time phrase of a sentence asks, and a walk over its tokens builds a Token each."""
    kept = doc.user_data.get(_MARKS)
    if kept is None or kept[0] != len(doc):
        marks = sorted(_OPENING | _CLOSING | _BOTH)
        ids = np.array([get_string_id(m) for m in marks], dtype=np.uint64)
        at = np.flatnonzero(np.isin(doc.to_array("ORTH"), ids)).tolist()
        kept = doc.user_data[_MARKS] = (len(doc), at, [doc[i].text for i in at])
    return kept[1], kept[2]


def _toggled(mark: str, inside: bool) -> bool:
    if mark in _OPENING:
        return True
    if mark in _CLOSING:
        return False
    if mark in _BOTH:
        return not inside
    return inside
