"""Public notices: "Members of the public are asked to report ...", "Citizens are urged to ...".

A request in the present passive with no one named as asking is a standing instruction addressed
to all readers of a notice, not an act of one party upon another reported by the story (training
gold: 8 of 9 such present passives of asking carry no event; "have been asked", "were told" are
reported acts and stay events).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._parse import has_agent

__all__ = ["is_public_notice"]

#: Present-tense forms of "be" that make a passive a standing instruction ("are asked").
_PRESENT_BE = frozenset({"VBP", "VBZ"})


def is_public_notice(token: Any) -> bool:
    """True for a passive participle of asking held by a present "is/are", with no agent and no
    perfect "have" ("are requested to contact", not "have been asked to help" nor "are asked by
    Accra to")."""
    if token.tag_ != "VBN":
        return False
    auxes = [c for c in children_of(token) if c.dep_ in {"aux", "auxpass"}]
    if not any(a.dep_ == "auxpass" and a.lemma_ == "be" and a.tag_ in _PRESENT_BE for a in auxes):
        return False
    if any(a.dep_ == "aux" for a in auxes):
        return False  # "are being asked", "will be asked", "have been asked": told as happening or to come
    return not has_agent(token)
