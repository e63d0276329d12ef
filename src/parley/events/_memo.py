"""Verdicts on a token that the parse alone decides, kept for the rest of the document.

The role rules ask the same questions of the same noun for every trigger that reaches it (is it
an ethnic group's name, which town is it of); each answer walks the spaCy tree, whose every
``.head``, ``.children`` or slice builds new objects. A reader method that reads nothing but the
parse and the fixed knowledge is decorated with :func:`per_token`: its answer is kept in the
document context's ``parse_memo`` by (method, token index), and goes with the context when the
document is done. Methods that read the story so far (the last counterpart, the pending events)
must not be decorated.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["per_token"]

T = TypeVar("T")


def per_token(method: Callable[[Any, Any], T]) -> Callable[[Any, Any], T]:
    """Keep ``method(self, token)``'s answer in ``self.ctx.parse_memo``, by the method and the token's index."""
    name = method.__qualname__

    @wraps(method)
    def remembered(self: Any, token: Any) -> T:
        memo: dict[tuple[str, int], Any] = self.ctx.parse_memo
        key = (name, token.i)
        if key in memo:
            return memo[key]
        found = memo[key] = method(self, token)
        return found

    return remembered
