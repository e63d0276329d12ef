"""A warning that states a fact: "The IMF warned last year that the country was at high risk of debt
distress", "Rights groups cautioned that previous emergency decrees had done little to stop prison
violence". A threat is a warning of what someone will or could do; a "that" clause told in the past
or the perfect, with no auxiliary of the future, of a possibility or of advice, says how things stood
and threatens no one. Training gold: of the warnings (data/event_words.tsv warning_verb) whose every
"that" clause is so told, none is coded THREATEN (0 of 4); every asserted THREATEN at such a verb has
a modal in its clause, an addressee told to act ("warned them to leave") or a thing warned of ("warned
of a general strike")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords

__all__ = ["warns_of_fact"]

#: Tags of a clause's verb (or its auxiliary) told in the past; the perfect's "has/had" + participle too.
_PAST_TAGS = {"VBD"}
#: The dependencies of a verb's auxiliaries.
_AUX_DEPS = {"aux", "auxpass"}


def warns_of_fact(token: Any, words: EventWords) -> bool:
    """The token is a warning verb with a "that" clause (and no infinitive or "of" phrase) every one of
    which is told in the past or the perfect, with no auxiliary of the future, a possibility or advice."""
    if token.lemma_.lower() not in words.warning_verb:
        return False
    children = list(children_of(token))
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_told_as_past(c, words) for c in clauses)


def _told_as_past(clause: Any, words: EventWords) -> bool:
    """The clause's verb is past or perfect, and no word of the clause (the parser may hang a later
    verb on it: "that any boat found fishing there will be escorted out") is an auxiliary of the
    future, a possibility or advice ("would", "could", "should", "will", "going to")."""
    modal = words.future_aux | words.commitment_aux | words.conditional_aux | words.hypothetical_aux | words.advice_aux
    modal |= words.going_future
    if any(t.tag_ == "MD" or t.lower_ in modal for t in clause.subtree):
        return False
    auxes = [c for c in children_of(clause) if c.dep_ in _AUX_DEPS]
    tensed = [a for a in auxes if a.dep_ == "aux"] or auxes or [clause]
    return tensed[0].tag_ in _PAST_TAGS or (tensed[0].lemma_ == "have" and clause.tag_ == "VBN")
