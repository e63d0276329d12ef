"""A word of an institution's name is no act: "Ministry of Foreign Affairs and International Trade",
"Japan's Joint Staff Office said ...", "The King Salman Humanitarian Aid and Relief Centre said ..." name a
body, and tell no trade, joint work or aid of the story."""

from __future__ import annotations

from typing import Any

from .._sent_starts import sentence_of
from ..parse import VERB_POS

__all__ = ["is_word_of_name"]


def _is_capitalised_inside(token: Any) -> bool:
    """A word written with a capital inside its sentence (the first word is capitalised anyway)."""
    return token.is_title and not token.is_sent_start


def _is_title_case_line(token: Any) -> bool:
    """A headline in title case ("Japan Extends Grant Aid of 1.2 Billion Yen") capitalises its verb too."""
    return any(t.i != token.i and t.pos_ in VERB_POS and _is_capitalised_inside(t) for t in sentence_of(token))


def is_word_of_name(token: Any) -> bool:
    """A capitalised word right after a capitalised proper noun inside a sentence ("International Trade",
    "Staff Office", "Humanitarian Aid"; the parser reads the word now as a noun, now as a verb): a word of a
    name. Training gold codes no act at a capitalised word but a meeting's ("The Ordinary Meeting of the
    Summit", "the next Foreign Affairs Council", which callers leave alone). A title-case headline is
    left alone."""
    if token.i == 0 or not _is_capitalised_inside(token):
        return False
    before = token.doc[token.i - 1]
    if before.pos_ != "PROPN" or not _is_capitalised_inside(before):
        return False
    return not _is_title_case_line(token)
