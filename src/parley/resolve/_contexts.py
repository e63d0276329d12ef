"""The contexts (diplomatic, economic, ...) an event's text speaks of, by the keywords of contexts.tsv.

A one-word keyword is found as a word of the text or that word with an "s"; a keyword of several
words anywhere in the text. The contexts come in the order of their keywords' rows, each once.
The one-word keywords are looked up from the text's words (a dict read per word), not each keyword
searched for in turn: every event of every article asks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["ContextWords"]

_WORD = re.compile(r"[a-z][a-z\-]+")


class ContextWords:
    """The keyword rows of the contexts, indexed for :meth:`of`."""

    def __init__(self, contexts: Mapping[str, str]) -> None:
        rows = list(contexts.items())
        self._context = [context for _, context in rows]
        #: a one-word keyword's row number
        self._word_row = {keyword: n for n, (keyword, _) in enumerate(rows) if " " not in keyword}
        #: (row number, keyword) of the keywords of several words
        self._phrases = [(n, keyword) for n, (keyword, _) in enumerate(rows) if " " in keyword]

    def of(self, text: str) -> list[str]:
        """The contexts of a lower-case ``text``, in row order, without repeats."""
        rows = self._word_row
        hits = {n for n, phrase in self._phrases if phrase in text}
        for word in set(_WORD.findall(text)):
            n = rows.get(word)
            if n is not None:
                hits.add(n)
            if word.endswith("s") and (n := rows.get(word[:-1])) is not None:
                hits.add(n)  # "sanctions" for "sanction"
        contexts: list[str] = []
        for n in sorted(hits):
            if self._context[n] not in contexts:
                contexts.append(self._context[n])
        return contexts
