"""Attacks told in the passive with nobody named as doing them: "a patrol was fired upon near the
river", "the two fishermen were abducted". News leaves the attacker to the story: in a story of two
states, people of one of them were attacked from the other's side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._lexicon import Trigger

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["unnamed_attacker"]


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
