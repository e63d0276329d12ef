"""A party chosen as an act's one target, with the parties listed beside it: "gave aid to Chad and
Niger", "welcomed the talks between Cameroon and Gabon" name every member of the list as a target,
while a party named further on in the phrase ("aid to Chad for refugees from Sudan") is none."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..document import Entity
from ._context import DocumentContext
from ._entities import same_entity, unique_by_code

__all__ = ["listed_beside", "with_its_list"]


def with_its_list(
    ctx: DocumentContext, chosen: list[Entity], phrases: list[Any], actors: list[Entity], skip: Collection[str]
) -> list[Entity]:
    """``chosen`` (at most one party, picked from ``phrases``) and the parties coordinated with the
    mention it was read from; none of them an actor, nor a code in ``skip``."""
    if len(chosen) != 1:
        return chosen
    first = chosen[0]
    for phrase in phrases:
        for token in phrase.subtree:
            mention = ctx.mention_at.get(token.i)
            if mention is None or mention.entity.code != first.code:
                continue
            kept = [e for e in listed_beside(ctx, mention) if not same_entity(e, actors) and e.code not in skip]
            return unique_by_code([first, *kept])
    return chosen


def listed_beside(ctx: DocumentContext, mention: Any) -> list[Entity]:
    """The parties coordinated with a mention's words: "Chad" of "Equatorial Guinea and Chad"."""
    words = ctx.sdoc[mention.token_start : mention.token_end]
    return [ctx.mention_at[c.i].entity for w in words for c in w.conjuncts if c.i in ctx.mention_at]
