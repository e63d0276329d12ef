"""The word lists of ``data/resolve_words.tsv``, by role.

The resolve stage reads most of them, but the parse, mentions and events stages read some too, so they
live here, below every stage, rather than in the resolve package, whose resolver reads the events stage
(and through it the mentions stage): read from there, they made ``import parley.mentions`` circular.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import KnowledgeError
from ._load import bundled_path
from ._tsv import read_table

__all__ = ["is_seat_city", "roles_of", "words"]


def roles_of(file: str) -> dict[str, frozenset[str]]:
    """The lower-case words of each role of a bundled ``word``/``role`` table (``resolve_words.tsv``,
    ``glue_words.tsv``); the table's name is the file's without ``.tsv``."""
    roles: dict[str, set[str]] = {}
    for row in read_table(bundled_path(file), file.removesuffix(".tsv"), ("word", "role")):
        roles.setdefault(row.get("role"), set()).add(row.get("word").lower())
    return {role: frozenset(found) for role, found in roles.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return roles_of("resolve_words.tsv")


#: The table once read (``_table``'s): the readers ask for a role per token (~750 times an article), and
#: a plain dict lookup costs half of calling the cached ``_table`` first.
_ROLES: dict[str, frozenset[str]] = {}


def words(role: str) -> frozenset[str]:
    """The lower-case words of one role ("speech", "onset", "facility" ...).

    A role the file does not have raises ``KnowledgeError`` E307: a misspelt name at a call would
    otherwise read as an empty list and quietly switch its reading off."""
    try:
        return _ROLES[role]
    except KeyError:
        if not _ROLES:  # the first call: read the file
            _ROLES.update(_table())
            if role in _ROLES:
                return _ROLES[role]
        raise KnowledgeError(f"resolve_words.tsv: no role {role!r}", code="E307") from None


def is_seat_city(name: str) -> bool:
    """A city that seats international bodies ("Geneva", "The Hague"; role ``seat``): who meets, is
    placed or files a story there is not thereby of its host state."""
    return name.lower() in words("seat")
