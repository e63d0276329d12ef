"""A thing done to something, told in a "since" clause, dates a state of the story; it is not the
story's event: "incidents have been frequent since several crossings were closed last year", "the
association has held nine protests since the base was handed over", "neither has drilled since a
joint exploration plan was shelved". The clause is opened by a subordinator of ``background_mark``
(data/event_words.tsv) standing first in it, and its verb is a passive. Training gold: of 11 such
passive clauses, 9 hold no coded act (2 do: "since they were intercepted on Monday", "since diplomatic
ties were restored in 2022"). Active "since" clauses stay events: training gold does not code 35 of 40
of them, but dropping them lowered recall on both development sets, whose gold codes such past
visits and lifted bans as events."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._parse import is_passive
from ._words import EventWords

__all__ = ["is_in_background_clause"]

#: The links through which a word still belongs to the clause of the verb above it ("since the post
#: was closed and shelled").
_SAME_CLAUSE = frozenset({"xcomp", "conj"})
#: How far up the clause's verbs are followed.
_MAX_STEPS = 3


def _opens_background(verb: Any, words: EventWords) -> bool:
    """The verb is a passive heading a clause whose first word is a background subordinator ("since
    the crossing was closed"; not the adverb of "have since been helped")."""
    return is_passive(verb) and any(
        c.dep_ == "mark" and c.lower_ in words.background_mark and c.i == verb.left_edge.i for c in children_of(verb)
    )


def is_in_background_clause(token: Any, words: EventWords) -> bool:
    """The word is the passive verb of a background clause, or a joined verb or infinitive of it."""
    verb = token
    for _ in range(_MAX_STEPS):
        if _opens_background(verb, words):
            return True
        if verb.dep_ not in _SAME_CLAUSE or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
