"""Who held a meeting that a noun names only as the time or place of another act ("following talks
with the hauliers, the minister undertook ...", "the pact was initialled by both envoys after a
week of negotiation"): the doers of the clause the meeting times."""

from __future__ import annotations

from typing import Any

from ..parse import VERB_POS
from ._parse import agent_objects, is_passive

__all__ = ["clause_timed", "passive_doers"]


def clause_timed(verb: Any) -> Any:
    """ "Following talks with X, the minister undertook to ...": a participle the parser reads as a
    preposition ("following", "regarding") has no subject of its own; the clause it hangs from is the
    one its noun times."""
    for _ in range(2):
        if verb.dep_ != "prep" or verb.head.i == verb.i or verb.head.pos_ not in VERB_POS:
            break
        verb = verb.head
    return verb


def passive_doers(verb: Any, noun: Any) -> list[Any]:
    """ "The pact was initialled by both envoys after a week of negotiation": a passive clause names its
    doers with "by"; they are the ones who met before they acted (the subject is only what was done).
    Only for a meeting in a phrase of the clause: "the summit was attended by the presidents" points
    back at a summit told before, and "the offer was made by X" restates an offer."""
    if noun.dep_ != "pobj" or not is_passive(verb):
        return []
    return agent_objects(verb)
