"""A cost borne told with a verb of giving: "the port has paid a steep price for the blockade", "Vienna
paid dearly for its neutrality" (data/event_words.tsv cost_word). Nothing is given to anyone: no AID
at the verb. Training gold: the corpus's 3 sentences of "pay a price" or "pay dearly" code no AID
(2 are threats, coded as such at the warning)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords, word_in

__all__ = ["tells_cost"]

#: How the cost hangs from the verb: its object ("a heavy price") or an adverb ("dearly").
_COST_DEPS = frozenset({"dobj", "advmod"})


def tells_cost(token: Any, words: EventWords) -> bool:
    """The verb's object or adverb is a word of cost ("paid a price", "paid dearly")."""
    return any(c.dep_ in _COST_DEPS and word_in(c, words.cost_word) for c in children_of(token))
