"""Envoys and their posts: "Ethiopia's ambassador to Djibouti", "Togo's ambassador in Cotonou", "its
consul in Zwedru". The envoy is of the state that sends them (the possessor or demonym); the place
after "to"/"in" is the host, where the envoy is posted, not whose the envoy or the sentence's people are."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["envoy_host", "is_envoy_phrase", "is_envoy_post", "posted_envoys_host", "state_government"]

#: Mention kinds that name a state by itself (a name, an alias, its capital).
_STATE_KINDS = {"name", "alias", "capital"}


def is_envoy_phrase(head: Any, words: EventWords) -> bool:
    """The phrase of ``head`` names an envoy: its head is an envoy noun ("the ambassador"), or a named
    envoy's title is glued to the name as the parser's compound ("Ambassador Anatoly Antonov", whose
    head is the surname)."""
    return word_in(head, words.envoy_noun) or any(
        c.dep_ == "compound" and word_in(c, words.envoy_noun) for c in children_of(head)
    )


def is_envoy_post(pobj: Any, words: EventWords) -> bool:
    """The token is the place an envoy is posted to ("ambassador to Djibouti", "consul in Zwedru")."""
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.envoy_post_prep:
        return False
    return prep.head.lemma_.lower() in words.envoy_noun or prep.head.lower_ in words.envoy_noun


def envoy_host(head: Any, ctx: DocumentContext) -> Entity | None:
    """The government of the state an envoy phrase says the envoy is posted to, else None."""
    for prep in children_of(head):
        for pobj in children_of(prep):
            if is_envoy_post(pobj, ctx.words) and (host := state_government(pobj, ctx)) is not None:
                return host
    return None


def state_government(pobj: Any, ctx: DocumentContext) -> Entity | None:
    """The government of the state a place phrase names ("to Djibouti", "in Cotonou", "from Tehran"): a
    mention that names a state by itself, else the country of the place the phrase names; else None."""
    mention = ctx.mention_at.get(pobj.i)
    if mention is not None and mention.kind in _STATE_KINDS:
        return Entity(code=mention.entity.code, sector="GOV", entity_text="")
    place = ctx.place(ctx.sdoc[pobj.left_edge.i : pobj.i + 1].text)
    if place.country_code:
        return Entity(code=place.country_code, sector="GOV", entity_text="")
    return None


def posted_envoys_host(subjects: list[Any], dealt_with: list[Any], ctx: DocumentContext) -> list[Entity]:
    """ "Ethiopia's ambassador to Djibouti met port officials", "the consul in Hargeisa thanked the
    president": the officials an envoy deals with, named by their office with no country, are those of
    the state the envoy is posted to (empty when the envoy's post is not said, or a party is named)."""
    if not dealt_with or not all(_unnamed_host_party(h, ctx) for h in dealt_with):
        return []
    hosts = [h for s in subjects if (h := envoy_host(s, ctx)) is not None]
    return hosts[:1]


def _unnamed_host_party(head: Any, ctx: DocumentContext) -> bool:
    """The phrase is an office or officials ("port officials", "the Assistant Undersecretary") with no
    word that names an actor."""
    words = ctx.words.host_party
    if head.lemma_.lower() not in words and head.lower_ not in words:
        return False
    return all(t.i not in ctx.mention_at for t in ctx.sdoc[head.left_edge.i : head.right_edge.i + 1])
