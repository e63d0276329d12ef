"""A meeting told as the setting of another act with no party named: "the decision was made at a
session of the joint commission in Kuching", "the fishermen were released after a flag meeting". In a
story of one clear pair of states, such a meeting is the two states meeting each other (the side the
story opened with first); a story with no such pair says nothing of who met. A meeting told only as
a backdrop ("while talks continue", "months of negotiation", "involved in the talks") or to come
("before talks next month") is left alone: the training gold codes no meeting there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ..parse import VERB_POS
from ._told_acts import is_bare_definite
from ._typing import is_meeting_of_outcome

if TYPE_CHECKING:
    from ._context import DocumentContext
    from ._lexicon import Trigger
    from ._words import EventWords

__all__ = ["story_pair_meeting"]

#: Trigger modes of a meeting one side goes to or arranges for others: no meeting of the pair's own.
_ONE_SIDED_MODES = frozenset({"visit", "third-party", "phone"})


def story_pair_meeting(trig: Trigger, noun: Any, ctx: DocumentContext) -> tuple[list[Entity], list[Entity]]:
    """The parties of a meeting noun that names none and is told as held (see the module's note): the
    story's pair of states, the first-named as actor and the other as recipient; nobody when the story
    has no clear pair of states."""
    if trig.type != "CONSULT" or trig.pos != "NOUN" or trig.mode in _ONE_SIDED_MODES:
        return [], []
    if not _told_as_held(noun, ctx.words):
        return [], []
    codes = ctx.story_pair_codes()
    if len(codes) != 2:
        return [], []
    first, second = ctx.in_story_order([Entity(code=c, sector=None, entity_text="") for c in codes])
    return [first], [second]


def _told_as_held(noun: Any, words: EventWords) -> bool:
    """Whether the meeting is named as where an outcome was settled ("agreed at a meeting in Vinh") or as
    what came before the act ("released after a flag meeting"), or as ending then ("at the end of a
    meeting in Moyale"); one that points back ("the meeting") is the meeting told before."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or is_bare_definite(noun, words):
        return False
    if is_meeting_of_outcome(prep, noun, words):
        return True
    if (bound := _boundary_of(prep, words)) is not None:
        # "reached at the close of a three-day meeting": the outcome's time phrase is the meeting's end
        outer = bound.head
        settled = outer.lower_ in words.occasion_prep and outer.head.lemma_.lower() in words.outcome_verb
        return outer.dep_ == "prep" and (settled or outer.lower_ in words.held_meeting_prep)
    return prep.lower_ in words.held_meeting_prep and prep.head.pos_ in VERB_POS


def _boundary_of(prep: Any, words: EventWords) -> Any:
    """The noun of "the end of", "the close of" that an "of" phrase hangs from, None otherwise: the
    meeting is then told through its end."""
    bound = prep.head
    if prep.lower_ != "of" or bound.dep_ != "pobj" or bound.lemma_.lower() not in words.boundary_noun:
        return None
    return bound
