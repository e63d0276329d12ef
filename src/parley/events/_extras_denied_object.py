"""An act whose object is denied by "no": "Mongolian authorities have given no public reason", "the
ministry gave no details", "took no part in the talks", "caused no damage". The verb's object says
the act was not done, as "no sign" says of its clause (``_modality.denied_noun``). Training gold: of
the corpus's 37 verbs with a "no" object, none is coded as an asserted act at the verb (35 not
coded at all, 2 coded as negated: "had flown no drones", "posed no threat to Tajikistan")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._denied_predicate import reads_own_negation
from ._lexicon import Trigger
from ._modality import denied_noun

__all__ = ["has_denied_object"]


def has_denied_object(token: Any, trig: Trigger) -> bool:
    """The word is a verb whose direct object is denied by "no" ("offered no explanation"), and its row
    does not read the negation itself (a litotes or stance row states the act)."""
    if token.pos_ not in VERB_POS or reads_own_negation(trig):
        return False
    for c in children_of(token):  # noqa: SIM110 (a loop: ``any`` over a generator is slower, and every verb asks)
        if c.dep_ == "dobj" and denied_noun(c):
            return True
    return False
