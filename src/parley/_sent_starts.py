"""The first token of every sentence of a parse, read from the Doc's array.

``Doc.sents`` builds a ``Span`` per sentence, and each ``Span`` reads its first and last Token
(a spaCy ``Token`` built for each) for its character offsets: a stage that needs only where the
sentences begin reads the sentence-start column at once instead. ``Token.sent`` walks from the
token to both edges of its sentence on every access (some 170 times an article, about 3.5 us
each): :func:`sentence_of` and :func:`sentence_start` answer from the held document's sentence
starts (:func:`parley._columns.held_value`) instead."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import numpy as np

from ._columns import doc_columns, held_value
from ._doc_span import doc_span

__all__ = [
    "sentence_bounds",
    "sentence_of",
    "sentence_start",
    "sentence_starts",
    "span_sentence",
    "span_sentence_start",
]


def sentence_starts(sdoc: Any) -> list[int]:
    """The index of each sentence's first token, in order: the starts of ``sdoc.sents``."""
    if "sents" in sdoc.user_hooks:
        return [sent.start for sent in sdoc.sents]
    if not sdoc.has_annotation("SENT_START"):
        return [sent.start for sent in sdoc.sents]  # raises as ``sdoc.sents`` does
    if len(sdoc) == 0:
        return []
    from spacy.attrs import SENT_START

    # ``Doc.sents`` opens a sentence at the first token and wherever the column holds 1 (found by numpy:
    # a Python loop over an article's column cost some 35 us)
    column = doc_columns(sdoc, SENT_START)
    return [0, *(np.flatnonzero(column[1:] == 1) + 1).tolist()]


def sentence_bounds(sdoc: Any) -> list[tuple[int, int]]:
    """(first token, end token) of each sentence, in order; none for an empty parse (an article
    that cleaned to nothing, such as a lone photo caption)."""
    firsts = sentence_starts(sdoc)
    if not firsts:
        return []  # each sentence ends where the next begins, the last at the parse's end: none here
    return list(zip(firsts, [*firsts[1:], len(sdoc)], strict=True))


def sentence_of(token: Any) -> Any:
    """``token.sent``, the same Span, cut at the held document's sentence starts."""
    return _sentence(token.doc, token.i, token)


def span_sentence(span: Any) -> Any:
    """``span.sent`` (the sentence of the span's first token), cut at the held document's sentence starts."""
    return _sentence(span.doc, span.start, span)


def sentence_start(token: Any) -> int:
    """``token.sent.start``, with no Span built for a token of the held document."""
    return _start(token.doc, token.i, token)


def span_sentence_start(span: Any) -> int:
    """``span.sent.start``, with no Span built for a span of the held document."""
    return _start(span.doc, span.start, span)


def _sentence(sdoc: Any, i: int, item: Any) -> Any:
    """The sentence of token ``i``; ``item.sent`` (a Token's or Span's) when the document is not held."""
    starts = held_value(sdoc, "sentence_starts", _plain_starts)
    return _cut(sdoc, starts, i) if starts else item.sent


def _start(sdoc: Any, i: int, item: Any) -> int:
    """Where the sentence of token ``i`` starts; ``item.sent.start`` when the document is not held."""
    starts = held_value(sdoc, "sentence_starts", _plain_starts)
    if not starts:
        return int(item.sent.start)
    return starts[bisect_right(starts, i) - 1]


def _cut(sdoc: Any, starts: list[int], i: int) -> Any:
    """The sentence of token ``i``: the Span ``sdoc[start:end]`` gives, made directly (a slice of a Doc
    first normalises its bounds in Python: about 1.8 us against 0.5)."""
    k = bisect_right(starts, i)  # the sentence of ``i`` is the k-th (from 1)
    return doc_span(sdoc, starts[k - 1], starts[k] if k < len(starts) else len(sdoc))


def _plain_starts(sdoc: Any) -> list[int]:
    """:func:`sentence_starts`, or none when a user hook decides the sentences (``Token.sent`` asks it)."""
    if "sents" in sdoc.user_hooks or "sent" in sdoc.user_token_hooks or "sent" in sdoc.user_span_hooks:
        return []
    return sentence_starts(sdoc)
