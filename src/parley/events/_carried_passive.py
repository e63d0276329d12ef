"""A travel verb in the passive: the one flown is carried, not visiting.

"Fernandez was detained by troops and flown to La Paz", "Zelaya was seized by soldiers and flown to
Costa Rica": the passive "flown" (or a conjunct of a passive verb) tells who was carried, and its "by"
phrase (often borrowed from the verb it is joined to) names the captors, not a visitor. Read as a visit
of its doer, the captors' soldiers become a CONSULT, or an AID as troops flown in. The training gold
codes none of 13 passive "flown" sentences with a person or group as what was flown as a visit or as
help (12 with no event, 1 COOPERATE handing prisoners over); troops flown in are MOBILIZE, read by
other rows of the lexicon, which this reading leaves alone.
"""

from __future__ import annotations

from typing import Any

from ._lexicon import Trigger
from ._parse import is_passive
from ._words import EventWords

__all__ = ["is_carried_traveller"]


def is_carried_traveller(trig: Trigger, token: Any, words: EventWords) -> bool:
    """A visit trigger on a transport verb told in the passive ("was flown to", "seized and flown to")."""
    if trig.type != "CONSULT" or trig.pos != "VERB" or token.lemma_.lower() not in words.transport_verb:
        return False
    if token.tag_ != "VBN":
        return False
    return is_passive(token) or (token.dep_ == "conj" and token.head.tag_ == "VBN" and is_passive(token.head))
