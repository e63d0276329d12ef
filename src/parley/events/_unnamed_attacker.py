"""Attacks told in the passive with nobody named as doing them: "a patrol was fired upon near the
river", "the two fishermen were abducted". News leaves the attacker to the story: in a story of two
states, people of one of them were attacked from the other's side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._lexicon import Trigger

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["unclaimed_blast", "unnamed_attacker"]

#: How deep under a subject a bomb may be told ("a car packed with explosives": car, packed, with, explosives).
_DEVICE_DEPTH = 3

#: The links that keep to the device's own description: "car bomb", "explosive device", "packed with".
_DEVICE_LINKS = frozenset({"compound", "amod", "acl", "prep", "pobj"})


def unnamed_attacker(trig: Trigger, verb: Any, victims: list[Entity], ctx: DocumentContext) -> list[Entity]:
    """The side that attacked ``victims`` when the sentence names no attacker: the other state of the
    story's one clear pair, when the victims are all of one of its states; else nobody. Not for a count
    of casualties ("two soldiers were killed in the fighting"), nor for people a noun phrase only
    describes ("soldiers captured in April", "troops wounded in recent fighting")."""
    if trig.type != "ASSAULT" or not victims or verb.dep_ == "acl":
        return []
    if verb.lemma_.lower() in ctx.words.casualty_verb:
        return []
    other = ctx.story_other_side(victims)
    return [Entity(code=other[0].code, sector=None, entity_text="")] if other else []


def unclaimed_blast(
    trig: Trigger, verb: Any, subjects: list[Any], place: str | None, ctx: DocumentContext
) -> tuple[list[Entity], list[Entity]]:
    """The state a bombing no one claims is coded to: "a bomb exploded in the bazaar in Khujand", "a car
    packed with explosives blew up near the ministry in Magas". The news names only the device, so
    the attack is told as one at home, by armed men of the state where it went off (``place``) on its
    people; nobody when the device is someone's ("an Azerbaijani shell") or no place is known."""
    if trig.type != "ASSAULT" or trig.mode != "explosives" or place is None or verb.dep_ == "acl":
        return [], []
    if len(subjects) != 1 or not _names_a_device(subjects[0], ctx.words.lethal_weapon, _DEVICE_DEPTH):
        return [], []
    return [Entity(code=place, sector="REB", entity_text="")], [Entity(code=place, sector="CVL", entity_text="")]


def _names_a_device(head: Any, bombs: frozenset[str], depth: int) -> bool:
    """ "a bomb", "a car bomb", "an explosive device", "a car packed with explosives": the phrase's
    head or a word under it (read by its children only) is a bomb."""
    if head.lemma_.lower() in bombs or head.lower_ in bombs:
        return True
    under = [c for c in head.children if c.dep_ in _DEVICE_LINKS]
    return depth > 0 and any(_names_a_device(c, bombs, depth - 1) for c in under)
