"""The partner named under the noun a row's ``pobj=`` condition asks for ("spoke by telephone with
Narendra Modi", "talked on the phone with the Emir"): the parser often hangs the "with" phrase from the
means noun rather than from the verb, where the role reader looks for it; the phrase still says whom the
act was done with or to.

Training gold: the parser hangs a target preposition under a ``pobj=`` row's noun in 13 training
sentences; in the 3 where the phrase names a party ("retaliated with a duty on Belarusian tractors",
"hinted at retaliation against Portuguese firms", "would not sit at the negotiating table with south
Korea"), the gold codes that party as the recipient (3 of 3); the other 10 name no party ("on
Tuesday", "in a raid on a farmhouse") and change nothing. Found by a stop 48 probe ("spoke by telephone
with Narendra Modi" had no recipient).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._parse import prep_objects
from ._words import word_in

__all__ = ["condition_noun_partners"]


def condition_noun_partners(verb: Any, values: frozenset[str], preps: frozenset[str]) -> list[Any]:
    """Objects of the target prepositions ``preps`` hanging under the verb's prepositional objects that
    fulfil the row's ``pobj=`` condition (``values``)."""
    nouns = [
        p
        for prep in children_of(verb)
        if prep.dep_ in {"prep", "agent"}
        for p in children_of(prep)
        if p.dep_ == "pobj" and word_in(p, values)
    ]
    return prep_objects(nouns, preps)
