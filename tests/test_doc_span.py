"""A span made by ``parley._doc_span.doc_span`` is the one a slice of the Doc gives, bounds clamped alike."""

from __future__ import annotations

from typing import Any

from parley._doc_span import doc_span

_TEXT = "The ferry board of Lunmarra cancelled the night crossings after a storm damaged the quay."


def test_doc_span_equal_to_slice_inside(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    for start in range(len(sdoc) + 1):
        for end in range(start, len(sdoc) + 1):
            made, sliced = doc_span(sdoc, start, end), sdoc[start:end]
            assert made == sliced
            assert (made.start, made.end, made.label) == (sliced.start, sliced.end, sliced.label)


def test_doc_span_clamps_like_slice(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    n = len(sdoc)
    for start, end in [(-3, n), (2, n + 5), (6, 2), (-1, -1), (0, -2)]:
        made, sliced = doc_span(sdoc, start, end), sdoc[start:end]
        assert (made.start, made.end, made.text) == (sliced.start, sliced.end, sliced.text)
