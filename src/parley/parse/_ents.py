"""Named entities of a parsed article, indexed once.

spaCy builds ``Doc.ents`` anew on every access (a walk over every token) and ``Span.ents``
walks ``Doc.ents``; asked once per event or per sentence, that makes an article's time grow
with the square of its length. These helpers read the entities once per spaCy Doc (cached in
``doc.user_data``) and answer each question by binary search, in time independent of the
article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from .._columns import entities_changed
from .._sent_starts import sentence_bounds, sentence_start

__all__ = [
    "doc_ents",
    "ent_at",
    "ents_before",
    "is_entry_clock",
    "replace_ents",
    "span_ents",
    "timestamp_ends",
    "trim_ents_at",
]

_KEY = "parley.ents"

#: A live blog's clock time opening an entry ("13:00", "08.30"), and the dash set after it.
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_DASHES = frozenset("-\u2013\u2014")


class _Index:
    __slots__ = ("ends", "ents", "starts")

    def __init__(self, doc: Any) -> None:
        self.ents: tuple[Any, ...] = tuple(doc.ents)
        self.starts = [e.start for e in self.ents]
        self.ends = [e.end for e in self.ents]  # entities never overlap: sorted too


def _index(doc: Any) -> _Index:
    index = doc.user_data.get(_KEY)
    if not isinstance(index, _Index):
        index = doc.user_data[_KEY] = _Index(doc)
    return index


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, built once."""
    return _index(doc).ents


def span_ents(span: Any) -> list[Any]:
    """``span.ents`` (the entities wholly inside the span, stopping at one that crosses its end)."""
    index = _index(span.doc)
    out = []
    for n in range(bisect_left(index.starts, span.start), len(index.ents)):
        if index.ends[n] > span.end:
            break
        out.append(index.ents[n])
    return out


def ents_before(doc: Any, token_i: int) -> tuple[Any, ...]:
    """The entities that end at or before token ``token_i``, in order."""
    index = _index(doc)
    return index.ents[: bisect_right(index.ends, token_i)]


def ent_at(doc: Any, token_i: int) -> Any | None:
    """The entity that holds token ``token_i``, or None."""
    index = _index(doc)
    n = bisect_right(index.starts, token_i) - 1
    if n >= 0 and index.ends[n] > token_i:
        return index.ents[n]
    return None


def trim_ents_at(doc: Any, char: int) -> None:
    """Entities that run across character ``char`` end before it. Wire datelines fool the model:
    in "SANAA, Sept 9 - Yemen has expelled ..." it reads "Sept 9 - Yemen" as one date, which hides
    the actor; the dateline ends before "Yemen"."""
    from spacy.tokens import Span

    kept: list[Any] = []
    changed = False
    for ent in doc_ents(doc):  # the index the stages read next, built once (dropped below if cut)
        if not ent.start_char < char < ent.end_char:
            kept.append(ent)
            continue
        changed = True
        inside = [t for t in ent if t.idx + len(t) <= char and not t.is_punct]
        if inside:
            kept.append(Span(doc, ent.start, inside[-1].i + 1, label=ent.label_))
    if changed:
        replace_ents(doc, kept)


def replace_ents(doc: Any, ents: list[Any]) -> None:
    """Set the Doc's entities to ``ents`` (sorted, none overlapping); the index is built anew."""
    doc.set_ents(ents, default="outside")
    doc.user_data.pop(_KEY, None)
    entities_changed(doc)  # the stages' held columns (``_columns``) read the new entities


def timestamp_ends(doc: Any) -> list[int]:
    """The end (a character offset) of each live-blog entry's opening clock time and its dash
    ("13:00 — Soldiers at a checkpoint seized ..."): like a wire dateline, the model reads the time
    and the subject after it as one time ("13:00 — Soldiers"), which hides the actor."""
    ends = []
    for start, end in sentence_bounds(doc):
        if end - start > 2 and is_entry_clock(doc[start]):
            ends.append(doc[start + 1].idx + len(doc[start + 1]))
    return ends


def is_entry_clock(token: Any) -> bool:
    """A live-blog entry's opening clock time: first in its sentence, a dash after it ("08:30 — ...")."""
    if not _CLOCK.match(token.text):
        return False  # checked first: a token's ``sent`` walks back to its sentence start
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i != sentence_start(token):
        return False
    return doc[token.i + 1].text in _DASHES
