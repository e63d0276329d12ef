"""A verb joined by "and" (or "but") to a reported clause is reported with it.

"Police said the six were being questioned and would be released", "the company said it had complied
with the law and would challenge the fine": the second verb carries its own "would" but hangs from the
first conjunct, not from the verb of speech, so a check of its own head misses the speech that makes
"would" tell the future. Read the speech at the first conjunct instead, as ``is_hypothetical`` already
does for "would" (so the verb was neither hypothetical nor future, and came out asserted).

Training gold: none of the 15-16 events on such a second conjunct with its own "would" is an asserted
act. The two counts made (15 events on any such conjunct; 16 with the speech above checked) differ in
their split, 8 future + 6 asserted promise types (REJECT, CONCEDE, THREATEN: what a future act is coded
as) + 1 hypothetical against 5 future + 11 promise types, but agree that the reading is one-sided.
"""

from __future__ import annotations

from typing import Any

from ._parse import first_conjunct, under_speech
from ._words import EventWords

__all__ = ["reported_through_conjunct"]


def reported_through_conjunct(clause: Any, words: EventWords) -> bool:
    """The clause is a conjunct joined to a clause a verb of speech reports ("said X ... and would")."""
    if clause.dep_ != "conj":
        return False
    first = first_conjunct(clause)
    return first.i != clause.i and under_speech(first, words)
