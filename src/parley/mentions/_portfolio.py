"""An office's portfolio read as a name: "Foreign Affairs" of "the Minister of Foreign Affairs of the
State of Kuwait" stands for the minister (the parser finds a run of proper nouns and no name after
it), but its words are no one's name. Registered as name parts, "Foreign", "Affairs" and "Trade"
found every later ministry of that portfolio (and the noun "Trade" opening a sentence) again as the
first minister, whatever state it belonged to: "the Deputy Minister of Foreign Affairs of the State
of Kuwait and the Minister of Foreign Affairs and Senegalese Abroad" gave Kuwait to both. Training
corpus: 53 portfolio mentions in 41 documents; in 7 of them their words were found again as that
person 18 times, never rightly: 17 were no person at all, and "Trade" of the Mongolian Minister of
Trade took the earlier Chinese Vice Minister of Foreign Trade's China. Each portfolio's own
words (the title's "of Serbia", the story's state) say whose office it is.
Read by the people reading of the mentions stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..knowledge import resolve_words

__all__ = ["follows_title", "portfolio_only"]


def follows_title(span: Any, is_title_word: Callable[[Any], bool]) -> bool:
    """True when ``span`` stands right after a title word and "of"/"for" ("Minister of Foreign
    Affairs", "Cabinet Secretary for Defence"): the office's portfolio, not a person's name."""
    if span.start < 2:
        return False
    prep, title = span.doc[span.start - 1], span.doc[span.start - 2]
    return prep.lower_ in resolve_words("portfolio_prep") and is_title_word(title)


def portfolio_only(span: Any, is_title_word: Callable[[Any], bool]) -> bool:
    """True when ``span`` is a portfolio and nothing more: no word of it is tagged as a person's
    ("Defense Takeshi Morimoto" holds the minister's name, which the story may call him by later)."""
    named = span.label_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in span)
    return follows_title(span, is_title_word) and not named
