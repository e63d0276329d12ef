"""A deployment agreed on: "Ankara has agreed to station liaison officers at the checkpoint",
"the two governments agreed to set up joint guard posts along the pipeline". The promise is the event
(an AGREE at "agreed"), not a move of forces made: training gold codes an agreement (AGREE, or a future
COOPERATE) for 20 of 21 "agreed to set up/station/post/send/step up/boost" phrases, a concession for 1,
a mobilisation for none. Only a decision verb that is also a promise (data/event_words.tsv decision_verb
and concession_head: "agree") counts: "began massing", "started moving" tell the move begun.
Other material acts so decided stay the inner act ("decided to suspend EUR 25
million in budget support" is the SANCTION; see ``_nested_acts.decides_inner_act``)."""

from __future__ import annotations

from typing import Any

from ._joined_heads import first_of_joined
from ._lexicon import Trigger
from ._words import EventWords, word_in

__all__ = ["AGREED_INNER_TYPES", "is_agreed_deployment"]

#: Inner acts that a decision verb's complement tells as promised, not done: the decision is the event.
AGREED_INNER_TYPES = frozenset({"MOBILIZE"})
#: How far up joined verbs are followed ("agreed to set up posts and to station officers there").
_MAX_STEPS = 3


def is_agreed_deployment(token: Any, trig: Trigger, words: EventWords) -> bool:
    """The token is a deployment in the complement of a promising decision verb ("agreed to station ...")."""
    if trig.type not in AGREED_INNER_TYPES:
        return False
    token = first_of_joined(token, _MAX_STEPS)
    if token.dep_ != "xcomp" or token.head.i == token.i:
        return False
    return word_in(token.head, words.decision_verb) and word_in(token.head, words.concession_head)
