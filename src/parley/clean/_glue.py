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
_MIN_RIGHT = 2_000_000.0
_MIN_LEFT = 20_000.0
#: Short words that may stand on either side of a glue point.
_SHORT = {
    "a",
    "an",
    "as",
    "at",
    "be",
    "by",
    "he",
    "in",
    "is",
    "it",
    "of",
    "on",
    "or",
    "to",
    "we",
    "the",
    "and",
    "for",
    "has",
    "had",
    "was",
    "its",
    "not",
    "but",
    "who",
    "new",
}
#: Words that glue onto the end of a name the word list does not know ("Rouhanion Monday").
_NAME_TAILS = {"on", "said", "says", "and", "the", "for", "has", "had", "was", "will", "told", "thanked"}


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
    best: tuple[float, int] | None = None
    for i in range(2, len(low) - 1):
        left, right = low[:i], low[i:]
        cl, cr = counts.get(left, 0.0), counts.get(right, 0.0)
        unknown_name = token[0].isupper() and i >= 5 and right in _NAME_TAILS
        if cr < _MIN_RIGHT or (cl < _MIN_LEFT and not unknown_name and not (token[0].isupper() and i >= 4 and cl > 0)):
            continue
        if cl == 0:
            cl = 1.0
        if not (left in _SHORT or len(left) >= 4) or not (right in _SHORT or len(right) >= 4):
            continue  # "Sin|war", "Naval|ny": short pieces make names look like words
        joint = (cl / total) * (cr / total)
        if joint > (whole / total) * _MARGIN and (best is None or joint > best[0]):
            best = (joint, i)
    if best is None:
        return token
    return f"{token[: best[1]]} {token[best[1] :]}"


def repair_glued_words(text: str) -> str:
    """Split glued words in running text; everything else is left as it is."""
    text = _DASHES.sub("-", text)
    text = _ABBREV.sub(r"\1 \2", text)
    text = _CAMEL.sub(r"\1 \2", text)
    return _TOKEN.sub(lambda m: split_glued(m.group(0)), text)
