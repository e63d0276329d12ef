"""The first token of every sentence of a parse, read from the Doc's array.

``Doc.sents`` builds a ``Span`` per sentence, and each ``Span`` reads its first and last Token
(a spaCy ``Token`` built for each) for its character offsets: a stage that needs only where the
sentences begin reads the sentence-start column at once instead."""

from __future__ import annotations

from typing import Any

from ._columns import doc_columns

__all__ = ["sentence_bounds", "sentence_starts"]


def sentence_starts(sdoc: Any) -> list[int]:
    """The index of each sentence's first token, in order: the starts of ``sdoc.sents``."""
    if "sents" in sdoc.user_hooks:
        return [sent.start for sent in sdoc.sents]
    if not sdoc.has_annotation("SENT_START"):
        return [sent.start for sent in sdoc.sents]  # raises as ``sdoc.sents`` does
    if len(sdoc) == 0:
        return []
    from spacy.attrs import SENT_START

    # ``Doc.sents`` opens a sentence at the first token and wherever the column holds 1
    column = doc_columns(sdoc, SENT_START).tolist()
    return [0] + [i for i in range(1, len(column)) if column[i] == 1]


def sentence_bounds(sdoc: Any) -> list[tuple[int, int]]:
    """(first token, end token) of each sentence, in order; none for an empty parse (an article
    that cleaned to nothing, such as a lone photo caption)."""
    firsts = sentence_starts(sdoc)
    if not firsts:
        return []  # each sentence ends where the next begins, the last at the parse's end: none here
    return list(zip(firsts, [*firsts[1:], len(sdoc)], strict=True))
