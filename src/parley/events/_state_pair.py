"""Who "the two countries" and "both governments" are: two states. The story's one clear pair of states
when it has one (in a story of Chad and Sudan where a Qatari envoy last met one of them, "the two
countries' shared drills" are Chad's and Sudan's, not the envoy's meeting's parties), else the latest
two-party event whose parties are both states (a meeting of a minister with a United Nations envoy
names no two countries).

Training gold: 132 "the two"/"both" + state-noun phrases coded as actors or recipients, none of them to
an international body, a group or a company; in 4 of them a body was among the two most-named parties
before, and the gold still coded the two states."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ..knowledge import NON_STATE_CODES
from ._third_party import two_sides

if TYPE_CHECKING:
    from ._context import DocumentContext
    from ._words import EventWords

__all__ = ["state_pair"]

#: How many of the latest events are read for a two-state event (the look-up does not grow with the article).
_REACH = 40


def state_pair(head: Any, ctx: DocumentContext, words: EventWords) -> list[Entity]:
    """The two states a counted state noun ("the two countries", "both capitals") stands for; empty when
    the head is no state noun (the caller reads the pair as for "the two sides")."""
    if head.lemma_.lower() not in words.pair_state_head and head.lower_ not in words.pair_state_head:
        return []
    if story := ctx.story_pair_codes():
        told = {e.code: e for e in ctx.recent}
        return [told.get(c) or Entity(code=c, sector=None, entity_text="") for c in story]
    pair = ctx.pair(head.i)
    if pair and _all_states(pair):
        return pair
    for event in reversed(ctx.history[-_REACH:] + ctx.pending):
        if (sides := two_sides(event)) and _all_states(sides):
            return sides
    return ctx.last_states(2, head.i)


def _all_states(parties: list[Entity]) -> bool:
    """None of the parties is an international body, a group or a company."""
    return all(p.code not in NON_STATE_CODES for p in parties)
