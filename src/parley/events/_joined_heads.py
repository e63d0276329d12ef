"""The first of words joined by "and"/"or". The parser hangs the later conjuncts from the first
("without consulting or informing its neighbours": "informing" hangs from "consulting"), so a check of
how a word stands in its clause asks it of the first conjunct."""

from __future__ import annotations

from typing import Any

__all__ = ["first_of_joined"]


def first_of_joined(token: Any, max_steps: int) -> Any:
    """The word the token is joined to, followed up at most ``max_steps`` conjunctions (the token
    itself when it is joined to none)."""
    for _ in range(max_steps):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token
