"""A person described as accused: "Tanzania has expelled two Burundian diplomats accused of spying",
"Peru extradited to Bolivia three men accused of planting a bomb", "arrested a Colombian accused of
moving cocaine". A past participle of an accusation hung on a noun says who the noun is (why it is
expelled, handed over or tried), not an accusation the story reports. Training gold: of 17 such
participles on a noun inside a sentence (an object, a preposition's noun, a subject, an apposition),
one is coded ACCUSE ("travel bans on five officials accused of rigging"). A headline's participle
("Thai army accused of backing insurgents"), one that names its accuser ("accused by Kigali of"),
and one standing for a clause's elided verb ("and two charged with murder") still tell an accusation."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._finite_participles import past_read_as_participle

__all__ = ["is_accused_description"]

#: The type whose participles this reads.
_ACCUSATION = "ACCUSE"


def is_accused_description(token: Any, event_type: str) -> bool:
    """The token is an accusation's past participle that describes a noun before it in the sentence."""
    if event_type != _ACCUSATION or token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    head = token.head
    if head.i > token.i or head.dep_ == "ROOT" or head.tag_ == "CD":
        return False  # a headline's participle, or one with a bare count for subject ("and two charged")
    if any(c.dep_ == "agent" for c in children_of(token)):
        return False  # "accused by Kigali of": the accuser is named, the accusation told
    return not past_read_as_participle(token)
