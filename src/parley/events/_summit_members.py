"""Who "the leaders" and "the ministers" are in the story of a summit: the international body whose
meeting the headline or lead tells ("IGAD leaders give South Sudan's parties 15 days ... The leaders
also resolved to dispatch monitors", "EU ministers slap asset freezes ... the ministers approved a
package"), not the last two states named. In a story of two states ("the presidents of Argentina and
Uruguay are meeting ... The leaders have set up a joint commission") they stay that pair.

Training gold: "the leaders"/"the ministers" are coded as the body in 8 of 8 sentences of stories whose
headline or lead names an international body as a party, and as states in 11 of 11 of the others."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._pair_people import pair_people
from ._state_pair import state_pair
from ._type_sets import INTERNATIONAL_CODES
from ._words import has_definite_article

if TYPE_CHECKING:
    from ._context import DocumentContext
    from ._words import EventWords

__all__ = ["pair_or_summit_body"]

#: The headline and the lead: the sentences that say whose meeting the story is.
_LEAD_SENTENCES = 2
#: Fewer words than this make no sentence of the lead (a time stamp, a dash).
_SENTENCE_WORDS = 3


def pair_or_summit_body(head: Any, ctx: DocumentContext, words: EventWords) -> list[Entity]:
    """Who a phrase of the story's pair ("the two sides", "the leaders") stands for: the summit's body
    (see the module's note), else the story's pair in the order the story named them."""
    if found := _summit_body(head, ctx, words):
        return found
    pair = state_pair(head, ctx, words) or ctx.pair(head.i)
    return ctx.in_story_order(pair_people(head, pair, ctx, words) or pair)


def _summit_body(head: Any, ctx: DocumentContext, words: EventWords) -> list[Entity]:
    """The international body "the leaders" (``head``, read as the story's pair) stand for, when the
    story's headline or lead names one; nothing otherwise (the caller keeps the pair)."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lower_ not in words.summit_member:
        return []
    if not has_definite_article(head, words):
        return []  # "their leaders", "both ministers": the parties named by their owner or count
    body = _lead_body(ctx, head.i)
    return [body] if body is not None else []


def _lead_body(ctx: DocumentContext, before: int) -> Entity | None:
    """The first international body named in the headline or lead, before token ``before``."""
    end = _lead_end(ctx.sdoc)
    for mention in ctx.doc.actor_mentions:
        if mention.token_start < min(end, before) and mention.entity.code in INTERNATIONAL_CODES:
            return Entity(code=mention.entity.code, sector=mention.entity.sector, entity_text=mention.text)
    return None


def _lead_end(sdoc: Any) -> int:
    """The token where the article's text after its headline and lead begins (a live blog's time stamps,
    "08:05" and "—", are parsed as sentences of their own: only sentences of some words count)."""
    end = told = 0
    for sent in sdoc.sents:
        if told == _LEAD_SENTENCES:
            break
        end = sent.end
        told += sum(t.is_alpha for t in sent) >= _SENTENCE_WORDS
    return end
