"""What commentators foresee: "Analysts say Israel could respond within days", "experts said the Taliban
may seek recognition", "analysts expect further talks next year". Analysts and experts (data/event_words.tsv
commentator_noun) hold no power to act and speak for no party: an act they say "could", "may" or "might"
happen, or one they expect or predict (forecast_verb), is a forecast, no event of the story. A party's own
"could" ("the alliance could respond with force", said by the alliance) stays a threat; this reads only
clauses whose reporting verb has commentators, and no one else, for subjects.

Training gold: none of the corpus's 14 sentences where analysts, experts, observers or economists say or
believe that something could, may, would or will happen has any coded event (14 of 14); the check drops
nothing there (the coders already code none), and it drops the learned coder's threats, requests and
sanctions read in such forecasts on new wordings ("Analysts say Israel could respond within days").

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._parse import clause_verb, first_conjunct
from ._words import EventWords, word_in

__all__ = ["is_commentator_forecast"]

#: How the foreseen clause hangs from the verb that reports it.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
#: How a foreseen act hangs from "expect"/"predict" as a noun ("expect further talks").
_OBJECT_DEPS = frozenset({"dobj", "nsubj"})
#: The subjects of the reporting verb.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def is_commentator_forecast(token: Any, words: EventWords) -> bool:
    """The word's act is what commentators say could happen, or what they expect or predict."""
    if token.pos_ not in VERB_POS and token.dep_ in _OBJECT_DEPS and _foresees(token.head, words):
        return True  # "Analysts expect further talks": the talks are foreseen
    clause = first_conjunct(clause_verb(token))
    if clause.dep_ not in _CLAUSE_DEPS or clause.head.i == clause.i:
        return False
    reporter = clause.head
    if _foresees(reporter, words):
        return True  # "analysts expect the campaign to last weeks", "experts predict Seoul will respond"
    modal = any(c.dep_ == "aux" and c.lower_ in words.hypothetical_aux for c in children_of(clause))
    return modal and word_in(reporter, words.speech_verb) and _by_commentators(reporter, words)


def _foresees(verb: Any, words: EventWords) -> bool:
    """ "analysts expect", "experts predict": a forecast verb whose subjects are all commentators."""
    return verb.pos_ in VERB_POS and word_in(verb, words.forecast_verb) and _by_commentators(verb, words)


def _by_commentators(verb: Any, words: EventWords) -> bool:
    """The verb's own subjects are all commentator nouns ("analysts", "military experts")."""
    subjects = [c for c in children_of(verb) if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and all(word_in(s, words.commentator_noun) for s in subjects)
