"""Information passed from one state's services to another's ("acting on a tip-off from Spanish police,
Moroccan officers seized ...", "information provided by the Royal Thai Police"): the training gold codes
it COOPERATE, the source's state helping the state that acted on it (4 of 4 "from" phrases naming a state's
police, service or capital). Information from anyone else ("a tip-off from local residents", "information
from state media") is no act between states."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._type_sets import INTERNATIONAL_CODES
from ._words import EventWords

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["is_tip_noun", "tip_from_no_service", "tip_sources"]


def is_tip_noun(token: Any, words: EventWords) -> bool:
    """ "information", "intelligence", "tipoff", and the "off" of a hyphened "tip-off" (the parser hangs
    "tip" on it as a compound)."""
    if token.lemma_.lower() in words.tip_noun or token.lower_ in words.tip_noun:
        return True
    return any(c.dep_ == "compound" and f"{c.lower_}-{token.lower_}" in words.tip_noun for c in children_of(token))


def tip_sources(token: Any) -> list[Any]:
    """The heads of the phrases naming where the information came from: its "from" phrase ("a tip-off
    from Singaporean police and Interpol", each joined name too), or the "by" phrase of a participle
    describing it ("information provided by the Royal Thai Police")."""
    preps = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "from"]
    participles = [c for c in children_of(token) if c.dep_ == "acl" and c.tag_ == "VBN"]
    preps += [b for p in participles for b in children_of(p) if b.dep_ in {"agent", "prep"} and b.lower_ == "by"]
    heads = [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.conjuncts]


def _names_state_service(head: Any, roles: RoleFinder) -> bool:
    """The phrase names a state's own police, forces, service or government ("Malaysian police", "the
    Australian Federal Police", "Bogotá"), not its people or press ("local residents", "state media")."""
    ctx = roles.ctx
    span = ctx.sdoc[head.left_edge.i : head.i + 1]
    states = [ctx.mention_at[t.i].entity for t in span if t.i in ctx.mention_at]
    states = [e for e in states if e.code not in INTERNATIONAL_CODES]
    if not states:
        return False
    sector = next((e.sector for e in states if e.sector), None) or roles.mentions.sector_of(span)[0]
    return sector is not None and sector.lower() in roles.matcher.words.service_sector


def tip_from_no_service(token: Any, type_: str, roles: RoleFinder) -> bool:
    """A COOPERATE read at a noun of information whose source is named but is no state's service: no
    help given by one state to another ("arrested after a tip-off from local residents")."""
    if type_ != "COOPERATE" or not is_tip_noun(token, roles.matcher.words):
        return False
    sources = tip_sources(token)
    return bool(sources) and not any(_names_state_service(s, roles) for s in sources)
