"""A tensed verb the parser joined to a reported clause of state: in "Tiraspol said the checkpoints
amounted to a blockade and called up 2,000 reservists" the small parser hangs "called" from "amounted",
inside what is said. A clause that only tells how a thing stands ("was unlawful", "amounted to a
blockade") is the speaker's judgment; the act joined to it by "and" is the speaker's next act, not its
subject's. Read from heads and children only, as the learned coder's token views allow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS

if TYPE_CHECKING:
    from ._words import EventWords

__all__ = ["joins_reporting_verb"]

#: Tags of a tensed verb (a bare infinitive or participle may share the clause's auxiliary).
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
#: What a copula of judgment says of its subject: a noun or an adjective ("was a gesture", "was illegal").
_JUDGED = frozenset({"attr", "acomp"})


def joins_reporting_verb(verb: Any, words: EventWords) -> bool:
    """Whether the subjectless tensed ``verb``, joined by "and" to a reported clause whose verb is one of
    state (``reported_state_verb``: "be", "amount", "remain" ... with no auxiliary of its own), is the
    reporting verb's second act: its subject is the speaker's."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _TENSED or head.i == verb.i or head.dep_ != "ccomp":
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return False
    speech = head.head
    if speech.lemma_.lower() not in words.speech_verb or head.lemma_.lower() not in words.reported_state_verb:
        return False
    # "said the report had been leaked and ...": an auxiliary may be shared with the joined verb
    if head.tag_ not in _TENSED or any(c.dep_ in {"aux", "auxpass"} for c in children_of(head)):
        return False
    # "the rebels were in the area and killed five": a copula of place leaves its subject free to act;
    # one of judgment ("was illegal", "was a gesture") tells only what the speaker thinks of a thing
    return head.lemma_.lower() != "be" or any(c.dep_ in _JUDGED for c in children_of(head))
