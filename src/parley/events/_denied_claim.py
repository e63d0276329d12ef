"""An act told inside a claim that its speaker denies ("Malaysia rejected claims that its soldiers moved
boundary markers"): the claim is what is rejected, and the act in it is not told as done. The denial
stays an event of its own (REJECT); the claimed act does not make one."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS, SUBJECT_DEPS, VERB_POS
from ._parse import governing_verb
from ._words import EventWords

__all__ = ["is_denied_claim"]

#: Links from an act up to the clause it stands in ("reports that the armies had begun withdrawing").
#: Not "and": the parser joins the speaker's next act to the claim's verb ("dismissed the claim that the
#: ship had entered Finnish waters and charged Helsinki with spy mania", gold ACCUSE asserted).
_CLAUSE_LINKS = {"xcomp"}


def is_denied_claim(token: Any, words: EventWords) -> bool:
    """ "denied reports that the two armies had begun withdrawing troops", "rebuffed media reports that
    troops had violated the ceasefire": an act in the finite clause of a claim noun (data/event_words.tsv
    claim_noun) that a denial verb (denial_verb) takes as its object (training gold: 0 of 14 such acts
    coded as asserted; 9 coded negated, 5 not at all)."""
    clause = token if token.pos_ in VERB_POS else governing_verb(token)
    for _ in range(4):
        if clause is None or clause.head.i == clause.i:
            return False
        if clause.dep_ in {"acl", "ccomp"} and _is_finite(clause) and _is_denied_noun(clause.head, words):
            return True
        if clause.dep_ not in _CLAUSE_LINKS:
            return False
        clause = clause.head
    return False


def _is_finite(clause: Any) -> bool:
    """A clause with a subject or a "that" of its own ("that its soldiers moved"), not a participle that
    only describes the noun ("reports published on Monday")."""
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in children_of(clause))


def _is_denied_noun(noun: Any, words: EventWords) -> bool:
    """A claim noun that a denial verb takes as its object, directly or through "as"."""
    if noun.lemma_.lower() not in words.claim_noun:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in words.denial_verb
    # its object ("denied reports that") or a passive subject ("the reports were rejected")
    return noun.dep_ in ACTED_ON_DEPS and head.lemma_.lower() in words.denial_verb
