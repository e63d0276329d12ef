"""Hyphenated proper names ("Pétion-Ville", "Guinea-Bissau", "Ras al-Khaimah") as runs of name words.

The tokenizer splits a hyphen between letters off as its own token ("Pétion - Ville"), tagged as
punctuation: a run of proper nouns that stops at every non-name token loses such a name. Here a
hyphen joining two name words is part of the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._doc_span import doc_span

__all__ = ["JOINERS", "hyphen_variants", "name_runs"]

#: Hyphen-like marks a name joins its words with ("Pétion-Ville", "Guinea‐Bissau").
JOINERS = frozenset({"-", "\u2010", "\u2011"})


def _joins_names(token: Any, start: int, end: int) -> bool:
    """A hyphen between two proper nouns inside [start, end): a name's joint, not a dash."""
    sdoc = token.doc
    i = token.i
    if token.text not in JOINERS or i <= start or i + 1 >= end:
        return False
    return sdoc[i - 1].pos_ == "PROPN" and sdoc[i + 1].pos_ == "PROPN"


def _name_word(token: Any) -> bool:
    """A proper noun that is a word: the small parser tags the hyphen of "Ras al-Khaimah" or "Deir
    ez-Zor" as a proper noun too, which would split the name at its article ("Ras al-", "-Khaimah")."""
    return token.pos_ == "PROPN" and token.text not in JOINERS


def name_runs(window: Any, words: int = 3) -> Iterator[Any]:
    """Each run of up to ``words`` proper nouns in the span, hyphens joining them allowed, from each start
    the longest first: the candidate names of a place ("Pétion-Ville", "Ras al-Khaimah"). A run starts
    and ends on a capitalised word: the small parser tags a common noun such as "canton" as a proper
    noun, and "police in the canton" are not of Canton, Ohio."""
    sdoc = window.doc
    for i in range(window.start, window.end):
        if not _name_word(sdoc[i]) or sdoc[i].is_lower:
            continue
        ends: list[int] = []
        count = 0
        j = i
        while j < window.end and count < words:
            if _name_word(sdoc[j]):
                count += 1
                if not sdoc[j].is_lower:
                    ends.append(j + 1)
            elif not _joins_names(sdoc[j], i, window.end):
                break
            j += 1
        for end in reversed(ends):
            yield doc_span(sdoc, i, end)


#: A phrase with more places a hyphen may go than this keeps its own spelling only (2**n variants).
_MOST_JOINTS = 3


def _between_words(before: Any, hyphen: Any) -> bool:
    after = hyphen.doc[hyphen.i + 1]
    return before.is_alpha and after.is_alpha and not before.whitespace_ and not hyphen.whitespace_


def _joints(phrase: Any, spaces: bool) -> list[int]:
    """Where a phrase's words may be joined either by a space or by a hyphen: the index of a hyphen
    token between two words, or (with ``spaces``) of a word followed by a space and another word."""
    # "Guinea-Bissau": a hyphen between two words, not a spaced dash
    out = [t.i for t in phrase[1:-1] if t.text in JOINERS and _between_words(phrase[t.i - 1], t)]
    if spaces:
        out += [t.i for t in phrase[:-1] if t.is_alpha and t.whitespace_ and phrase[t.i + 1].is_alpha]
    return sorted(out)


def hyphen_variants(phrase: Any, person: bool = False) -> list[list[str]]:
    """The words of a name's other spellings with a space for a hyphen, and for a person's name a hyphen
    for a space too: news writes "Abdel-Fattah el-Sisi" and "Abdel Fattah el Sisi" for one man, "Guinea
    Bissau" for Guinea-Bissau. Only a person's name takes a hyphen for a space: two peoples joined by a
    hyphen ("the Israeli-Arab conflict") are no "Israeli Arab". ``phrase``: the name as the tokenizer
    splits it; the words exclude its own spelling."""
    joints = _joints(phrase, person)
    if not joints or len(joints) > _MOST_JOINTS:
        return []
    out = []
    for mask in range(1, 2 ** len(joints)):
        flip = {j for n, j in enumerate(joints) if mask >> n & 1}
        words: list[str] = []
        for token in phrase:
            if token.i in flip and token.text in JOINERS:
                continue  # "el-Sisi" -> "el Sisi"
            words.append(token.text)
            if token.i in flip:
                words.append("-")  # "Abdel Fattah" -> "Abdel-Fattah"
        out.append(words)
    return out
