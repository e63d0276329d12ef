"""The one a promised act is done for when the act is a bare-infinitive clause: "ready to help Viet Nam
train managers", "agreed to let Kenya use the port". spaCy's English parser hangs the helped side as the
subject of the inner clause ("Viet Nam" nsubj of "train", a ccomp of "help"), not as the object of
"help", so the usual object reading misses it."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import CLAUSE_MARKER_DEPS

__all__ = ["helped_doers"]

#: The subject deps of the bare clause: who is helped, let or made to act.
_SUBJECT_DEPS = frozenset({"nsubj"})


def helped_doers(verbs: list[Any]) -> list[Any]:
    """The subjects of the bare-infinitive clauses ("help [Viet Nam train]") of ``verbs``."""
    return [
        s
        for verb in verbs
        for clause in children_of(verb)
        if _bare_infinitive(clause)
        for s in children_of(clause)
        if s.dep_ in _SUBJECT_DEPS
    ]


def _bare_infinitive(clause: Any) -> bool:
    """A ccomp in the base form with no "to", "that" or auxiliary of its own: "[help] Kenya build"."""
    if clause.dep_ != "ccomp" or clause.tag_ != "VB":
        return False
    return not any(c.dep_ in CLAUSE_MARKER_DEPS for c in children_of(clause))
