"""Objects the parser misreads: a noun taken for the verb of a bare clause ("let the aid convoy
through"), and what a verb of taking away takes ("stripped two priests of their citizenship")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import CLAUSE_MARKER_DEPS
from ._words import word_in

__all__ = ["deprived_of", "noun_read_as_bare_verb"]


def noun_read_as_bare_verb(verb: Any) -> list[Any]:
    """ "let the aid convoy through": the tagger reads a noun that can be a verb ("convoy") as a bare
    infinitive under the verb, its modifier as that clause's subject. A bare clause (no "to", no
    auxiliary) with no object of its own, and a particle left without an object ("through", "in") on it
    or on the verb, is the verb's object and that particle."""
    clauses = [c for c in children_of(verb) if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"]
    found = []
    own = [c for c in children_of(verb) if c.dep_ == "prt"]
    for clause in clauses:
        deps = {c.dep_ for c in children_of(clause)}
        if deps & (CLAUSE_MARKER_DEPS | {"dobj", "xcomp", "ccomp"}):
            continue
        particles = own + [c for c in children_of(clause) if c.dep_ in {"advmod", "prt"} and c.pos_ == "ADP"]
        if any(not any(o.dep_ == "pobj" for o in children_of(p)) for p in particles):
            found.append(clause)
    return found


def deprived_of(verb: Any, values: frozenset[str]) -> bool:
    """ "stripped two priests of their citizenship": what an active verb of taking away takes hangs as
    an "of" phrase on its direct object (in the passive, "were stripped of", it hangs on the verb)."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    ofs = [p for o in objects for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "of"]
    taken = [t for p in ofs for t in children_of(p) if t.dep_ == "pobj"]
    return any(word_in(t, values) for t in taken)
