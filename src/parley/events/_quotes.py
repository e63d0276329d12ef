"""Where a quotation told over more than one sentence is attributed: "'We will not accept this. Any
attempt to cross the line will be resisted,' he said." speaks through "he" in both sentences, and
"'We are ready,' she said. 'We will not wait.'" goes on with the speaker of the sentence before."""

from __future__ import annotations

from typing import Any

from .._sent_starts import sentence_of
from ..parse import BOTH_MARKS, CLOSING_MARKS, OPENING_MARKS, quotation_marks

__all__ = ["attribution_sentences", "quote_spans"]


def quote_spans(sdoc: Any) -> list[tuple[int, int]]:
    """The (first, last) token indexes of each quotation of the document, the marks excluded; a quotation
    never closed is none. Only the marks are read (:func:`quotation_marks`), not every token."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, text in zip(*quotation_marks(sdoc), strict=True):
        opens = text in OPENING_MARKS or (text in BOTH_MARKS and start is None)
        closes = text in CLOSING_MARKS or (text in BOTH_MARKS and start is not None)
        if opens and start is None:
            start = i + 1
        elif closes and start is not None:
            spans.append((start, i - 1))
            start = None
    return spans


#: The most tokens a quotation may run over: a longer "quotation" is a mark left unpaired, not speech.
_LONGEST = 120


def attribution_sentences(sdoc: Any, i: int, spans: list[tuple[int, int]] | None = None) -> list[Any]:
    """The other sentences that may name who says the quotation token ``i`` stands in, in the order to try
    them: the sentence where a quotation begun in an earlier sentence closes ("..., he said."), the
    sentence before one that opens with a quotation ("'We are ready,' she said. 'We will not wait.'"), the
    sentence where the quotation opens ("She said: 'We ...") and the sentence right after it. ``spans``:
    the document's quotations when already paired (:func:`quote_spans`)."""
    for first, last in quote_spans(sdoc) if spans is None else spans:
        if not first <= i <= last or last - first > _LONGEST:
            continue
        own, opening, closing = sentence_of(sdoc[i]), sentence_of(sdoc[first]), sentence_of(sdoc[last])
        before = [sentence_of(sdoc[opening.start - 1])] if opening.start == first - 1 and opening.start > 0 else []
        if opening.start == closing.start:
            return before  # within one sentence: its own speaker, else the one it goes on from
        found = [closing, *before, opening]
        if closing.end < len(sdoc) and last + 3 >= closing.end:
            # '... resisted." He said so on Friday.': the mark ends its sentence
            found.append(sentence_of(sdoc[closing.end]))
        return [s for s in found if s.start != own.start]
    return []
