"""A name given that the parser hung away from its naming verb: "declared a consul at the embassy in
Riga persona non grata", where "persona" is read as the object of "in" or as a clause of its own, or
"branded the claims baseless", where the adjective is read as an adverb of the verb."""

from __future__ import annotations

from typing import Any

__all__ = ["names_after_object"]

#: How far past the object a misplaced name is looked for (an object with a place or an office).
_REACH = 12

#: Parts of speech that close the object's phrase: a new verb, a clause, or a list goes on.
_CLOSERS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"})

#: Parts of speech of an object whose name the parser can misplace: a noun's own phrase ("a consul at the
#: embassy in Riga") runs on past it; "what" and "which" stand before their verb ("what the ministry called
#: a provocation"), so the words after them are the clause's, no name given.
_NAMED_OBJECTS = frozenset({"NOUN", "PROPN"})

#: What a word of the object's own phrase hangs as: "the victims of the aggression" calls nobody
#: anything, "a first secretary at the embassy" is still the object.
_PHRASE_DEPS = frozenset({"pobj", "compound", "amod", "poss", "nummod", "det", "prep", "case"})


def names_after_object(obj: Any) -> list[Any]:
    """The words standing after the object ``obj`` of a naming verb, before any verb, clause or
    punctuation, that the parser did not read as part of the object's own phrase: where a name given
    lands when the parser misplaces it ("declared a diplomat at the embassy persona non grata"). Only a
    noun's phrase runs on so: none for "what" or "which"."""
    if obj.pos_ not in _NAMED_OBJECTS:
        return []
    doc = obj.doc
    found = []
    for k in range(obj.i + 1, min(obj.i + 1 + _REACH, len(doc))):
        word = doc[k]
        if word.pos_ in _CLOSERS:
            break
        if word.dep_ not in _PHRASE_DEPS:
            found.append(word)
    return found
