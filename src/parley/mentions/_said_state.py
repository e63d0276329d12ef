"""The state of an official whose title names none, read from what the official says of a state.

"Paraguay has shut the crossings, Interior Minister Celso Amarilla said.": the minister who tells
what a state did is that state's (the story's own country, from an outlet abroad, would be a guess).
"""

from __future__ import annotations

from typing import Any

from ..knowledge import resolve_words
from ..parse import SUBJECT_DEPS
from ._home import COUNTRY_KINDS

__all__ = ["reported_state"]


def reported_state(ent: Any, entry_at: dict[int, Any]) -> str | None:
    """The state that is the subject of the clause a titled name's verb of saying reports; None when
    the name is no speaker, or the clause's subject is no state named by its name, alias or demonym."""
    root = ent.root
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS or verb.pos_ != "VERB" or verb.lemma_.lower() not in resolve_words("speech"):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in SUBJECT_DEPS:
                entry = entry_at.get(subject.i)
                if entry is not None and entry.kind in COUNTRY_KINDS:
                    return str(entry.code)
    return None
