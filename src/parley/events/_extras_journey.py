"""A journey told only to say who someone is ("Chinese police officers who arrived in Tonga last week",
"humanitarian convoys heading to refugee camps"): a relative clause or a restrictive participle hung on
a noun names the noun, and tells no visit of the story."""

from __future__ import annotations

from typing import Any

from ..parse import VERB_POS
from ._words import EventWords, word_in

__all__ = ["describes_by_journey"]


def _is_restrictive_participle(token: Any) -> bool:
    """ "convoys heading to the camps": a present participle right after its noun, with no comma (an
    appositive one, "the minister, meeting his counterpart, pledged ...", tells the meeting)."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.i > 0 and not token.doc[token.i - 1].is_punct


def describes_by_journey(token: Any, words: EventWords) -> bool:
    """A verb of a journey (data/event_words.tsv describing_journey_verb) in a relative clause ("who
    arrived in Santiago in January", "who had travelled to Ashgabat") or a restrictive participle
    ("cargo arriving at Mombasa"): it describes its noun (training gold codes a CONSULT at 0 of 31 such
    clauses: "arrive" 0 of 15, "travel" 0 of 7, "head" 0 of 4, "fly" 0 of 5 as a visit). A host in a
    relative clause is left alone: "Lula, who received Scholz in Brasilia" names its guest."""
    if token.pos_ not in VERB_POS or not word_in(token, words.describing_journey_verb):
        return False
    return token.dep_ == "relcl" or _is_restrictive_participle(token)
