"""Joint work of both sides' people: "police from both sides exchanged lists of wanted men", "customs
officers from both countries processed trucks together", "engineers from both armies began a joint
survey". The subject is a group of each state of the story's pair, so the act is each side's work with
the other: both states act and both are worked with (training gold codes such acts COOPERATE, one side
as actor and the other as recipient, or both as actors; which one it names first follows no rule of the
sentence). Other acts of such a group (a search, a seizure, a meeting) keep the roles found."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ..parse import OBJECT_DEPS, VERB_POS
from ._entities import unique_by_code
from ._verb_subjects import subjects_of

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._words import EventWords

__all__ = ["both_sides_at_work"]

_PAIR_SIZE = 2


def _acting_subjects(token: Any, words: EventWords) -> list[Any]:
    """The subjects of the act: of the verb itself, or of the verb whose object the act's noun is
    ("began a joint survey", "have carried out 14 joint operations")."""
    if token.pos_ in VERB_POS:
        return subjects_of(token, words)
    if token.dep_ in OBJECT_DEPS and token.head.pos_ in VERB_POS:
        return subjects_of(token.head, words)
    return []


def _of_both_sides(subject: Any, words: EventWords) -> bool:
    """ "police from both sides", "officers from the two countries", "engineers from both armies": a
    group said to come from the pair (by a belonging preposition whose object is counted as two)."""
    if subject.pos_ != "NOUN":
        return False
    for prep in children_of(subject):
        if prep.dep_ != "prep" or prep.lower_ not in words.belonging_prep:
            continue
        for pobj in children_of(prep):
            if pobj.dep_ == "pobj" and any(c.lower_ in words.pair_word for c in children_of(pobj)):
                return True
    return False


def both_sides_at_work(cand: Candidate, words: EventWords) -> None:
    """Both states of the pair as actors and as recipients of a cooperative act whose subject is a
    group of both sides (see the module's note); the roles found otherwise."""
    if cand.type != "COOPERATE":
        return
    pair = unique_by_code(cand.actors + cand.recipients)
    if len(pair) != _PAIR_SIZE or not any(_of_both_sides(s, words) for s in _acting_subjects(cand.token, words)):
        return
    sector = cand.actors[0].sector if cand.actors else None
    both = [Entity(code=e.code, sector=sector, entity_text=e.entity_text) for e in pair]
    cand.actors, cand.recipients = both, list(both)
