"""Whom a refusal to let someone in is aimed at: the party it would not let ("Tiraspol's leaders have
refused to allow EU monitors onto their section", "Bosnian Serb officials refused to let Croatian
investigators search a site").

The party stands as the object of the letting verb, or as the subject of what it would let them do, one
step below the refusal; the readers of the refusal's own object do not look there, and the guess from
the story took the other state (Moldova's "refused to allow EU monitors" went to Ukraine). Training
gold: of 12 refusals to let, allow or admit a party with a code, 12 are aimed at that party (the EU,
the UN, Croatia, Uganda, Haiti, Japan ...), the refusing state's own people included ("refused to let
delegates from the separatist island of Anjouan attend").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._entities import unique_by_code

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["refused_parties"]

#: How the letting verb hangs from the refusal ("refused to allow"), and how the deed the party would be
#: let do hangs from the letting verb ("let delegates see", "allow them to land").
_CLAUSE_DEPS = {"xcomp", "ccomp"}
#: The party let: the letting verb's object, or the subject of the deed it lets.
_LET_DEPS = {"dobj", "nsubj"}
#: Parts of speech of a party the parser hangs as a clause ("allow EU monitors onto their section").
_NOMINAL = {"NOUN", "PROPN", "PRON"}


def refused_parties(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The parties a REJECT would not let in or let act, named under a letting verb below its trigger."""
    if cand.type != "REJECT":
        return []
    verbs = [
        c for c in children_of(cand.token) if c.dep_ in _CLAUSE_DEPS and c.lemma_.lower() in roles.words.letting_verb
    ]
    return unique_by_code(roles.np_entities_many([p for v in verbs for p in _let_parties(v)]))


def _let_parties(verb: Any) -> list[Any]:
    """The heads of the parties a letting verb lets: its object (which the parser may hang as a clause), or
    the subject of the deed it lets."""
    direct = [c for c in children_of(verb) if c.dep_ in _LET_DEPS or (c.dep_ in _CLAUSE_DEPS and c.pos_ in _NOMINAL)]
    deeds = [c for c in children_of(verb) if c.dep_ in _CLAUSE_DEPS and c.pos_ not in _NOMINAL]
    return direct + [g for d in deeds for g in children_of(d) if g.dep_ == "nsubj"]
