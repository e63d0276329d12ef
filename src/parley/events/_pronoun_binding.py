"""Whom "he" or "she" stands for when it is the subject of a clause a named person's verb governs.

"Ortega conceded in a cable to Arias that he had armed ...", "Sharif phoned Vajpayee on Sunday and he
promised ...": the pronoun is the subject of a clause reported by, or joined to, a verb whose own subject
is a person; that person, not the one named last, is whom it stands for. A reported clause after a
verb with a direct object ("told Vajpayee that he must ...") is left to the person named last: either
may be meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._columns import children_of
from ..document import ActorMention

__all__ = ["governing_person", "titled_speaker"]

#: How a pronoun's clause hangs from the verb whose subject it repeats.
_CLAUSE_DEPS = {"ccomp", "conj"}
#: Objects that make "X told Y that he ..." ambiguous.
_OBJECT_DEPS = {"dobj", "dative"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def governing_person(pronoun: Any, mention_at: dict[int, ActorMention]) -> ActorMention | None:
    """The person mention that is the subject of the verb the pronoun's clause hangs from, or None."""
    if pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    clause = pronoun.head
    if clause.dep_ not in _CLAUSE_DEPS or clause.head.i > pronoun.i:
        return None
    outer = clause.head
    if clause.dep_ == "ccomp" and any(c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP" for c in children_of(outer)):
        # "told Vajpayee that he": the object may be meant; "wrote to Arias that he": a "to" phrase is no object
        return None
    for subject in _subjects_before(outer, pronoun):
        mention = mention_at.get(subject.i)
        if mention is not None and mention.kind == "person":
            return mention
    return None


def titled_speaker(pronoun: Any, titles: frozenset[str], mention_at: dict[int, ActorMention]) -> bool:
    """The pronoun is the subject of a clause reported by a speaker named by an office title alone ("the
    Arab League chief said he regretted ...", "the Russian foreign minister said he ..."):
    the office holder speaks of himself, whoever was named before."""
    if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return False
    outer = pronoun.head.head
    for subject in _subjects_before(outer, pronoun):
        words = list(subject.subtree)
        named = any((m := mention_at.get(t.i)) is not None and m.kind == "person" for t in words)
        return not named and any(t.lower_ in titles for t in words)
    return False


def _subjects_before(verb: Any, pronoun: Any) -> Iterator[Any]:
    """The verb's subjects that stand before the pronoun."""
    return (c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < pronoun.i)
