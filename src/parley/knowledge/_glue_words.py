"""The word lists of ``data/glue_words.tsv``, by role: the small words and word parts the clean stage
reads when it splits words glued together by bad scraping (``clean/_glue``)."""

from __future__ import annotations

from functools import lru_cache

from ..errors import KnowledgeError
from ._resolve_words import roles_of

__all__ = ["glue_words"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return roles_of("glue_words.tsv")


def glue_words(role: str) -> frozenset[str]:
    """The lower-case words of one role ("function", "name_tail" ...).

    A role the file does not have raises ``KnowledgeError`` E307, as ``resolve_words`` does."""
    found = _table().get(role)
    if found is None:
        raise KnowledgeError(f"glue_words.tsv: no role {role!r}", code="E307")
    return found
