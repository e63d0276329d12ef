"""Who did a state's act told in the passive with nobody named as doing it ("troops have been stationed
on the island", "the curfew is lifted", "residents are urged to stay indoors", "a further $2 million has
been given"): news tells a government's own measures this way, so the state that reports the act did
it, else the state where it happened, else the story's own state."""

from __future__ import annotations

from typing import Any

from ..document import Entity
from ._context import DocumentContext
from ._lexicon import Trigger
from ._parse import has_agent
from ._type_sets import GIVEN_BACK
from ._words import word_in

__all__ = ["OWN_MEASURES", "own_measure_doer"]

#: Types whose agentless passive is a government's own measure: a deployment stepped up, a call on the
#: public, a concession, a step back ("the blockade was lifted").
OWN_MEASURES = frozenset({"MOBILIZE", "REQUEST", "CONCEDE", "RETREAT"})
#: Trigger modes whose doer is read elsewhere: forces pulled back are their own state's (see
#: ``HolderGuesser._forces_pulled_back``), not the story's.
_OWNED_ELSEWHERE = frozenset({"withdraw"})


def own_measure_doer(
    trig: Trigger, verb: Any, subjects: list[Any], place: str | None, reporter: str | None, ctx: DocumentContext
) -> list[Entity]:
    """The state that did an act of ``OWN_MEASURES`` told in the passive with no doer: ``reporter``
    (the one state whose words tell it), else ``place`` (the sentence's country), else the story's
    home; nobody for a release or a handing back, whose doer is whoever held the people (see
    ``HolderGuesser``), nor for a blow promised in answer ("would be answered")."""
    if trig.type not in OWN_MEASURES or trig.roles == "answered" or (trig.type, trig.mode) in GIVEN_BACK:
        return []
    if trig.mode in _OWNED_ELSEWHERE or has_agent(verb):
        return []  # "repairs demanded by the inspectors": a doer is named, though not as a state
    # "Among those pardoned are ...": only the state that holds them pardons its prisoners (a row of
    # home roles), so the people pardoned need not be named by the row (training gold codes 2 of the
    # 3 agentless "those pardoned")
    if trig.type != "REQUEST" and trig.roles != "home" and not _measure_named(trig, subjects):
        return []  # "Glas was given asylum", "troops were deployed": whose act it is, the words do not say
    code = reporter or place or ctx.home
    return [Entity(code=code, sector="GOV", entity_text="")] if code else []


def _measure_named(trig: Trigger, subjects: list[Any]) -> bool:
    """The passive's subject is the very thing the trigger's row names as what the act is done to ("the
    curfew is lifted", "the sentence was commuted", "surveillance has been stepped up"): a measure a
    state takes on a thing of its own, not a person nor forces someone else may have sent."""
    cond, values = trig.condition()
    return cond == "obj" and bool(values) and any(word_in(s, values) for s in subjects)
