"""Lines the writer labels as background: "09:30 — Background: the arbitration panel
found in 2016 that ...", "11:50 — Reminder: the dispute went to the court, which ruled in 2010 ...",
"12:00 — For context: ...". A label word (data/event_words.tsv background_label) closed by a colon at
the start of a line says that what follows is history told for the reader, not news of the story: the
training gold codes an event in 1 of the 11 lines so labelled (a war recalled), and both coders' events
there (a court's ruling read as ACCUSE) are extras.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from .._columns import doc_columns
from ._words import EventWords, word_in

__all__ = ["is_labelled_background"]

#: How many words may open a line before its label ("09:30 — For context:").
_MAX_LEAD = 5
#: How far back a line's start is looked for.
_MAX_BACK = 60
#: Parts of speech a line may open with before its label: a clock time, a dash, "a", "some", "for".
_LEAD_POS = frozenset({"NUM", "PUNCT", "DET", "ADP", "SYM", "X"})


#: Key of ``Doc.user_data`` holding the document's paragraph breaks (:func:`_breaks`).
_BREAKS = "parley.line_breaks"


def _breaks(doc: Any) -> list[int]:
    """The indices, in order, of the document's space tokens that hold a line break: read once per
    document (from its IS_SPACE column), where a walk back from every candidate built its tokens."""
    found = doc.user_data.get(_BREAKS)
    if found is None:
        from spacy.attrs import IS_SPACE

        spaces = doc_columns(doc, IS_SPACE).nonzero()[0].tolist()
        found = doc.user_data[_BREAKS] = [i for i in spaces if "\n" in doc[i].text]
    return found


#: Key of ``Doc.user_data`` holding the indices of the document's colons (:func:`_colons`).
_COLONS = "parley.line_colons"


def _colons(doc: Any) -> list[int]:
    """The indices, in order, of the document's ":" tokens: read once per document (from its ORTH
    column), so that a line with no colon among its first words builds none of their tokens."""
    found = doc.user_data.get(_COLONS)
    if found is None:
        from spacy.attrs import ORTH

        found = doc.user_data[_COLONS] = (doc_columns(doc, ORTH) == doc.vocab.strings[":"]).nonzero()[0].tolist()
    return found


def _line_start(token: Any) -> int | None:
    """The index of the first word of the token's line (after a paragraph break, or the document's
    start); None when the line began too far back to be read."""
    breaks = _breaks(token.doc)
    n = bisect_left(breaks, token.i)  # the breaks before the token: breaks[:n]
    if n and breaks[n - 1] > token.i - _MAX_BACK:
        return breaks[n - 1] + 1
    return 0 if token.i < _MAX_BACK else None


#: Key of ``Doc.user_data`` holding each read line's label (:func:`_line_label`).
_LABELS = "parley.line_labels"


def _line_label(doc: Any, start: int, words: EventWords) -> tuple[int, bool] | None:
    """The first label of the line opening at ``start`` (the index of its word before the colon) and
    whether only lead words come before it; None for a line with no label in its first words. Read
    once per line: every candidate of the line asked the same question, building the same tokens."""
    labels: dict[tuple[int, frozenset[str]], tuple[int, bool] | None] = doc.user_data.setdefault(_LABELS, {})
    key = (start, words.background_label)  # the label words too: another knowledge reads other labels
    if key in labels:
        return labels[key]
    found = None
    # a label is the word before a colon at start + 1 .. the lead's end: only those words are read
    colons = _colons(doc)
    stop = min(start + _MAX_LEAD, len(doc) - 1)
    for colon in colons[bisect_left(colons, start + 1) : bisect_left(colons, stop + 1)]:
        k = colon - 1
        if word_in(doc[k], words.background_label):
            found = (k, all(t.pos_ in _LEAD_POS or t.like_num for t in doc[start:k]))
            break
    labels[key] = found
    return found


def is_labelled_background(token: Any, words: EventWords) -> bool:
    """The token follows a background label that opens its line ("Background:", "A reminder:")."""
    start = _line_start(token)
    if start is None:
        return False
    # the line's first label counts when it ends before the token's word ("Background:" then the token)
    label = _line_label(token.doc, start, words)
    return label is not None and label[0] < token.i - 1 and label[1]
