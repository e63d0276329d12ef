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

from typing import Any

__all__ = ["within_quotation"]

#: Marks that open or close a quotation; a straight double mark does both, in turn.
_OPENING = {"\u201c"}
_CLOSING = {"\u201d"}
_BOTH = {'"', "``", "''"}


def within_quotation(ent: Any) -> bool:
    """Whether the span ``ent`` lies between a quotation's opening and closing marks in its own
    sentence (a mark left open at the sentence's end pairs with nothing and quotes nothing)."""
    sent = ent.sent
    doc = ent.doc
    inside = False
    for tok in doc[sent.start : ent.start]:
        inside = _toggled(tok.text, inside)
    if not inside:
        return False
    for tok in doc[ent.end : sent.end]:
        if tok.text in _CLOSING or tok.text in _BOTH:
            return True
        if tok.text in _OPENING:
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
