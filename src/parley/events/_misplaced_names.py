"""A name given that the parser hung away from its naming verb: "declared a consul at the embassy in
Riga persona non grata", where "persona" is read as the object of "in" or as a clause of its own, or
"branded the claims baseless", where the adjective is read as an adverb of the verb; or "declared a
counsellor at the embassy in Belgrade persona non grata", where "persona" is read as a second verb joined
to the first with no "and" or comma between them."""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["names_after_object", "names_run_on"]

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


def names_run_on(verb: Any) -> list[Any]:
    """The conjuncts of ``verb`` the parser joined to it with nothing joining them: standing right after the
    last word of the verb's object, a noun (no "and", comma, adverb or phrase of their own between), and
    with no subject of their own but an object. Such a "second verb" is a name of several words the first
    verb gives, split into a verb and its object ("declared a counsellor at the embassy in Belgrade
    persona non grata", "persona" taking "grata"); a participle run on so ("will keep the crossing with
    Togo closed") is left to the other readings; a true second verb has its joiner ("declared the consul
    unwelcome and expelled him", "called the verdict unfair and on Friday ordered a diplomat to leave").

    Training corpus: 8 of its 9 sentences with "persona non grata" declare someone so, all coded SANCTION
    by the declaring state against the declared person's; the parser hangs "persona" this way in one of
    them, which the ``pred=grata`` row missed. Over the whole corpus the reading fires in 3 sentences and
    changes the coding of that one only."""
    conjuncts = [c for c in children_of(verb) if c.dep_ == "conj"]
    if not conjuncts:
        return []
    ends = {_last_index(d) for d in children_of(verb) if d.dep_ == "dobj"}
    return [
        c
        for c in conjuncts
        if c.i - 1 in ends
        and verb.doc[c.i - 1].pos_ in _NAMED_OBJECTS
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children_of(c))
        and any(g.dep_ == "dobj" for g in children_of(c))
    ]


def _last_index(word: Any) -> int:
    """The index of the last word of ``word``'s phrase (the coder's token views have no ``right_edge``)."""
    return max([word.i] + [_last_index(c) for c in children_of(word) if c.i > word.i])
