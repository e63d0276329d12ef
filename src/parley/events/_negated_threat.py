"""Negated threats: a threat is made by denying restraint ("will not hesitate to strike", "will not
tolerate", "will not go unanswered", "won't stand by") or by a refusal held over a condition ("would not
take part in the vote unless the roll was revised"), and denied by any other negation ("has not
threatened to retaliate", "will not back its threats with warships", "would not try to protect them")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._modality import is_conditional_threat, phrasal_lemma
from ._words import EventWords

__all__ = ["negation_threatens", "restraint_denied"]

#: How far up from the threat's word the "not" may stand ("will not hesitate to open fire on them":
#: fire <- open <- hesitate).
_MAX_STEPS = 3
#: The links a threat's word hangs by from the verb whose "not" covers it.
_COVERED_BY = frozenset({"xcomp", "ccomp", "dobj", "acomp", "prep", "pobj", "advcl", "conj"})


def negation_threatens(token: Any, words: EventWords) -> bool:
    """Whether a threat read at ``token`` under a negation is made: a denied restraint, or a refusal
    held over a condition."""
    return restraint_denied(token, words) or is_conditional_threat(token, words)


def restraint_denied(token: Any, words: EventWords) -> bool:
    """Whether the negation over ``token`` denies restraint: the nearest word at or above it that
    carries a "not" is a verb of restraint (``restraint_verb``). A word whose negation comes from no
    "not" (a denied doer, "no country would ...") is read itself."""
    word = token
    for _ in range(_MAX_STEPS + 1):
        if any(c.dep_ == "neg" for c in children_of(word)):
            return _restraint(word, words)
        if word.dep_ not in _COVERED_BY or word.head.i == word.i:
            break
        word = word.head
    return _restraint(token, words)


def _restraint(verb: Any, words: EventWords) -> bool:
    return verb.lemma_.lower() in words.restraint_verb or phrasal_lemma(verb) in words.restraint_verb
