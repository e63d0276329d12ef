"""Nouns that point back at an act the story told before, so they tell no new event: one row of
:data:`TOLD_BACK` per check, saying which event type it turns down (``None``: any type) and why. Each
check reads a trigger noun (the lexicon row's POS is NOUN) of its type; a new check is one more row.

The rows are tried in order and the first that fires names the drop. A reading has one type, so only
the order of the any-type rows against the typed ones can change that name.

Why each check exists:

- ``owned_demand`` (REQUEST): "granted the request", "nothing but their demands": a definite or owned
  demand that does not say what is asked was made before; the training gold codes a REQUEST at none of
  20 such nouns (see :mod:`._extras_owned_demand`).
- ``meeting_setting`` (CONSULT): "Seated at the talks were ...", "its support during the talks": the
  talks are the setting of another act; the training gold codes a CONSULT at none of 11 such nouns. A
  meeting still to come is left as read (see :mod:`._extras_meeting_setting`).
- ``told_before`` (any type): "the army acknowledged the killings": a bare definite noun of a type the
  story has already told is that event again.
- ``told_violence`` (ASSAULT): "apologised for the attack on the building": a definite noun of violence
  naming no doer or victim is the attack the story is about, however it was told (the training gold
  codes a new ASSAULT for none of 60 such nouns).
- ``exercise_told`` (any type): "400 sailors took part in the exercise": an exercise told before, maybe
  as another type or in the headline.
- ``answered_offer`` (AGREE): "did not respond to the mediation offers": an offer made before, answered
  now, is no new offer.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._extras_meeting_setting import is_meeting_setting
from ._extras_owned_demand import is_owned_demand
from ._lexicon import Trigger
from ._told_acts import is_answered_offer, is_bare_definite, is_told_violence
from ._words import EventWords, word_in

__all__ = ["TOLD_BACK", "ToldBack", "is_exercise_noun"]


def is_exercise_noun(token: Any, words: EventWords) -> bool:
    """ "exercise", "drills", "manoeuvres": a noun for a military exercise (training gold codes no new
    event for "the exercise" named again after the lead)."""
    return word_in(token, words.exercise_noun)


def _is_told_exercise(noun: Any, words: EventWords) -> bool:
    """ "took part in the exercise": a bare definite noun of a military exercise."""
    return is_bare_definite(noun, words) and is_exercise_noun(noun, words)


@dataclass(frozen=True)
class ToldBack:
    """A check that turns down a trigger noun pointing back at an act told before.

    ``type``: the event type it reads (``None``: any); ``points_back``: the test of the noun;
    ``later_too``: whether it also turns down an act announced for later; ``told_type``: whether the
    story must already have told an event of the noun's type."""

    name: str
    type: str | None
    points_back: Callable[[Any, EventWords], bool]
    later_too: bool = True
    told_type: bool = False

    def drops(self, token: Any, trig: Trigger, future: bool, words: EventWords, told: Callable[[str], bool]) -> bool:
        """Whether the check turns down ``token`` read as ``trig`` (``future``: announced for later;
        ``told``: whether the story so far has an event of a type)."""
        if trig.pos != "NOUN" or (self.type is not None and trig.type != self.type):
            return False
        if future and not self.later_too:
            return False
        return self.points_back(token, words) and (not self.told_type or told(trig.type))


TOLD_BACK: tuple[ToldBack, ...] = (
    ToldBack("owned_demand", "REQUEST", is_owned_demand),
    ToldBack("meeting_setting", "CONSULT", is_meeting_setting, later_too=False),
    ToldBack("told_before", None, is_bare_definite, told_type=True),
    ToldBack("told_violence", "ASSAULT", is_told_violence),
    ToldBack("exercise_told", None, _is_told_exercise),
    ToldBack("answered_offer", "AGREE", is_answered_offer),
)
