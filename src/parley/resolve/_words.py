"""The word lists the resolve stage reads (``data/resolve_words.tsv``), by role."""

from __future__ import annotations

from functools import lru_cache

from ..knowledge import bundled_path, read_table

__all__ = ["words"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for row in read_table(bundled_path("resolve_words.tsv"), "resolve_words", ("word", "role")):
        roles.setdefault(row.get("role"), set()).add(row.get("word").lower())
    return {role: frozenset(found) for role, found in roles.items()}


def words(role: str) -> frozenset[str]:
    """The lower-case words of one role ("speech", "onset", "facility" ...); empty for an unknown role."""
    return _table().get(role, frozenset())
