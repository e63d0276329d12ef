"""Complaints taken to a body: the accusation is aimed at the state accused, not at the forum that hears
it; the announcement of a complaint accuses, and its withdrawal yields to the accused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS
from ._entities import unique_by_code
from ._parse import prep_objects
from ._type_sets import INTERNATIONAL_CODES
from ._words import EventWords

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["FORUM_CODES", "accused_not_forum", "announces_complaint", "complaint_dropped_for", "drops_complaint"]

#: The codes of bodies a complaint is taken to, rather than states it is aimed at.
FORUM_CODES = INTERNATIONAL_CODES


def drops_complaint(token: Any, words: EventWords) -> bool:
    """ "dropped its complaint to the Security Council", "withdrew the case": a climbdown whose object is a
    grievance taken to a body (data/event_words.tsv complaint_noun)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.complaint_noun for c in children_of(token))


def announces_complaint(token: Any, words: EventWords) -> bool:
    """ "will file a complaint at the ICJ", "said a lawsuit would be brought", "would sue the customs
    service": a grievance to be taken to a court or body is announced, and the announcement accuses
    (data/event_words.tsv complaint_noun, complaint_verb)."""
    if token.lemma_.lower() in words.complaint_verb or token.lower_ in words.complaint_noun:
        return True
    return any(c.dep_ in ACTED_ON_DEPS and c.lemma_.lower() in words.complaint_noun for c in children_of(token))


def complaint_dropped_for(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "Harare said it would drop its complaint to the regional bloc": a complaint withdrawn yields to
    the state it accused (named, or the story's counterpart), not to the body that was to hear it."""
    kept = accused_not_forum(cand, roles)
    if kept or not cand.recipients:
        return kept
    return roles.ctx.counterparts(cand.actors, "ACCUSE")


def accused_not_forum(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "complained to the U.N. Security Council about Chilean naval drills", "filed a complaint with
    the WTO": an accusation taken to a body is aimed at whom it accuses (named after "about", "against",
    "over"), not at the body, which only hears it; with the accused unnamed, none (the story's counterpart
    is guessed next). Other recipients are kept as they are."""
    token = cand.token
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    # "withdrew a complaint it had lodged with the OAS": the body may be named in a clause on the complaint
    heads = [token] + objects + [c for o in objects for c in children_of(o) if c.dep_ == "relcl"]
    if token.dep_ == "dobj":
        heads.append(token.head)  # "lodged a complaint with the AU": the verb's phrase holds the body
    words = roles.words
    bodies = prep_objects(heads, words.forum_prep)
    forum_codes = {e.code for e in roles.np_entities_many(bodies)}
    if not forum_codes or not forum_codes <= FORUM_CODES or not {r.code for r in cand.recipients} & forum_codes:
        return cand.recipients
    others = [r for r in cand.recipients if r.code not in forum_codes]  # "a case against Chile at the ICJ"
    # "to the WTO over Japan's export curbs": what the complaint is about may hang from the body's name
    accused = roles.np_entities_many(prep_objects(heads + bodies, words.topic_prep - words.forum_prep))
    skip = forum_codes | {a.code for a in cand.actors}
    return others or unique_by_code([e for e in accused if e.code not in skip])
