"""Whom an answer told in a relative clause is aimed at when the clause hangs on a noun that names the
sentence's main act again after a comma: "Dublin had proposed that the Council allow airdrops,
a plan Moscow and Beijing turned down", "New Delhi blamed the raid on the army, a charge Islamabad rejected",
"Nepal published a new map, a move India called untenable". The noun stands for what the main clause's
subject proposed, claimed or did, so the answer goes to that subject.

Without this reading the story's guess took whoever the answerer dealt with last, or a state named
inside the main clause (validation: China and Russia's rebuff of Kouchner's idea went to Myanmar).
Training gold: 12 of 12 such answers whose main clause has a coded subject are aimed at it (eight
refusals of an offer, request or proposal, two denials of a charge, two judgements of a move).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from .._sent_starts import sentence_of, sentence_start
from ._entities import unique_by_code
from ._words import has_indefinite_determiner

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["restated_act_doers"]

#: The main clause's doer: its active subject (a passive subject is the one acted on).
_SUBJECT_DEPS = {"nsubj"}


def restated_act_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The parties the main clause's subject names, when the trigger is the relative clause of an
    indefinite ``restated_noun`` set after a comma ("..., an idea China rebuffed")."""
    token = cand.token
    noun = token.head
    if token.dep_ != "relcl" or noun.lemma_.lower() not in roles.words.restated_noun:
        return []
    # "a charge", "an idea": a definite noun ("the offer Bangkok declined") points back to an earlier sentence
    if not has_indefinite_determiner(noun, roles.words) or not _after_comma(noun):
        return []
    root = sentence_of(token).root
    subjects = [c for c in children_of(root) if c.dep_ in _SUBJECT_DEPS and c.i < noun.i]
    if root.i >= noun.i or not subjects:
        return []
    actors = {a.code for a in cand.actors}
    return [e for e in unique_by_code(roles.np_entities_many(subjects)) if e.code not in actors]


def _after_comma(noun: Any) -> bool:
    """The noun phrase opens right after a comma: set beside the clause, not its object."""
    start = noun.left_edge.i
    return start > sentence_start(noun) and noun.doc[start - 1].text == ","
