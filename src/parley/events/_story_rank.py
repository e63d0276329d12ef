"""How much a story is about each state, and which one of several guessed targets it ranks first: a
reaction guessed from the story answers its main party, not every state that did the same in passing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..document import ActorMention, Entity, Event
from ._entities import unique_by_code
from ._type_sets import AGENT_CODES, ONE_ADVERSARY_TYPES

__all__ = ["main_party", "one_adversary", "state_counts"]

#: Mention kinds that count towards how much a story is about a state (its name, people, capital, leaders).
_RANKED_KINDS = {"name", "alias", "demonym", "capital", "person"}
#: How many times the first state must be named, and how many times more than the next, to be ranked first.
_RANK_MIN = 2
_RANK_MARGIN = 2


def state_counts(mentions: Iterable[ActorMention]) -> Counter[str]:
    """How often the story names each state (international bodies aside)."""
    return Counter(m.entity.code for m in mentions if m.kind in _RANKED_KINDS and m.entity.code not in AGENT_CODES)


def main_party(actors: list[Entity], found: list[Entity], counts: Counter[str], recent: list[Event]) -> list[Entity]:
    """Of several states a single state's reaction is guessed to answer, the one the story names clearly
    most ("Zagreb rejected the charge" in a story of Croatia and Serbia answers Serbia, not also Germany,
    told in passing to have said the same). All of them when they acted together in one of the ``recent``
    events ("welcomed the joint operations"), when an international body is among them (a body's weight
    is not told by how often states are named), or when no one of them stands out."""
    codes = {e.code for e in unique_by_code(found)}
    own = {a.code for a in actors}
    if len(codes) < 2 or len(own) != 1 or (own | codes) & AGENT_CODES:
        return found
    if any(codes <= set(event.actor_codes) for event in recent):
        return found
    first, second = sorted((counts[c] for c in codes), reverse=True)[:2]
    if first < _RANK_MIN or first < second * _RANK_MARGIN:
        return found
    top = max(found, key=lambda e: counts[e.code])
    return [top]


def one_adversary(type_: str, actors: list[Entity], recipients: list[Entity], counts: Counter[str]) -> list[Entity]:
    """Of several states guessed from the story as the target of an attack or a pullback ("gunmen
    ambushed a patrol", "the crew were set free"), the one the story names most: the act is done on one
    side, while an offer or an appeal may go to every party. All of them when a word of the sentence
    named any, when an international body is among them, or when they tie."""
    if type_ not in ONE_ADVERSARY_TYPES or any(r.entity_text for r in recipients):
        return recipients
    codes = {e.code for e in unique_by_code(recipients)}
    own = {a.code for a in actors}
    if len(codes) < 2 or len(own) != 1 or (own | codes) & AGENT_CODES:
        return recipients
    first, second = sorted((counts[c] for c in codes), reverse=True)[:2]
    if first <= second:
        return recipients
    top = max(recipients, key=lambda e: counts[e.code])
    return [top]
