"""A text told as the doer of an act whose sentence is reported by someone ("The decree also commutes the
sentences of four prisoners, the presidency said", "The spokesman said the decree also ordered the release
of ...", "The bill meddles in our affairs, she said"): a decree, bill or resolution does nothing by
itself; when no issuer of it was read, the one who reports what it does speaks for the side that made or
judges it, and news (and the training gold) codes that speaker as the doer.

A way across or a market told as the doer is read the same way ("The crossing will reopen on Friday,
Dajabón's governor announced", "Kazakh officials said the crossings would reopen"): it is opened by the
side that announces it (training gold: 5 of 5 such acts over all 932 documents, see ``reported_access``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._verb_subjects import subjects_of

if TYPE_CHECKING:
    from ._roles import RoleFinder
    from ._words import EventWords

__all__ = ["access_other_side", "document_reporter"]

#: How many clause links ("and runs counter to ...", "to cut ...") may stand between the act and the report.
_CLAUSE_REACH = 3


def document_reporter(token: Any, words: EventWords, roles: RoleFinder) -> list[Entity]:
    """The speaker of the report an act done by a text or a way across stands in, or nobody (the act's
    subject is neither, the act is not reported, or the speaker names no one)."""
    subjects = subjects_of(token, words)
    if not subjects or not all(_acts_through_speaker(s, words) for s in subjects):
        return []
    speech = _reporting_verb(token, words)
    if speech is None:
        return []
    speakers = [c for c in children_of(speech) if c.dep_ == "nsubj"]
    return roles.np_entities_many(speakers)


def access_other_side(token: Any, words: EventWords, actors: list[Entity], roles: RoleFinder) -> list[Entity]:
    """ "The crossing will reopen, Dajabón's governor announced" in a story of the Dominican Republic and
    Haiti: a way across is reopened towards the state on its other side, the story's other one (training
    gold: each of the 5 reopenings told so is aimed at the story's other state). Nobody when the act's subject
    is no way across or market, or the story has no clear pair."""
    if not actors:
        return []  # no reporter was read (nearly every actorless verb): no side to aim from, no subjects to read
    subjects = subjects_of(token, words)
    if not subjects or not all(_is_access(s, words) for s in subjects):
        return []
    return roles.ctx.story_other_side(actors)


def _is_access(head: Any, words: EventWords) -> bool:
    """ "the crossing", "the market": a way across or a place of trade, as a common noun."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in words.reported_access


def _acts_through_speaker(head: Any, words: EventWords) -> bool:
    """ "the decree", "the bill", "the crossing": a text or a way across as a common noun, which does
    nothing by itself: the one who reports its act speaks for the side that does it."""
    is_text = head.pos_ == "NOUN" and head.lemma_.lower() in words.issued_text | words.reported_text
    return is_text or _is_access(head, words)


def _reporting_verb(token: Any, words: EventWords) -> Any | None:
    """The verb of saying whose reported clause the act is ("..., she said", "The spokesman said the
    decree ..."), going up through joined clauses; None when the act is told by the writer."""
    clause = token
    for _ in range(_CLAUSE_REACH):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in words.speech_verb:
            return clause.head
        if clause.dep_ not in {"conj", "xcomp"} or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None
