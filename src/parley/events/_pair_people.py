"""The two people a counted phrase of people stands for ("Ferreira and Tanaka met ... the two presidents
have agreed", "Ferreira flew to Madrid to see Tanaka, and both men pledged").

The story's pair (:meth:`~._context.DocumentContext.pair`) is the two sides of the latest two-party
event; a third party's event told in between ("Norway has promised equipment. ... the two
presidents have agreed") puts that party in the pair. A phrase of people is checked against the people
the article names: a side of the pair with no named person who can be one of them (no president of it
for "the two presidents") is not theirs, and the last two people of different states who can be are
read instead."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import ActorMention, Entity
from ..knowledge import NON_STATE_CODES

if TYPE_CHECKING:
    from ._context import DocumentContext
    from ._words import EventWords

__all__ = ["pair_people"]


def pair_people(head: Any, pair: list[Entity], ctx: DocumentContext, words: EventWords) -> list[Entity]:
    """The two people's states ``head`` ("presidents", "men" of a counted pair phrase) stands for when
    a side of ``pair`` (the story's pair) holds no named person it can stand for; empty otherwise
    (the caller keeps the pair)."""
    noun = head.lemma_.lower()
    if noun not in words.pair_person_head and noun not in words.pair_anyone_head:
        return []
    people = [m for m in ctx.doc.actor_mentions if m.token_end <= head.i and _can_be(m, noun, words)]
    if not people or all(any(m.entity.code == side.code for m in people) for side in pair):
        return []
    found: dict[str, ActorMention] = {}
    for mention in reversed(people):
        found.setdefault(mention.entity.code, mention)
        if len(found) == 2:
            return [Entity(code=m.entity.code, sector=m.entity.sector, entity_text=m.text) for m in found.values()]
    return []


def _can_be(mention: ActorMention, noun: str, words: EventWords) -> bool:
    """A named person of a state holding an office that ``noun`` can name: any office for "men" or
    "leaders", an office with that word in it for "presidents" or "ministers" ("Foreign Minister")."""
    office = (mention.entity.office or "").lower()
    if mention.kind != "person" or not office or mention.entity.code in NON_STATE_CODES:
        return False
    return noun in words.pair_anyone_head or noun in office.split()
