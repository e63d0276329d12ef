"""Acts done "in protest": "drivers blocked the crossing in protest at the queues", "farmers shut the
road to protest the ruling", "youths stoned the vehicles in protest". The aim makes the blocking,
closing or stoning a protest whoever does it, where the doers alone ("drivers", "Georgians") would
read as a state closing a road. Reads only a token's children (the learned coder's token views have
no sentence or subtree)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords, word_in

__all__ = ["done_in_protest", "protest_as_manner"]

#: Dependencies of a clause that says what an act is for: "blocked the road to protest the fee".
_AIM_DEPS = {"advcl", "xcomp"}
#: Dependencies of a participle clause that goes with the act: "blocked the road, halting traffic in protest".
_WITH_DEPS = {"advcl", "conj"}


def _is_protest_word(token: Any, words: EventWords) -> bool:
    return word_in(token, words.protest_aim)


def _in_protest_phrase(token: Any, words: EventWords) -> bool:
    """ "in protest" hangs from the token."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and _is_protest_word(o, words) for o in children_of(c))
        for c in children_of(token)
    )


def _names_protest_aim(verb: Any, words: EventWords) -> bool:
    """The verb carries "in protest" or "to protest", or its object does ("blocked the crossing in
    protest", where the parser hangs the phrase from "crossing")."""
    if any(c.dep_ in _AIM_DEPS and _is_protest_word(c, words) for c in children_of(verb)):
        return True
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return any(_in_protest_phrase(t, words) for t in (verb, *objects))


def done_in_protest(verb: Any, words: EventWords) -> bool:
    """The act is done in protest: said on the verb, or on a participle that goes with it ("blocked
    the road, halting traffic in protest at the fees")."""
    if _names_protest_aim(verb, words):
        return True
    return any(c.dep_ in _WITH_DEPS and c.tag_ == "VBG" and _names_protest_aim(c, words) for c in children_of(verb))


def protest_as_manner(token: Any) -> bool:
    """ "shut their shops in protest": the noun says how another act was done, by the people who do it,
    never a government's note of complaint (training gold codes no ACCUSE on such a noun)."""
    return token.dep_ == "pobj" and token.head.lower_ == "in"
