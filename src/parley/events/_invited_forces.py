"""Forces moved on a host's consent: "Twelve officers of the New Zealand Police arrived at Bauerfield
airport at the invitation of the Vanuatu government", "Australia flew 120 Federal Police officers to
Port Moresby at the request of the Papua New Guinea government". Forces sent, flown or arriving "at the
request/invitation of" another state come to help it (AID), not to show force (MOBILIZE) nor to pay a
visit (CONSULT): the training gold codes such moves AID 4 of 4 (arrived, flew, will deploy, would send;
"placed extra officers along the riverbank at the request of the Thai side", a move at home, is no
sending and keeps its type). A leader's visit "at the invitation of his counterpart" stays a visit: a
visit is retyped only when forces or officers make it."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._act_kinds import carries_load
from ._words import EventWords, word_in

__all__ = ["moved_on_consent"]

#: Subjects of a verb: the forces making the move ("officers arrived", "troops were flown").
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _at_consent(verb: Any, words: EventWords) -> bool:
    """The verb has "at the request/invitation of ..." (or "at Ecuador's request")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and any(o.dep_ == "pobj" and word_in(o, words.consent_noun) for o in children_of(prep))
        for prep in children_of(verb)
    )


def _forces_move(verb: Any, words: EventWords) -> bool:
    """Forces or officers make the move ("officers arrived") or a transport verb carries a load ("flew
    troops to")."""
    forces = words.military_force | words.force_member
    if any(c.dep_ in _SUBJECT_DEPS and word_in(c, forces) for c in children_of(verb)):
        return True
    return word_in(verb, words.transport_verb) and carries_load(verb)  # "visited Abuja" carries nothing


def moved_on_consent(type_: str, verb: Any, words: EventWords) -> bool:
    """A deployment (MOBILIZE) or a forces' arrival (CONSULT) made at another's request or invitation."""
    if type_ == "MOBILIZE":
        return _at_consent(verb, words)
    return type_ == "CONSULT" and _at_consent(verb, words) and _forces_move(verb, words)
