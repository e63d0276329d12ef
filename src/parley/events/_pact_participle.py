"""A pact told by the participle that describes it: "under a deal reached in Tashkent last week". The
participle has no object of its own; what it acts on is the noun it hangs from, so an ``obj=`` condition
of its row reads that noun. Only the participles of ``pact_participle`` (data/event_words.tsv) do: "a truce
mediated by Doha" only says which truce. A pact "reached at the meeting" is left to the meeting, which
the gold codes instead (as it does the passive "the agreement was reached at a meeting of ...")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords

__all__ = ["described_pact", "is_pact_participle"]


def is_pact_participle(verb: Any, words: EventWords) -> bool:
    """A participle of ``pact_participle`` that describes its noun and was not settled at a meeting."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in words.pact_participle:
        return False
    return not _settled_at_meeting(verb, words)


def described_pact(verb: Any, objects: list[Any], words: EventWords) -> list[Any]:
    """The noun a pact participle with no object of its own describes, as its object."""
    if objects or not is_pact_participle(verb, words):
        return []
    return [verb.head]


def _settled_at_meeting(verb: Any, words: EventWords) -> bool:
    """ "an agreement reached at the meeting": the meeting is the event the gold codes."""
    preps = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in words.occasion_prep]
    nouns = [n for p in preps for n in children_of(p) if n.dep_ == "pobj"]
    return any(n.lemma_.lower() in words.outcome_meeting or n.lower_ in words.outcome_meeting for n in nouns)
