"""The words of a parse with a given part of speech and lowered lemma, read from the Doc's array.

A stage that looks for a few lemmas across a whole article (alleging verbs, group head nouns)
would otherwise build a spaCy ``Token`` for every word only to turn nearly all of them down: the
part-of-speech and lemma columns are read at once, and each distinct lemma is lowered once."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from .._columns import doc_columns

__all__ = ["lemma_positions"]


def lemma_positions(sdoc: Any, pos: str, lemmas: Container[str]) -> list[int]:
    """The indices, in order, of the document's words whose coarse part of speech is ``pos`` and
    whose lowered lemma is in ``lemmas`` (``token.pos_ == pos and token.lemma_.lower() in lemmas``)."""
    from spacy.attrs import LEMMA, POS

    strings = sdoc.vocab.strings
    array = doc_columns(sdoc, [POS, LEMMA])
    found = (array[:, 0] == strings[pos]).nonzero()[0]  # the symbol's id, as the POS column holds it
    wanted: dict[int, bool] = {}
    out = []
    for i, lemma in zip(found.tolist(), array[found, 1].tolist(), strict=True):
        hit = wanted.get(lemma)
        if hit is None:
            hit = wanted[lemma] = strings[lemma].lower() in lemmas
        if hit:
            out.append(i)
    return out
