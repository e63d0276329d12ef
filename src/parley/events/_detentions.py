"""Who was held: the nouns an arrest, seizure or abduction took ("detained 14 fishermen", "the crew was
seized", "the arrest of the sailors"), so that a later release of the same people ("the fishermen were
freed") is read as done by whoever held them."""

from __future__ import annotations

from typing import Any

__all__ = ["held_lemmas"]

#: How the people taken hang from the act's word: its object, its passive subject.
_TAKEN_DEPS = {"dobj", "nsubjpass"}
#: How the people taken hang from a noun of the act ("the arrest of the sailors").
_OF_PREP = "of"


def held_lemmas(token: Any) -> frozenset[str]:
    """The lemmas of the nouns the act's word says were taken, with their conjuncts ("seized the boat
    and its crew")."""
    heads = [c for c in token.children if c.dep_ in _TAKEN_DEPS]
    if token.pos_ == "NOUN":
        heads += [g for p in token.children if p.dep_ == "prep" and p.lower_ == _OF_PREP for g in p.children]
    found: set[str] = set()
    for head in heads:
        for noun in [head, *head.conjuncts]:
            if noun.pos_ == "NOUN":
                found.add(noun.lemma_.lower())
    return frozenset(found)
