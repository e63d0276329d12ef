"""A bare surname of somebody the story named in full before, under given names no holder of that
surname in the knowledge files has ("the trial of Daniel Chan ... the lawyers of Mr Chan"): that
person, not a holder who shares the surname (Thailand's Prayut Chan-o-cha, the WHO's Margaret Chan).

Why: the surname lookup chose among the holders in office by the surname alone, so a private person
or a minor official whom the story introduced in full was read, at the second mention, as a head of
government of another state. News introduces a person by full name and then uses the surname; the
training corpus codes such later surnames as the person first named (3 of 3 role spans: "Ricardo
Ortiz ... Ortiz" of Guatemala, not Mexico's holder; "Kamina Johnson ... Johnson" of Jamaica; "Prasad
Joshi ... Joshi" of Nepal, not India's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..parse import ents_before

__all__ = ["named_otherwise"]


def named_otherwise(token: Any, pool: Sequence[Any], is_title_word: Callable[[Any], bool]) -> bool:
    """Whether a person entity before ``token`` ends in its surname after a given name that no name
    of ``pool`` (the holders the surname may mean) has."""
    for ent in ents_before(token.doc, token.i):
        if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].text != token.text:
            continue
        given = [t.text for t in ent[:-1] if t.is_title and t.is_alpha and not is_title_word(t)]
        if given and not any(name in entry.phrase.replace("-", " ").split() for entry in pool for name in given):
            return True
    return False
