"""Whom a call or a meeting reaches when no state is named: the one called, the host's officials."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._entities import unique_by_code
from ._parse import prep_objects
from ._type_sets import AGENT_CODES

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["contact_addressees", "hosts_officials"]


def contact_addressees(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "called his Azerbaijani counterpart to express full solidarity", "phoned Romania's president to
    express support": what is said in the "to" clause of a call (data/event_words.tsv contact_verb) is
    said to whom the call was made, when the clause names no one of its own."""
    token, contact = cand.token, cand.token.head
    if token.dep_ not in {"xcomp", "advcl"} or contact.lemma_.lower() not in roles.words.contact_verb:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return []
    heads = [c for c in children_of(contact) if c.dep_ in {"dobj", "dative"}]
    heads += prep_objects([contact], roles.words.recipient_prep)
    own = {a.code for a in cand.actors}
    return [e for e in unique_by_code(roles.np_entities_many(heads)) if e.code not in own]


def hosts_officials(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "the ambassador met port officials", "paid a courtesy call on the Prime Minister", "held talks
    with the Assistant Undersecretary": officials met by a title alone, with no state named, are of the
    country the meeting is held in (where the sentence or the story is), when that is not the actor's
    own: a visitor meets the host's officials. At home such a title says nothing of whose it is."""
    ctx = roles.ctx
    token = cand.token
    heads = [token] + [c for c in children_of(token) if c.dep_ == "dobj"]
    met = [c for c in children_of(token) if c.dep_ in {"dobj", "dative"}] + prep_objects(
        heads, roles.words.meeting_prep
    )
    titled = [h for h in met if h.pos_ in {"NOUN", "PROPN"} and h.i not in ctx.mention_at and _title_only(h, roles)]
    host = ctx.sentence_country(token) or ctx.home
    own = {a.code for a in cand.actors}
    if not titled or host is None or not own or host in own | AGENT_CODES:
        return []
    sector = roles.mentions.sector_of(ctx.sdoc[titled[0].i : titled[0].i + 1])[0] or "GOV"
    return [Entity(code=host, sector=sector, entity_text="")]


def _title_only(head: Any, roles: RoleFinder) -> bool:
    """The phrase names a title or role ("port officials", "the Prime Minister") and no actor: none of
    its words is an actor's name."""
    phrase = roles.ctx.sdoc[head.left_edge.i : head.right_edge.i + 1]
    if any(t.i in roles.ctx.mention_at for t in phrase):
        return False
    return roles.mentions.sector_of(roles.ctx.sdoc[head.left_edge.i : head.i + 1])[0] is not None
