"""A known person's name with a middle initial or a patronymic between the given name and the surname
("Vladimir V. Putin", "Boris N. Yeltsin", "Dmitry Anatolyevich Medvedev"): the person of the name
without it.

Why: some outlets (the New York Times above all) set a middle initial in every first mention, and
Russian names are given in full with the father's name; the knowledge files list "Vladimir Putin",
so the phrase matcher found no one and the name stayed unresolved (names48b probe: 5 of 248 such
names, none found before). Only initials and words of a patronymic's ending (resolve_words kind
``patronymic_ending``) are passed over, so that a longer name of another person is not shortened;
and a given middle name ("Jacob Gedleyihlekisa Zuma", "George Walker Bush") only where the parser reads
the three words as one person's name and no known name is made of the middle word and either other one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

import numpy as np

from .._columns import doc_columns
from ..knowledge import resolve_words
from ..parse import doc_ents

__all__ = ["middle_name_spans"]

#: An initial: one capital and a full stop ("V.", "W.").
_INITIAL = re.compile(r"[A-Z]\.")
#: At most this many initials or patronymics between the two names ("George H. W. Bush").
_MAX_MIDDLE = 2


def _middles(texts: list[str]) -> list[bool]:
    """Per word: an initial, or a capitalised word ending as a patronymic does ("Anatolyevich",
    "Viktorovna"). Both open with a capital, so a word that does not is turned down at once."""
    endings = tuple(resolve_words("patronymic_ending"))
    return [text[:1].isupper() and (text.endswith(endings) or bool(_INITIAL.fullmatch(text))) for text in texts]


#: Whether a word (by its string hash, the same in every document of the process) can stand between
#: a given name and a surname: a string-store look-up costs more than the test itself.
_IS_MIDDLE: dict[int, bool] = {}


def _middle_flags(hashes: list[int], strings: Any) -> list[bool]:
    """:func:`_middles` of the words of these string hashes, each word read once in the process."""
    if len(_IS_MIDDLE) > 500_000:
        _IS_MIDDLE.clear()
    flags = list(map(_IS_MIDDLE.get, hashes))
    if None in flags:
        unread = [h for h, flag in zip(hashes, flags, strict=True) if flag is None]
        fresh = dict(zip(unread, _middles([strings[h] for h in unread]), strict=True))
        _IS_MIDDLE.update(fresh)
        flags = [fresh[h] if flag is None else flag for h, flag in zip(hashes, flags, strict=True)]
    return flags  # type: ignore[return-value]


def middle_name_spans(sdoc: Any, known: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of each "Given M. Surname" whose "Given Surname" is a ``known`` phrase.
    The words are read once for the document from its ORTH column, each distinct word once (no spaCy
    ``Token`` built, no string of a word that is no middle name nor next to one)."""
    from spacy.attrs import ORTH

    strings = sdoc.vocab.strings
    orths = doc_columns(sdoc, ORTH)
    distinct, inverse = np.unique(orths, return_inverse=True)
    middle = np.array(_middle_flags(distinct.tolist(), strings), dtype=bool)[inverse]
    n = len(orths)
    # a middle word with a word before it that is none (the given name); the last word has no surname after it
    starts = (np.flatnonzero(middle[1 : n - 1] & ~middle[: n - 2]) + 1).tolist() if n > 2 else []
    for i in starts:
        end = i
        while end < n and end - i < _MAX_MIDDLE and middle[end]:
            end += 1
        if end >= n:
            continue
        phrase = f"{strings[int(orths[i - 1])]} {strings[int(orths[end])]}"
        if phrase in known:
            yield i - 1, end + 1, phrase
    yield from _given_middle_names(sdoc, known)


def _given_middle_names(sdoc: Any, known: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of each parser's person of three capitalised words whose first and last are
    a ``known`` phrase and whose middle word is a given name of no known one ("Jacob Gedleyihlekisa
    Zuma"): neither half with the middle word is a known phrase itself."""
    for ent in doc_ents(sdoc):  # the document's entities built once (spaCy walks every token on each ``ents``)
        if ent.label_ != "PERSON" or len(ent) != 3 or not all(t.is_alpha and t.is_title for t in ent):
            continue
        first, middle, last = (t.text for t in ent)
        phrase = f"{first} {last}"
        if phrase in known and f"{first} {middle}" not in known and f"{middle} {last}" not in known:
            yield ent.start, ent.end, phrase
