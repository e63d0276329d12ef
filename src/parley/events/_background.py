"""Triggers that name no act of their own: the aim an aim noun states, and violence told as background.

Both read only a token's head and children, as the learned coder's token views allow.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords, word_in

__all__ = ["is_aimed_act", "is_background_violence"]

#: Dependencies of the words that make a noun definite or owned ("the attacks", "its raids", "these clashes").
_DETERMINING = frozenset({"det", "poss"})


def is_aimed_act(token: Any, words: EventWords) -> bool:
    """ "a plan to deport traders", "a bid to host the games", "any attempt to hand him over": the
    infinitive hanging from an aim noun tells what is aimed at, tried or threatened, not what is done."""
    if token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "a plan to arrest and deport": each conjunct is aimed at
    if token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    noun = token.head
    return word_in(noun, words.aim_noun)


def is_background_violence(noun: Any, words: EventWords) -> bool:
    """ "shut the border after bombings in the capital", "deployed gunboats following attacks on
    fishermen", "troops were responding to attacks": violence named in the plural or bare, without an
    article, in a phrase of cause or time is why the news happened, not an attack the story reports."""
    if noun.dep_ != "pobj" or noun.head.i == noun.i:
        return False
    if noun.tag_ != "NNS" and noun.lower_ != "fighting":
        return False  # "after the attack on the convoy": one attack, the story's own
    if any(c.dep_ in _DETERMINING for c in children_of(noun)):
        return False  # "after the attacks", "following its raids": attacks the story has told
    prep = noun.head
    if prep.lower_ in words.background_prep:
        return True
    answered = prep.head
    return prep.lower_ == "to" and word_in(answered, words.response_word)
