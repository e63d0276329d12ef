"""Towns the parser reads as people: "the copper miners of Satpayev", "villagers from Akhtala".

A proper noun after "of"/"from" that hangs on a common noun (a group, not a title) and that the gazetteer
knows is where the group lives, not a second person; the name is kept for a person only when the
story gives it as someone's surname elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..knowledge import resolve_words
from ..parse import doc_ents

__all__ = ["place_of_group"]


def place_of_group(span: Any, known_place: Callable[[str], bool], is_title: Callable[[Any], bool]) -> bool:
    """``span`` (a parser's person, or a run of proper nouns) is a place the gazetteer knows, the
    object of "of"/"from" after a plural noun or a common noun that is no title word, and no surname in the story."""
    if len(span) > 2 or not all(t.pos_ == "PROPN" for t in span):
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in resolve_words("origin_prep") or prep.i >= span.start:
        return False
    owner = prep.head
    # a group ("miners", "villagers": a plural noun, group words included) or a thing, not a title:
    # "the President of the Republic", "the Commissioner of Police" name an office, whatever town
    # bears the word
    if owner.i >= prep.i or owner.pos_ != "NOUN" or (owner.tag_ != "NNS" and is_title(owner)):
        return False
    return known_place(span.text) and not _surname_in_story(span)


def _surname_in_story(span: Any) -> bool:
    """The words end a longer name the parser gave a person somewhere in the story ("Evo Morales"
    ... "supporters of Morales"): a person's surname, whatever town bears it."""
    words = [t.text for t in span]
    for ent in doc_ents(span.doc):
        if ent.label_ == "PERSON" and len(ent) > len(words) and [t.text for t in ent[-len(words) :]] == words:
            return True
    return False
