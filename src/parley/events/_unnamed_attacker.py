"""Attacks told in the passive with nobody named as doing them: "a patrol was fired upon near the
river", "the two fishermen were abducted". News leaves the attacker to the story: in a story of two
states, people of one of them were attacked from the other's side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._lexicon import Trigger
from ._type_sets import STATELESS_GROUP
from ._words import word_in

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["armed_men_at_place", "unclaimed_blast", "unnamed_attacker"]

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
    if word_in(head, bombs):
        return True
    under = [c for c in children_of(head) if c.dep_ in _DEVICE_LINKS]
    return depth > 0 and any(_names_a_device(c, bombs, depth - 1) for c in under)


#: The hostile acts gunmen do to people where they strike: attacks, and the goods they seize on the way.
_RAID_TYPES = frozenset({"ASSAULT", "COERCE"})


def armed_men_at_place(
    trig: Trigger,
    subjects: list[Any],
    actors: list[Entity],
    victims: list[Entity],
    place: str | None,
    ctx: DocumentContext,
) -> list[Entity]:
    """The state unnamed gunmen are coded to when they strike foreigners: "gunmen abducted two Dominican
    engineers near Hinche", "gunmen ambushed a convoy of the U.N. mission in North Darfur". News names
    only where it happened, so the raid is told as one by armed men of that state (``place``); when the
    victims are that state's own people, or no place is told, they stay a group of no state. The parser
    may join the dateline to the subject ("KHARTOUM - Unidentified gunmen ambushed"): it is no raider."""
    subjects = [s for s in subjects if not ctx.in_dateline(s)]
    armed = ctx.words.local_gunmen
    if trig.type not in _RAID_TYPES or place is None or not victims or not actors or not subjects:
        return actors
    if any(a.code != STATELESS_GROUP for a in actors) or any(v.code == place for v in victims):
        return actors
    if any(s.lemma_.lower() not in armed and s.lower_ not in armed for s in subjects):
        return actors
    return [Entity(code=place, sector="REB", entity_text=actors[0].entity_text)]
