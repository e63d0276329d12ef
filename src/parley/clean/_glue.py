"""Repair words glued together by bad scraping ("Ivanovon Tuesday", "toRussian", "U.S.envoy").

A token is split only when it is not a word itself and splits into a known word
and a frequent one (word frequencies from ``wordsegment``); names stay whole
because an unknown name has no such split. Conservative on purpose: a false
split of a name is worse than a missed repair.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["repair_glued_words", "split_glued"]

_TOKEN = re.compile(r"\b[A-Za-z]{5,}\b")
_CAMEL = re.compile(r"\b(to|of|in|on|for|and|the|by|with|at|from|into|as)([A-Z][a-z]{2,})")
_ABBREV = re.compile(r"\b((?:[A-Z]\.){2,})([a-z]{3,})")
_DASHES = re.compile(r"(?<=\w)--(?=\w)")
#: How much likelier the two words must be than the glued form.
_MARGIN = 20.0
_MIN_LEFT = 20_000.0
#: Small words that scrapers glue onto their neighbours.
_FUNCTION = {
    "on", "in", "for", "the", "to", "of", "and", "with", "at", "by", "from", "regarding", "would", "could",
    "should", "will", "be", "is", "was", "said", "after", "over", "across", "that", "has", "had", "it", "its",
    "into", "about", "against", "between", "during", "since", "under", "while",
}  # fmt: skip
_MIN_BOTH = 1_000_000.0
_MIN_NAME = 30_000.0
#: Words that glue onto the end of a name the word list does not know ("Rouhanion Monday").
_NAME_TAILS = {"said", "says", "and", "the", "for", "has", "had", "was", "will", "told", "thanked"}


@lru_cache(maxsize=1)
def _counts() -> tuple[dict[str, float], float]:
    import wordsegment

    wordsegment.load()
    return wordsegment.UNIGRAMS, float(wordsegment._segmenter.total)


@lru_cache(maxsize=65536)
def split_glued(token: str) -> str:
    """The token, or its two words separated by a space."""
    counts, total = _counts()
    low = token.lower()
    whole = counts.get(low, 0.0)
    if whole and token[0].isupper():
        return token  # a known name ("Thein", "Tillerson") is never two words
    best: tuple[float, int] | None = None
    for i in range(2, len(low) - 1):
        left, right = low[:i], low[i:]
        cl, cr = counts.get(left, 0.0), counts.get(right, 0.0)
        if not _plausible(token, left, right, cl, cr, whole):
            continue
        joint = (max(cl, 1.0) / total) * (cr / total)
        if joint > (whole / total) * _MARGIN and (best is None or joint > best[0]):
            best = (joint, i)
    if best is None:
        return token
    return f"{token[: best[1]]} {token[best[1] :]}"


def _plausible(token: str, left: str, right: str, cl: float, cr: float, whole: float) -> bool:
    """Which splits are worth scoring at all."""
    if whole:
        return left in _FUNCTION and right in _FUNCTION  # "forthe", "couldbe": two small words
    if token[0].isupper():
        # a name glued to what follows it: "Ivanovon", "Rouhanion", "Chinafollowed"
        unknown_name = cl == 0 and len(left) >= 5 and right in _NAME_TAILS
        # two-letter tails end many names ("Lachin", "Putin"): demand a well-known left part
        floor = _MIN_NAME * 7 if len(right) <= 2 else _MIN_NAME
        known_name = cl >= floor and (right in _FUNCTION or right in _NAME_TAILS or _is_verb_form(right, cr))
        return unknown_name or known_name
    if right in _FUNCTION:
        return cl >= _MIN_LEFT and (len(left) >= 4 or left in _FUNCTION)
    return len(left) >= 4 and len(right) >= 4 and cl >= _MIN_BOTH and cr >= _MIN_BOTH


def _is_verb_form(word: str, count: float) -> bool:
    return len(word) >= 5 and word.endswith("ed") and count >= _MIN_BOTH


def repair_glued_words(text: str) -> str:
    """Split glued words in running text; everything else is left as it is."""
    text = _DASHES.sub("-", text)
    text = _ABBREV.sub(r"\1 \2", text)
    text = _CAMEL.sub(r"\1 \2", text)
    return _TOKEN.sub(lambda m: split_glued(m.group(0)), text)
