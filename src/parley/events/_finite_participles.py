"""Finite past verbs the small parser read as participles describing a noun.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ._verb_subjects import subject_before_clause

__all__ = ["past_read_as_participle"]


def past_read_as_participle(verb: Any) -> bool:
    """A finite past verb the small parser read as a participle describing the sentence's only noun: in
    "South Africa, which chairs the bloc, offered to mediate." or "The commanders conferred aboard a
    vessel." the sentence has no verb of its own, which a sentence of prose (ending with a full stop)
    always has; so does a participle with a finite auxiliary ("Algeria has called its ambassador
    home"), and so is a relative clause with no "that" (see ``_contact_relative``), wherever it stands.
    A headline ("Two border guards jailed in Osh") has no full stop, a participle set off by a comma
    right after its noun ("The catch, estimated at 12 tonnes, was seized") describes it, and a "by"
    phrase is passive."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i > verb.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"agent", "auxpass", "nsubjpass"} for c in children_of(verb)):
        return False
    if _contact_relative(verb) or subject_before_clause(verb) is not None:
        return True
    if head.dep_ != "ROOT":
        return False
    if any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP", "VBD"} for c in children_of(verb)):
        return True
    if verb.doc[verb.i - 1].text == "," and head.i == verb.i - 2:
        return False  # "The catch, estimated at 12 tonnes, ...": a participle set off right after its noun
    words = [t for t in sentence_of(verb) if not t.is_quote and not t.is_space]
    return bool(words) and words[-1].text in {".", "!"}


def _contact_relative(verb: Any) -> bool:
    """A relative clause with no "that": in "an agreement the two ministries signed in Samarkand" the
    noun phrase right after another noun, opening with a determiner, is the subject of the verb after
    it, and the noun before is what it did (the verb has no object of its own)."""
    head = verb.head
    start = head.left_edge.i
    if start == 0 or head.doc[start].tag_ != "DT" or any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    return bool(head.doc[start - 1].pos_ in {"NOUN", "PROPN"} and verb.left_edge.i == head.i + 1)
