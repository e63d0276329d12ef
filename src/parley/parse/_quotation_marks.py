"""Where a parsed Doc's quotation marks stand, found once for the Doc, and whether a span is quoted.

Both the pairing of quotations (``events._quotes``) and the quoted time phrases (:func:`within_quotation`,
read by ``resolve._when`` and ``events._clause_anchors``) read only the few marks of a document; a walk over
every token to find them builds a spaCy ``Token`` for each word, so the marks are found in the Doc's ORTH
column instead and kept in its ``user_data``.

Why a quoted time phrase dates nothing: it speaks of the speaker's moment, not the narrator's. In
"'The vote will be held tonight,' the speaker told the chamber on Monday" (an invented example)
"tonight" is the speaker's Monday night, while the resolver reads deictic words from the filing day;
a year or weekday in quoted speech ("unless the guns fall silent by Sunday", "the 1990 accord") dates a
hope, a condition or a name, not the act the sentence tells. So a time phrase wholly inside a quotation
that opens and closes within its sentence dates no event and is not the story's opening day. Training
gold: of the 8 sentences with a time phrase inside such a quotation, none dates a coded act by the quoted
phrase (7 acts left undated, 1 dated by the sentence's own unquoted "on Thursday"). Counted again at
stop 67 over training/batches (the events stage's clause reader included): 10 sentences with a time word
inside a quotation, 13 coded acts, none dated by the quoted phrase (12 undated, 1 by an unquoted phrase).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

import numpy as np
from spacy.strings import get_string_id

from .._columns import doc_columns
from .._sent_starts import span_sentence

__all__ = ["BOTH_MARKS", "CLOSING_MARKS", "OPENING_MARKS", "quotation_marks", "within_quotation"]

#: Marks that open or close a quotation; a straight double mark does both, in turn.
OPENING_MARKS = frozenset({"\u201c"})
CLOSING_MARKS = frozenset({"\u201d"})
BOTH_MARKS = frozenset({'"', "``", "''"})

#: Key of ``Doc.user_data`` holding where the Doc's quotation marks stand (:func:`quotation_marks`).
_MARKS = "parley.quotation_marks"

#: The marks' string ids, as the ORTH column holds them.
_IDS = np.array([get_string_id(m) for m in sorted(OPENING_MARKS | CLOSING_MARKS | BOTH_MARKS)], dtype=np.uint64)


def quotation_marks(doc: Any) -> tuple[list[int], list[str]]:
    """The token indexes of the Doc's quotation marks, in order, and their spellings. Kept with the
    Doc's length: a Doc whose tokens were merged or split since is read again."""
    kept = doc.user_data.get(_MARKS)
    if kept is None or kept[0] != len(doc):
        at = np.flatnonzero(np.isin(doc_columns(doc, "ORTH"), _IDS)).tolist()
        kept = doc.user_data[_MARKS] = (len(doc), at, [doc[i].text for i in at])
    return kept[1], kept[2]


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
        if texts[k] in CLOSING_MARKS or texts[k] in BOTH_MARKS:
            return True
        if texts[k] in OPENING_MARKS:
            return False
    return False


def _toggled(mark: str, inside: bool) -> bool:
    if mark in OPENING_MARKS:
        return True
    if mark in CLOSING_MARKS:
        return False
    if mark in BOTH_MARKS:
        return not inside
    return inside
