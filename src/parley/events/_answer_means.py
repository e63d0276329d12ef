"""An answer told by the act that answers ("Slovenia answered by moving a naval patrol vessel to
the bay"): the act in the "by" gerund is the event, the verb of answering no second one."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._words import EventWords

__all__ = ["answers_by_act"]


def answers_by_act(token: Any, words: EventWords) -> bool:
    """ "answered by moving", "responded by recalling its ambassador", "retaliated by holding an
    Estonian boat": a verb of answering (data/event_words.tsv retort_verb) whose "by" phrase holds a
    gerund (training gold codes no asserted act at the answer verb in 26 of 26 such sentences). An
    answer held out with a modal or an infinitive ("could respond by restricting water releases",
    "would retaliate by barring", "threatened to respond by") is a threat, coded at the answer verb in
    2 of 2 sentences: kept."""
    if token.pos_ not in VERB_POS or token.lemma_.lower() not in words.retort_verb:
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in children_of(token)):
        return False
    means = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "by"]
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for m in means for g in children_of(m))
