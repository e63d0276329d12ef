"""An announced sanction is a sanction: "Japan said it will freeze the assets", "ministerial contacts will be
suspended", "Oslo would in turn freeze defence ties".

PLOVER turns a hostile act promised for later into THREATEN (``._type_sets.FUTURE_TYPE``). For a measure
the training gold does not: announced with "will" or "would", with no condition and no warning over it,
6 of 7 sanction-verb events are coded SANCTION ("will levy anti-dumping duties", "his property in China
will be frozen", "will also be barred from chairing committees"; the other, "would reduce its trade with
those European countries that implemented the measures", THREATEN). The sanction-verb threats are held
over a condition ("would close its airspace ... unless Bishkek grounded", read before this by
``._modality.is_conditional_threat``) or said under a warning, a threat or a retaliation ("Oslo warned it
would close its economic zone", "threatened to suspend Lithuanian freight trains", "would retaliate by
barring Kazakh airlines"). Force promised stays a threat: the gold never codes a future ASSAULT, and its
future COERCE events (deportations, mostly passive) are split with threats against "anyone who".
"""

from __future__ import annotations

from typing import Any

from ._type_sets import ANNOUNCED_AS_TAKEN
from ._words import EventWords

__all__ = ["stays_announced"]


def stays_announced(act_type: str, token: Any, words: EventWords) -> bool:
    """The announced act keeps its type: a measure of ``ANNOUNCED_AS_TAKEN`` whose announcement no verb
    of warning or threat (``event_words.tsv`` warning_verb, threat_head_verb) governs."""
    if act_type not in ANNOUNCED_AS_TAKEN:
        return False
    heads = words.warning_verb | words.threat_head_verb
    return not any(a.lemma_.lower() in heads for a in token.ancestors)
