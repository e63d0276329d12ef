"""Finding descriptions ("the kingdom", "the oil-rich Gulf state", "the president") and the earlier
mention each one stands for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .._columns import doc_columns
from .._doc_span import doc_span
from ..document import ActorMention
from ..knowledge import NON_STATE_CODES, DescriptionEntry, resolve_words

__all__ = ["DescriptionIndex", "find_antecedent"]

#: Words between "the" and the description that keep it a description ("the oil-rich kingdom").
_MODIFIER_POS = {"ADJ", "ADV", "PUNCT", "NUM", "VERB"}
#: Codes that are not states: a country description never stands for them.
_STATE_KINDS = {"name", "alias", "demonym", "capital", "description"}
#: Sentences back (besides the description's own) where its antecedent may be.
WINDOW = {"country": 3, "igo": 4, "person": 1_000}
_LONGEST = 4


class DescriptionIndex:
    """The description phrases of the knowledge files, looked up from the head word backwards."""

    def __init__(self, entries: Sequence[DescriptionEntry]) -> None:
        self.by_phrase = {entry.phrase: entry for entry in entries}
        self.heads = {phrase.replace("-", " ").split()[-1] for phrase in self.by_phrase}
        self._head_array: Any = None

    def head_positions(self, sdoc: Any) -> list[int]:
        """The indices, in order, of the document's words that are the head of a description phrase
        (the only ones :meth:`match` can match): read from one array of the parse, so that the other
        words of the article are never made into spaCy tokens only to be turned down."""
        from spacy.attrs import LOWER

        # a word's LOWER is the hash of its lower-case text: compared as numbers, all words at once
        lowers = doc_columns(sdoc, LOWER)
        return list(np.flatnonzero(np.isin(lowers, self._head_ids(lowers.dtype))).tolist())

    def _head_ids(self, dtype: Any) -> Any:
        """The hashes of the head words, as an array of the parse's attribute type (made once)."""
        from spacy.strings import get_string_id

        if self._head_array is None or self._head_array.dtype != dtype:
            self._head_array = np.array(sorted(get_string_id(h) for h in self.heads), dtype=dtype)
        return self._head_array

    def match(self, tok: Any, covered: set[int]) -> tuple[DescriptionEntry, int] | None:
        """The description whose head is ``tok`` and the index of its determiner, or None."""
        if tok.lower_ not in self.heads or tok.i in covered or not _is_singular_head(tok):
            return None
        sdoc = tok.doc
        for size in range(min(_LONGEST, tok.i), 0, -1):
            first = tok.i - size + 1
            words = doc_span(sdoc, first, tok.i + 1).text.lower()
            entry = self.by_phrase.get(words) or self.by_phrase.get(words.replace(" - ", "-"))
            if entry is None or any(i in covered for i in range(first, tok.i + 1)):
                continue
            det = _determiner_before(sdoc, first, covered)
            if det is not None:
                return entry, det
        return None


def _is_singular_head(tok: Any) -> bool:
    """A singular noun heading its phrase, not a name ("the Republic of Korea") nor a modifier
    ("the union leader")."""
    if tok.tag_ in {"NNS", "NNPS"} or tok.dep_ == "compound":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.lower_ == "of" and tok.is_title)


def _determiner_before(sdoc: Any, first: int, covered: set[int]) -> int | None:
    """The index of "the" before the description, past adjectives only ("the oil-rich"); None if a
    country word or anything else comes first ("the Russian president" names its country itself)."""
    i = first - 1
    while i >= 0 and first - i <= 4:
        tok = sdoc[i]
        if tok.lower_ in resolve_words("description_determiner"):
            return i
        if i in covered or tok.pos_ not in _MODIFIER_POS or tok.is_sent_start:
            return None
        i -= 1
    return None


def find_antecedent(
    entry: DescriptionEntry,
    before: Sequence[ActorMention],
    sentence_of: list[int],
    here: int,
    home: str | None = None,
) -> ActorMention | None:
    """The latest earlier mention (``before``: in reading order) that the description can stand for,
    within its window of sentences; None when none fits (an abstention, not a guess).

    A description that fits any state ("the country", "the nation") stands for the country the
    article is about (``home``) once the article has named it: news writes "the country" for its
    subject, whoever was named last; so does "the island nation" when the subject is one."""
    if entry.refers == "country" and home is not None and (not entry.codes or home in entry.codes):
        named = next((m for m in reversed(before) if m.entity.code == home and _fits(entry, m)), None)
        if named is not None:
            return named
    window = WINDOW[entry.refers]
    for mention in reversed(before):
        if here - sentence_of[mention.token_start] > window:
            return None
        if _fits(entry, mention):
            return mention
    return None


def _fits(entry: DescriptionEntry, mention: ActorMention) -> bool:
    code = mention.entity.code
    if entry.codes and code not in entry.codes:
        return False
    if entry.refers == "country":
        return mention.kind in _STATE_KINDS and code not in NON_STATE_CODES
    if entry.refers == "igo":
        return mention.kind == "igo" or (mention.kind == "description" and code in NON_STATE_CODES)
    office = (mention.entity.office or "").lower()
    return mention.kind == "person" and office in entry.offices
