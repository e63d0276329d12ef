"""Acts aimed at the actor's own people: on people named by their role alone, on the actor's own
following or critics, and labour disputes (which press the story's other state when its workers have
acted across the border before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._parse import prep_objects
from ._type_sets import STATELESS
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext

__all__ = [
    "acted_on",
    "acts_on_home_group",
    "in_own_country",
    "labour_dispute",
    "labour_pressure_abroad",
    "own_following",
]

#: Sectors of a labour dispute (unions, workers, employers): their demands and climbdowns are made at home.
_LABOUR_SECTORS = {"LAB", "BUS"}

#: The acts of a labour dispute (strikes, demands, climbdowns): not a firm's joint venture abroad, nor the
#: deployment of a "company" of troops.
_DISPUTE_ACTS = {"PROTEST", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "CONCEDE", "RETREAT"}

#: Labour's acts of pressure: with a story of two states, aimed at the other state rather than at home.
_LABOUR_PRESSURE = {"PROTEST", "THREATEN"}


def acted_on(cand: Candidate, words: EventWords) -> list[Any]:
    """The words naming whom the act is done to: the trigger's objects and the targets of its
    recipient prepositions (read once per candidate, then asked of by the readings below)."""
    token = cand.token
    objects = [c for c in children_of(token) if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    if token.dep_ == "dobj" and token.head.i != token.i:
        objects += [c for c in children_of(token.head) if c.dep_ == "dative"]  # "promised the herders compensation"
    return objects + prep_objects(objects + [token], words.recipient_prep)


def acts_on_home_group(acted: list[Any], words: EventWords) -> bool:
    """The act's object (`acted`, from acted_on) is people named by their role alone ("sentenced the
    defendants", "pardoned 360 prisoners", "paid subsidies to fishermen"): the people a state or employer
    deals with at home."""
    return any(word_in(o, words.home_group) for o in acted)


def own_following(cand: Candidate, acted: list[Any], words: EventWords) -> list[Entity]:
    """ "the premier brushed aside his critics", "asked his supporters to go home quietly": the act is done to the
    actor's own backers or critics, who are of its state whatever foreign place the sentence names (the
    visit abroad it was said on); an international body or a group of no state has no such home."""
    codes = {a.code for a in cand.actors}
    if len(codes) != 1 or codes & STATELESS:
        return []
    following = [o for o in acted if word_in(o, words.own_following)]
    if not following:
        return []
    # named by the sentence's own words: praise or defence of one's policy to critics at home is kept
    # (_recip_filters drops a partner at home only guessed from the story)
    return [Entity(code=next(iter(codes)), sector="CVL", entity_text=following[0].text)]


def in_own_country(cand: Candidate, ctx: DocumentContext) -> bool:
    """The actors are of the country the story or the sentence places the act in: Kenyan traders in a
    Nairobi story, not Somali ones, whose unnamed counterpart may be Kenya."""
    codes = {a.code for a in cand.actors}
    return len(codes) == 1 and next(iter(codes)) in {ctx.home, ctx.sentence_country(cand.token)}


def labour_dispute(cand: Candidate, ctx: DocumentContext) -> bool:
    """ "the union threatened a stoppage", "the company agreed to raise pay": unions, workers and firms
    act within their own country, unless the sentence puts them at a border ("the drivers' union
    threatened to extend the blockade to the crossing")."""
    sectors = {a.sector for a in cand.actors}
    if not sectors or not sectors <= _LABOUR_SECTORS or cand.type not in _DISPUTE_ACTS:
        return False
    return not ctx.abroad_cued(cand.token)


def labour_pressure_abroad(cand: Candidate, ctx: DocumentContext) -> list[Entity]:
    """ "drivers parked their rigs across the road", "the hauliers' union threatened a boycott": in a
    story of two states, a protest or threat by workers, unions or firms presses the other state of the
    story (whose fees, closures or seizures they dispute), not their own (a climbdown or a demand stays
    at home)."""
    if cand.type not in _LABOUR_PRESSURE or not labour_dispute(cand, ctx):
        return []
    own = {a.code for a in cand.actors}
    other = [e for e in ctx.story_other_side(cand.actors) if e.code not in own]
    return other if other and _labour_pressed_before(own, other[0].code, ctx) else []


def _labour_pressed_before(own: set[str], other: str, ctx: DocumentContext) -> bool:
    """The story has told workers, unions or firms of the actor's state acting on the other state: the
    dispute is across the border (a union's strike over wages in a story of a war stays at home)."""
    return any(other in e.recipient_codes and _labour_of(own, e.actors) for e in ctx.history)


def _labour_of(own: set[str], actors: list[Entity]) -> bool:
    """Some of the actors are workers, unions or firms of the given state."""
    return any(a.code in own and a.sector in _LABOUR_SECTORS for a in actors)
