"""Whom "the neighbouring country" names: a state's neighbour is never the state itself.

"Caracas said the troops of the neighbouring country had attacked a border post", in a story of
Venezuela and Colombia, names Colombia; read as any unnamed country, the phrase took the story's (or the
speaker's) own state and coded Venezuela attacking Venezuela. A singular state noun ("country", "state",
"nation") after a neighbour word ("neighbouring") names the other state of the story's one clear pair,
when the sentence (or, when it names none, the story) tells one of the pair as the neighbour's owner;
else nobody, rather than the owner itself. The knowledge has no table of borders, so a story without a
clear pair leaves the phrase unresolved. Training gold: every singular "neighbouring country/state/nation"
coded as an argument is coded as another state than the sentence's own (1 of 1, "allegations made by
certain media in a neighbouring country" in a Lao story, coded Thailand).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ._context import STATE_KINDS, DocumentContext
from ._words import EventWords

__all__ = ["is_neighbouring_state", "neighbouring_state", "of_neighbouring_state"]

#: Mentions that tell a state of the sentence ("Caracas said", "Venezuela and Colombia").
_OWNER_KINDS = STATE_KINDS | {"capital"}


def is_neighbouring_state(head: Any, words: EventWords) -> bool:
    """ "the neighbouring country", "a neighboring state": a singular state noun a neighbour word modifies."""
    if head.tag_ != "NN" or head.lemma_.lower() not in words.state_noun:
        return False
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in words.neighbour_adjective for c in children_of(head))


def of_neighbouring_state(head: Any, words: EventWords) -> bool:
    """ "troops from the neighbouring country": a group of a neighbour is not of the sentence's own state,
    so it is no guess at it when the neighbour is unresolved."""
    for c in children_of(head):  # plain loops, not ``any`` over generators: every group's head is asked
        if c.dep_ == "prep":
            for o in children_of(c):
                if o.dep_ == "pobj" and is_neighbouring_state(o, words):
                    return True
    return False


def neighbouring_state(head: Any, ctx: DocumentContext) -> list[Entity]:
    """The other state of the story's pair, when the sentence's states (else the story's own state) are
    one of the pair; nobody otherwise."""
    told = {
        m.entity.code
        for m in ctx.mentions_from.get(ctx.sent_start[head.i], [])
        if m.kind in _OWNER_KINDS and not m.token_start <= head.i < m.token_end
    }
    pair = set(ctx.story_pair_codes())
    home = {ctx.home} if ctx.home else set()
    owners = (told or home) & pair
    if len(owners) != 1:
        return []
    other = ctx.story_other_side([Entity(code=owners.pop(), sector=None, entity_text="")])
    return [Entity(code=e.code, sector=None, entity_text=head.text) for e in other]
