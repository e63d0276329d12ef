"""The deed a letting verb lets a party do: "Bulgaria would let Turkish customs officers work alongside
Bulgarian ones", "Latvian trawlers will be allowed to fish near Ruhnu".

What the letting verb is told with passes down to the deed it lets: a letting promised with "will" or
"would" (in reported speech) lets a deed that is still to come, not one done. English puts the
auxiliary on the letting verb only, so the deed's own clause looks asserted. Training gold: of 17
sentences with a bare or "to" deed under a promised let, allow or permit, none codes the deed as an
asserted act; the 5 that code it code it future (the Bulgarian customs officers' work, Indonesia letting
Australian planes deliver food, the Bahamas letting Cuban staff visit, trawlers allowed to fish,
gendarmes allowed to pursue). The 17 include every case where parley coded the deed as done (3 of 3).

The promise is the letter's, made to the party it lets: the gold codes the letting state as actor and
the party let as recipient in 6 of 6 promised lettings (Bulgaria to Turkey, Indonesia to Australia,
the Bahamas to Cuba, Estonia to Latvia, Suriname to France, Zambia to Malawi).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..document import Entity
from ._entities import same_entity, unique_by_code
from ._verb_subjects import subjects_of
from ._words import EventWords

__all__ = ["letter_roles", "letting_head"]

#: How the deed hangs from the letting verb: "let officers work" (ccomp), "allow them to land" (xcomp).
_DEED_DEPS = {"ccomp", "xcomp"}


def letting_head(token: Any, words: EventWords) -> Any | None:
    """The letting verb ("let", "allow", "permit") whose deed ``token`` is, or None."""
    if token.dep_ not in _DEED_DEPS:
        return None
    head = token.head
    if head.i == token.i or head.lemma_.lower() not in words.letting_verb:
        return None
    return head


def letter_roles(
    token: Any,
    actors: list[Entity],
    recipients: list[Entity],
    words: EventWords,
    entities: Callable[[list[Any]], list[Entity]],
) -> tuple[list[Entity], list[Entity]]:
    """The roles of a deed let: "Bulgaria would let Turkish officers work alongside" is Bulgaria's promise
    to Turkey; unchanged when ``token`` is no deed let or the letter names no other party."""
    head = letting_head(token, words)
    if head is None:
        return actors, recipients
    letters = unique_by_code(entities(subjects_of(head, words)))
    if not letters or all(same_entity(e, actors) for e in letters):
        return actors, recipients
    return letters, [e for e in unique_by_code(actors) if not same_entity(e, letters)] or recipients
