"""A text told as the doer of an act whose sentence is reported by someone ("The decree also commutes the
sentences of four prisoners, the presidency said", "The spokesman said the decree also ordered the release
of ...", "The bill meddles in our affairs, she said"): a decree, bill or resolution does nothing by
itself; when no issuer of it was read, the one who reports what it does speaks for the side that made or
judges it, and news (and the training gold) codes that speaker as the doer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._verb_subjects import subjects_of

if TYPE_CHECKING:
    from ._roles import RoleFinder
    from ._words import EventWords

__all__ = ["document_reporter"]

#: How many clause links ("and runs counter to ...", "to cut ...") may stand between the act and the report.
_CLAUSE_REACH = 3


def document_reporter(token: Any, words: EventWords, roles: RoleFinder) -> list[Entity]:
    """The speaker of the report an act done by a text stands in, or nobody (the text's subject is not an
    issued text, the act is not reported, or the speaker names no one)."""
    subjects = subjects_of(token, words)
    if not subjects or not all(_is_text(s, words) for s in subjects):
        return []
    speech = _reporting_verb(token, words)
    if speech is None:
        return []
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    return roles.np_entities_many(speakers)


def _is_text(head: Any, words: EventWords) -> bool:
    """ "the decree", "the bill", "the resolution": a text as a common noun."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in words.issued_text | words.reported_text


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
