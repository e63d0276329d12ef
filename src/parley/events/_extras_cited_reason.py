"""A word named as the reason a party gives for its own act ("banned imports of Lithuanian milk, citing
'veterinary concerns'", "suspended permits, citing sanitary concerns"): the participle clause tells why
the main act was done, in the actor's words; the noun it cites is no act of the story of its own.

Training gold, every sentence of the corpus with a participle "citing" (22): the noun it cites is coded as
an event in none ("citing security concerns", "citing repairs", "citing smuggling", "citing the deaths
of four maids"); the main verb's act is coded. The one act coded inside such a phrase ("citing what it
called Caracas's refusal to cooperate", REJECT) is no direct object of "citing" and stays; a finite
"cited" ("The Commission cited the killings") is a statement of its own and is not read here.

Reads the token's head and dependency (the learned coder's tokens are the parser's own)."""

from __future__ import annotations

from typing import Any

from ._words import EventWords

__all__ = ["is_cited_reason"]


def is_cited_reason(token: Any, words: EventWords) -> bool:
    """The token is a noun, the direct object of a reason verb in its "-ing" participle ("citing")."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "dobj":
        return False
    verb = token.head
    return verb.tag_ == "VBG" and verb.lemma_.lower() in words.reason_verb
