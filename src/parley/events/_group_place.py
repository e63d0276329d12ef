"""Whether a place a sentence names is where an unnamed group ("the ministry", "officials") is: a
place in the group's own clause or above it, not one in what the group says ("the ministry said its
office in Jakarta was closed")."""

from __future__ import annotations

from typing import Any

from ..parse._clause_deps import GROUP_CLAUSE_DEPS

__all__ = ["in_own_clause"]


def clause_root(tok: Any) -> Any:
    """The head of the clause a token is in: its nearest ancestor that opens a clause, else the root."""
    step = tok
    while step.dep_ not in GROUP_CLAUSE_DEPS:
        head = step.head  # read once: each read builds a spaCy Token
        if head.i == step.i:
            break
        step = head
    return step


def in_own_clause(place: Any, group: Any) -> bool:
    """Whether a place (its last token) may be where the group is: not one inside a clause below the
    group's own ("the ministry said its office in Jakarta was closed": the place is in what is said).
    A place in the group's clause or above it counts ("In Yerevan, police ...", "his family in Grozny
    say police searched the house")."""
    own, where = clause_root(group), clause_root(place)
    return where.i == own.i or not own.is_ancestor(where)
