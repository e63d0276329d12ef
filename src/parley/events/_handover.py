"""Handovers told in the passive with nobody named as giver: "the suspects were handed to Malian
gendarmes in Ansongo", "the fishermen were handed back to Armenia". The receiving side is named after
"to"; the side that gives them up is the state that held them, which news leaves to the story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Entity
from ._lexicon import Trigger

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["is_passive_handover", "holding_state"]


def is_passive_handover(trig: Trigger) -> bool:
    """The row hands people over (an extradition, a handover of suspects, a return of captives)."""
    return trig.roles == "handover" or (trig.type == "RETREAT" and trig.mode == "return")


def holding_state(
    receivers: list[Entity], place: str | None, ctx: DocumentContext, *, sent_to_place: bool = False
) -> list[Entity]:
    """The state that held the people handed to ``receivers``: the other state of the story's pair (the
    handover is often told at the receiving side's post: "handed to Malian gendarmes in Ansongo"), else
    the story's latest detainer (named, and not the receiver), else the country the handover took place
    in, when that is not the receiver's. People sent to a place, not to named authorities, are sent by
    the story's home, else ("SUVA - ... was extradited to Auckland": the sending told from the sending
    side); handed to named authorities, the home is as often the receiving side's."""
    codes = {r.code for r in receivers}
    if len(codes) != 1:
        return []
    other = ctx.story_other_side(receivers)
    if other:
        return [Entity(code=other[0].code, sector="GOV", entity_text="")]
    held = ctx.story_holder()
    # "detained two Armenian villagers" ... "were handed back to Armenia": the story's latest detainer
    if held is not None and held.actors and all(a.entity_text and a.code not in codes for a in held.actors):
        return list(held.actors)
    if place and place not in codes:
        return [Entity(code=place, sector="GOV", entity_text="")]
    if sent_to_place and ctx.home and ctx.home not in codes:
        return [Entity(code=ctx.home, sector="GOV", entity_text="")]
    return []
