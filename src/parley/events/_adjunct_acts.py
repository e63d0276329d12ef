"""Acts told in an adjunct of another party's clause, which the covering verb does not tell.

"In a meeting with the Mongolian minister, the Korean ambassador paid tribute ...": the meeting was
held, a CONSULT of its own, though its noun hangs from a verb of another act. "rejected an ultimatum
from the OAU", "brushed aside Croatian allegations": a said act naming its own sayer was made, then
answered by another party. Reads only a token's head and children.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS
from ._words import EventWords, word_in

__all__ = ["adjunct_holder", "is_adjunct_meeting", "names_own_sayer"]

#: Named entity labels of a modifier that says whose act it is ("Croatian allegations").
_SAYER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def is_adjunct_meeting(prep: Any, noun: Any, words: EventWords) -> bool:
    """``prep`` ("in", "on", "at") names ``noun``, a meeting or visit not told before that names its
    other party ("a meeting with X", "a visit to Y"), as where the act of the clause was done: it was
    held (training gold codes it as a CONSULT of its own: 2 of 2); "on a two-day state visit" naming no
    party and "at their last meeting" are left to the verb."""
    if prep.dep_ != "prep" or prep.lower_ not in words.adjunct_meeting_prep:
        return False
    if noun.head.i != prep.i or noun.dep_ != "pobj" or not word_in(noun, words.adjunct_meeting):
        return False
    determiners = [c.lower_ for c in children_of(noun) if c.dep_ in {"det", "poss"}]
    if any(d not in words.indefinite_determiner for d in determiners):  # "a meeting", bare "talks": not told before
        return False
    return any(c.dep_ == "prep" and c.lower_ in words.adjunct_party_prep for c in children_of(noun))


def adjunct_holder(noun: Any, words: EventWords) -> Any | None:
    """ "The Albanian president, in a telephone call with X, said ...": an adjunct meeting or call set off
    by a comma after the clause's subject, which the parser hangs on the subject, was held by that
    subject (training gold codes it as the subject's CONSULT: 1 of 1; the subject otherwise reads as
    containing the call and is passed over). The subject's head, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or not is_adjunct_meeting(prep, noun, words):
        return None
    subject = prep.head
    if subject.dep_ not in SUBJECT_DEPS or prep.i <= subject.i or noun.doc[prep.i - 1].text != ",":
        return None
    return subject


def names_own_sayer(noun: Any, words: EventWords) -> bool:
    """``noun`` is a said act ("ultimatum", "allegations") that names who said it: a "from"/"by" phrase,
    a state's or body's adjective, or an owner that is not a pronoun ("its allegations" is the
    answerer's own)."""
    if noun.pos_ != "NOUN" or not word_in(noun, words.spoken_act_noun):
        return False
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ in words.author_prep:
            return True
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in _SAYER_LABELS:
            return True
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return True
    return False
