"""A closure told in a relative clause with no doer ("reopened four crossing points that had been closed
for two years", "the ferry service, which was suspended two years ago", "parties whose activities were
suspended in April"): the passive clause says what state the noun was in, the earlier act that put it
there, not an act the story reports.

Training gold, every such clause of the corpus (finite relative clause, past or perfect passive of a
``closing_verb``, no "by" phrase): no act coded in 7 of 7 (closed 3, shut 1, suspended 2, frozen 1). With
a doer named ("a weekly that had been shut down by the authorities in Minsk") the gold codes the act, so
such clauses stay; detentions told the same way are split in the gold (stop 48) and are not read here.

Reads the token's own children and dependency (the learned coder's tokens are the parser's own)."""

from __future__ import annotations

from typing import Any

from ..parse import VERB_POS
from ._parse import has_agent, is_passive
from ._words import EventWords

__all__ = ["is_closed_before"]

#: The passive auxiliaries of a past or perfect ("was closed", "had been closed"); "will be", "could be"
#: closures are still to come and stay.
_PAST_PASSIVE_AUX = frozenset({"was", "were", "been"})


def _past_passive(verb: Any) -> bool:
    """ "was suspended", "had been closed": a passive auxiliary of a past or perfect, no modal."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "auxpass" and c.lower_ in _PAST_PASSIVE_AUX for c in auxes) and not any(
        c.tag_ == "MD" for c in auxes
    )


def is_closed_before(token: Any, words: EventWords) -> bool:
    """The token is a closing verb heading a relative clause, in a past or perfect passive with no "by"
    phrase and no negation."""
    if token.pos_ not in VERB_POS or token.dep_ != "relcl" or token.head.i == token.i:
        return False
    if token.lemma_.lower() not in words.closing_verb or not is_passive(token) or has_agent(token):
        return False
    return _past_passive(token) and not any(c.dep_ == "neg" for c in token.children)
