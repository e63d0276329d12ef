"""Who invited a third state told in the passive with nobody named as inviting ("Russia was invited to
join but sent nobody", "Serbia has been invited to send observers"): in a story of two states, the
pair that the story is about asks an outsider in (training gold: 2 of 2 such asserted invitations
coded to the story's pair)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ._context import DocumentContext
from ._lexicon import Trigger
from ._parse import has_agent

__all__ = ["third_state_inviters"]


def third_state_inviters(trig: Trigger, verb: Any, invited: list[Entity], ctx: DocumentContext) -> list[Entity]:
    """The story's pair of states, for an AGREE told in the passive with no doer whose subject is a named
    state outside the pair asked to do something ("was invited to join"); nobody when a doer is named,
    the story has no clear pair, the one asked is of the pair, or nothing is asked of it ("the deal was
    agreed")."""
    if trig.type != "AGREE" or trig.mode or has_agent(verb):
        return []
    if not any(c.dep_ == "xcomp" for c in children_of(verb)):
        return []
    pair = ctx.story_pair_codes()
    codes = {e.code for e in invited if e.entity_text}
    if not pair or not codes or codes & set(pair):
        return []
    return [Entity(code=code, sector="GOV", entity_text="") for code in pair]
