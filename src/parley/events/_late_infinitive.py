"""The infinitive complement of a verb the parser reads as a clause of purpose: "offered on Thursday to
raise the subsidy", "had also undertaken to cap recruitment fees". With a time phrase between the verb
and its "to", or after "undertaken", the small model may hang the infinitive as an adverbial clause;
an active verb with no object of its own and no complement still takes that infinitive as what it offers,
promises or undertakes (a clause of purpose follows an object: "sent troops to guard the border")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["infinitive_complements"]

#: Dependencies of an object or a clause of content: a verb with one of these has what it governs (a
#: passive one has it as its subject: "a declaration pushed by Seoul to bring Pyongyang to the table").
_GOVERNED_DEPS = frozenset({"dobj", "ccomp", "dative", "attr", "oprd", "nsubjpass", "auxpass"})


def _is_to_infinitive(clause: Any) -> bool:
    """A bare verb led by its own "to" just before it ("to raise")."""
    return clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == clause.i - 1 for c in children_of(clause)
    )


def infinitive_complements(verb: Any) -> list[Any]:
    """The verb's infinitive complements: its xcomps, else a "to" infinitive after it that the parser
    hung as an adverbial clause of an active verb with no object and no other complement."""
    xcomps = [c for c in children_of(verb) if c.dep_ == "xcomp"]
    if xcomps or any(c.dep_ in _GOVERNED_DEPS for c in children_of(verb)):
        return xcomps
    return [c for c in children_of(verb) if c.dep_ == "advcl" and c.i > verb.i and _is_to_infinitive(c)][:1]
