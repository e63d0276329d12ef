"""An office holder the story names by title and state alone ("Croatia's foreign minister", "The Somali
President", "Chinese Premier met ..."): news then goes on with "he" or "she" for that holder, as for a
named one, so a person pronoun stands for the latest such holder when the story named it after the
last person it named ("Prime Minister Hailu ... The Somali President commended ... He also voiced")."""

from __future__ import annotations

from typing import Any

from ..document import ActorMention
from ..parse import SUBJECT_DEPS
from ._context import DocumentContext

__all__ = ["holder_after"]

#: Mention kinds that name a state, which can own an office.
_STATE_KINDS = frozenset({"name", "alias", "demonym", "capital"})
#: How a state's name or demonym hangs from the title it owns ("Croatia's minister", "the Somali President").
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def holder_after(ctx: DocumentContext, start: int, before: int, titles: frozenset[str]) -> ActorMention | None:
    """The latest state mention between tokens ``start`` and ``before`` that owns a title heading a
    clause's subject with no person named in it; None when there is none."""
    found = [
        m
        for m in ctx.doc.actor_mentions
        if start <= m.token_start
        and m.token_end <= before
        and m.kind in _STATE_KINDS
        and _owned_title(ctx, m, titles) is not None
    ]
    return max(found, key=lambda m: m.token_start, default=None)


def _owned_title(ctx: DocumentContext, mention: ActorMention, titles: frozenset[str]) -> Any | None:
    """The title word the mention's state owns as the subject of a clause ("Croatia's foreign minister
    said"), not one before a name ("Foreign Minister Wang Yi") nor a plural ("Somali ministers")."""
    last = ctx.sdoc[mention.token_end - 1]
    title = last.head
    if last.dep_ not in _OWNER_DEPS or title.i <= last.i:
        return None
    if title.lower_ not in titles or title.tag_ not in {"NN", "NNP"} or title.dep_ not in SUBJECT_DEPS:
        return None
    named = ctx.mention_at.get(title.i)
    return None if named is not None and named.kind == "person" else title
