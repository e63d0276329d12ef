"""A pledge renewed to a principle: "Both sides reaffirmed their commitment to multilateralism and to
the peaceful settlement of disputes", "The Prime Minister reiterated Albania's commitment to the rights
of all minorities". The SUPPORT rows of reaffirm/reiterate read their object; a pledge noun
(data/event_words.tsv pledge_noun: commitment) renewed (renewing_verb: reaffirm, reiterate ...) whose
"to" phrase names a principle or cause, and no party, supports no one: the training gold codes SUPPORT
for none of the 3 such sentences (both coders read SUPPORT in all 3). A commitment to a named party
("its commitment to Ukraine", "to Somalia's security") is read as before, and so is a commitment
another party applauds ("applauded Ethiopia's commitment to regional integration", SUPPORT in gold).

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from .._columns import children_of
from ._parse import prep_objects
from ._words import EventWords, word_in

__all__ = ["is_pledged_principle"]

#: How a party's name hangs from the noun it owns or qualifies ("Somalia's security", "the Somali people").
_NAMING_DEPS = frozenset({"poss", "compound", "amod"})


def _names_party(noun: Any, mention_at: Container[int]) -> bool:
    """The noun is an actor's mention, or a mention owns or qualifies it."""
    return noun.i in mention_at or any(c.dep_ in _NAMING_DEPS and c.i in mention_at for c in children_of(noun))


def _pledged_to(noun: Any) -> list[Any]:
    """What the pledge noun is "to", with the objects joined by "and" ("to X and to Y", "to X and Y")."""
    objects = prep_objects([noun], {"to"})
    objects += [c for o in objects for c in children_of(o) if c.dep_ == "conj"]
    joined_preps = [c for p in children_of(noun) if p.dep_ == "prep" for c in children_of(p) if c.dep_ == "conj"]
    objects += [o for p in joined_preps if p.lower_ == "to" for o in children_of(p) if o.dep_ == "pobj"]
    return objects


def is_pledged_principle(verb: Any, type_: str, words: EventWords, mention_at: Container[int]) -> bool:
    """A SUPPORT read at a renewing verb whose object is a pledge noun "to" something no party is named in."""
    if type_ != "SUPPORT" or not word_in(verb, words.renewing_verb):
        return False
    pledges = [c for c in children_of(verb) if c.dep_ == "dobj" and word_in(c, words.pledge_noun)]
    if not pledges:
        return False
    objects = [o for noun in pledges for o in _pledged_to(noun)]
    return bool(objects) and not any(_names_party(o, mention_at) for o in objects)
