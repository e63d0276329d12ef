"""Whose an unnamed force is when the story has just named one of its kind: "Bolivian police burst
into the consulate. Masked agents scaled the fence" - the officers are the police
told a sentence before, Ecuador's, whatever state the story names most."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..knowledge import NON_STATE_CODES
from ._words import word_in

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["STATE_FORCES", "force_told_before"]

#: Sectors of a state's armed or police forces, whose unnamed members point back at a force just told.
STATE_FORCES = frozenset({"COP", "MIL"})
#: How a state's word hangs from the force noun it names ("Ecuadorean police", "Kenya's troops").
_NAMING_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
#: Mentions that name a state by its own words.
_STATE_WORDS = frozenset({"name", "alias", "demonym"})


def force_told_before(
    head: Any, sector: str, ctx: DocumentContext, sector_of: Callable[[Any], tuple[str | None, str | None]]
) -> str | None:
    """The state whose forces of ``sector`` a state's word named in the sentence before ``head``'s or
    earlier in its own; None when none, or when two states' forces were told there. A
    ship's crew is no force ("Russian sailors arrested ... Coast guard officers arrested the captain":
    data/event_words.tsv crew_noun)."""
    crews = ctx.words.crew_noun
    start = ctx.sent_start[head.i]
    first = ctx.sent_start[start - 1] if start > 0 else start
    codes: list[str] = []
    for m in ctx.doc.actor_mentions:
        if not first <= m.token_start < head.i or m.entity.code in NON_STATE_CODES:
            continue
        word = ctx.sdoc[m.token_end - 1]
        noun = word.head
        if m.kind not in _STATE_WORDS or word.dep_ not in _NAMING_DEPS or noun.i == word.i:
            continue
        if word_in(noun, crews) or noun.i in ctx.mention_at:
            continue
        if sector_of(ctx.sdoc[noun.i : noun.i + 1])[0] == sector:
            codes.append(m.entity.code)
    return codes[0] if len(set(codes)) == 1 else None
