"""The party a conditional threat is aimed at: "would close the border unless Bishkek paid", "Should
the U.S. persist in its sanctions, the DPRK will take countermeasures". The condition names whose
conduct the threat would answer; its subject, when a name, is the one threatened (not a place or a
third party the threatened act happens to name, "would block the Laredo crossing unless Washington
delays the rule")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS
from ._words import EventWords

__all__ = ["condition_subjects", "is_threat_condition"]

#: The clauses under a threat verb that may hold the promised act with its condition ("warned that
#: it would cut gas unless ...", "threatened to expel the envoy if ...").
_ACT_CLAUSES = frozenset({"ccomp", "xcomp"})


def condition_subjects(verb: Any, words: EventWords, *, threat_verb: bool = False) -> list[Any]:
    """The named subjects (proper-noun heads) of the conditions a promised act ``verb`` is held over;
    for a threat verb (``threat_verb``) also of the conditions of the act it governs. Empty when the
    condition's subject is no name ("if the government did not act", "if the attacks continued")."""
    verbs = [verb]
    if threat_verb:
        verbs += [c for c in children_of(verb) if c.dep_ in _ACT_CLAUSES]
    # "would be compelled to take countermeasures if the U.S. persisted": the act an infinitive names
    verbs += [c for v in list(verbs) for c in children_of(v) if c.dep_ == "xcomp"]
    conditions = [c for v in verbs for c in children_of(v) if c.dep_ == "advcl" and _is_condition(c, words)]
    return [s for c in conditions for s in children_of(c) if s.dep_ in SUBJECT_DEPS and s.pos_ == "PROPN"]


def is_threat_condition(clause: Any, words: EventWords) -> bool:
    """The clause is a condition a threat may be held over: opened by a threat subordinator ("if",
    "unless", "until"), or by an auxiliary put before its subject when the act it governs is promised
    with "will" ("Should the U.S. persist in its sanctions, the DPRK will take countermeasures"; training
    gold: THREATEN 5 of 5 such "will" clauses, none of the 3 with "would" or "could", which tell a plan
    or a guess)."""
    if _opened_by_subordinator(clause, words):
        return True
    promised = any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in children_of(clause.head))
    return promised and _opens_before_subject(clause, words)


def _is_condition(clause: Any, words: EventWords) -> bool:
    """A clause opened by a threat subordinator ("if", "unless"), or by an auxiliary put before its
    subject ("Should the U.S. persist")."""
    return _opened_by_subordinator(clause, words) or _opens_before_subject(clause, words)


def _opened_by_subordinator(clause: Any, words: EventWords) -> bool:
    """The clause is opened by a threat subordinator ("if", "unless", "until")."""
    return any(c.dep_ == "mark" and c.lower_ in words.threat_condition for c in children_of(clause))


def _opens_before_subject(clause: Any, words: EventWords) -> bool:
    """The clause's auxiliary stands before its subject ("Should the U.S. persist", "Had the work continued")."""
    auxes = [
        c for c in children_of(clause) if c.dep_ in {"aux", "auxpass"} and c.lower_ in words.inverted_condition_aux
    ]
    subjects = [c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS]
    return bool(auxes and subjects and auxes[0].i < subjects[0].i)
