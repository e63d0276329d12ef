"""A verb of wanting that only tells its subject's own aim ("Both countries want to export without
passing through Russia"): no one is asked anything, so it is no REQUEST."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS, VERB_POS
from ._words import EventWords

__all__ = ["is_own_desire"]

#: Dependents that give a wish an addressee or a content of its own ("wants Minsk to explain", "wants
#: a visa deal", "wants the headland demilitarised"): such a wish may be a demand.
_ASKED_DEPS = {"dobj", "dative", "ccomp", "iobj"}


def is_own_desire(token: Any, words: EventWords) -> bool:
    """ "wants to sell its electricity to Europe", "seeks to strengthen its ties", "wished to go home":
    a verb of wanting (data/event_words.tsv desire_verb) whose only complement is a bare infinitive the
    wisher would do itself (training gold codes a REQUEST at 1 of 31 such verbs)."""
    if token.pos_ not in VERB_POS or token.lemma_.lower() not in words.desire_verb:
        return False
    if any(c.dep_ in _ASKED_DEPS for c in children_of(token)):
        return False
    aims = [c for c in children_of(token) if c.dep_ == "xcomp"]
    return bool(aims) and not any(c.dep_ in SUBJECT_DEPS for a in aims for c in children_of(a))
