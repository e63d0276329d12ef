"""Which countries use which title words, from the offices of the knowledge files' people.

The United States has secretaries, not ministers: an "Information Minister" in an American outlet's
story is of the country the story is about, not of the outlet's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["TitleWords"]

#: A country's offices are read as its whole title vocabulary only when it has this many of them.
_KNOWN_OFFICES = 5
#: A word of a national cabinet: used in the offices of at least this share of the well-known countries.
_CABINET_SHARE = 0.5


class TitleWords:
    """The title words of each country's offices, and the words nearly every country uses."""

    def __init__(self, people: Iterable[Any]) -> None:
        offices: dict[str, set[str]] = {}
        for entry in people:
            if entry.kind == "person" and entry.office and len(entry.code) == 3:
                offices.setdefault(entry.code, set()).add(entry.office)
        self._words = {
            code: {w for office in found for w in office.lower().split()}
            for code, found in offices.items()
            if len(found) >= _KNOWN_OFFICES
        }
        counts: dict[str, int] = {}
        for words in self._words.values():
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        self._cabinet = {w for w, n in counts.items() if n >= _CABINET_SHARE * max(1, len(self._words))}

    def foreign_to(self, code: str, office: str | None) -> bool:
        """True when ``office`` ends in a cabinet word ("minister") that the well-known country
        ``code`` never uses in its offices."""
        if not office or code not in self._words:
            return False
        head = office.lower().split()[-1]
        return head in self._cabinet and head not in self._words[code]
