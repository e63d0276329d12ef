"""Warnings that threaten no one because no party of the story would carry them out: a commentator's
("Analysts caution that the quota can be tightened": analysts and experts hold no power to act) and a
forecast of what a thing could do ("warned that the closure could cut off food supplies"). Both are
checks of the chain in ``_candidate_checks`` (``commentator_warning``, ``forecast``), read on THREATEN
verbs by both coders; kept apart from the chain so that it stays one table of checks. The same forecast
read at the told clause's own verb (``said_forecast``) is the learned coder's check.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._verb_subjects import subjects_of
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["forecasts_thing", "said_thing_forecast", "warned_by_commentator", "warns_of_condition"]


def warned_by_commentator(token: Any, words: EventWords) -> bool:
    """ "Analysts caution that the quota can be tightened", "economists warned that the debt could become
    unsustainable": analysts and experts hold no power to carry anything out, so their warning forecasts
    and threatens no one (data/event_words.tsv commentator_noun)."""
    heads = subjects_of(token, words)
    commentators = words.commentator_noun
    return bool(heads) and all(word_in(s, commentators) for s in heads)


def forecasts_thing(token: Any, roles: RoleFinder) -> bool:
    """ "warned that the closure could cut off food supplies": a warning of what a thing (no party the
    story can name) could do is a forecast; "warned that Dakar could retaliate" names who would act,
    "warned that Moldova's flirtation could affect the price" whose conduct is held against it; one told
    to its addressee ("warned Maputo that ...") or of harm to relations ("relations could suffer") is the
    warner's to inflict."""
    words = roles.words
    addressed = any(c.dep_ in {"dobj", "dative"} for c in children_of(token))
    if token.lemma_.lower() not in words.warning_verb or addressed:
        return False
    return any(_foretells_thing(clause, roles) for clause in children_of(token) if clause.dep_ == "ccomp")


def said_thing_forecast(token: Any, roles: RoleFinder) -> bool:
    """ "Aides in Nairobi said a second round with Kampala might come if the first one ended
    calmly": the clause a verb of saying or warning tells, read at its own verb, foretells what a thing
    could do (as :func:`forecasts_thing` reads it at the outer verb): no one's threat."""
    words = roles.words
    if token.dep_ != "ccomp" or not word_in(token.head, words.speech_verb | words.warning_verb):
        return False
    return _foretells_thing(token, roles)


def _foretells_thing(clause: Any, roles: RoleFinder) -> bool:
    """A could/might clause whose subjects are things no party of the story is (no relation word)."""
    words = roles.words
    auxes = {c.lower_ for c in children_of(clause) if c.dep_ == "aux"}
    # a passive ("access could be withdrawn") hides who would act: the warner, maybe
    subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
    if not auxes & words.hypothetical_aux or auxes & words.commitment_aux or not subjects:
        return False
    related = any(word_in(s, words.relation_noun) for s in subjects)
    return not related and all(s.pos_ == "NOUN" for s in subjects) and not roles.np_entities_many(subjects)


def warns_of_condition(token: Any, words: EventWords) -> bool:
    """ "the central bank warned of rising inflation", "the government warned of heavy rain": a warning of
    prices, growth or weather (data/event_words.tsv condition_noun) foretells how things will go, which
    no party would carry out; the training gold's warnings "of" a thing that are coded THREATEN all name an
    act ("warned of retaliation", "of consequences"), and none of its sentences warns of such a condition."""
    if token.lemma_.lower() not in words.warning_verb:
        return False
    preps = [p for p in children_of(token) if p.lower_ in words.forecast_prep]
    objects = [_foretold(o) for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return bool(objects) and all(word_in(o, words.condition_noun) for o in objects)


def _foretold(noun: Any) -> Any:
    """What a warning's object is of: "warned of a flood of refugees" foretells refugees, a people's
    movement a party may cause, no weather; "of a slowdown of growth" still foretells growth."""
    inner = [
        o
        for p in children_of(noun)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    return inner[0] if inner else noun
