"""Doers outside politics: a sports club, an orchestra, a choir, a weather forecaster ("A Libyan football
club cancelled its season", "the Berlin Philharmonic orchestra cancelled its tour of Russia",
"meteorologists warned of heavy rain"). Their acts are a season's, a tour's or the weather's, no state's
or political body's, so the phrase names no actor and the act is no event.

Why: the training gold codes no event done by such a body (0 of its 8,228 coded events has one among
its actors), and all 6 training sentences where one is the doer are left uncoded: the football club that
"unveiled its new kit", the folk choir that "hosted a concert", the cultural troupe that "will perform",
the meteorologists who "warned that more heavy rain was forecast" or "expect further heavy rain", the
forecasters who "said a second system could bring more heavy rain". Only the doer is read: a state's act
on such a body ("Russian shells hit a Ukrainian theatre", "police arrested club supporters") stays an event
(the body is a recipient or target there, and a state names the doer).

Words: data/event_words.tsv ``unpolitical_body`` (the head noun: club, orchestra ...) and
``unpolitical_field`` (the noun before a head of any kind: "football federation", "cricket board",
"weather agency"). Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._pronoun_agents import names_doer
from ._words import EventWords, word_in

__all__ = ["unpolitical_doer"]


def _is_doer(head: Any) -> bool:
    """The phrase's head is a verb's active subject or the agent of a passive ("was cancelled by the club"):
    a doer (``names_doer``), but not the passive subject, on whom the act was done."""
    return head.dep_ != "nsubjpass" and names_doer(head)


def unpolitical_doer(head: Any, words: EventWords) -> bool:
    """The doer's phrase names a body outside politics: its head is one ("the football club", "Japan's
    meteorologists") or a field of sport, stage or weather is compounded with its head ("the Indian
    cricket board", "the opera house", "the weather agency")."""
    if not _is_doer(head):
        return False
    if word_in(head, words.unpolitical_body):
        return True
    for c in children_of(head):  # noqa: SIM110 (a loop: ``any`` over a generator is slower, and every doer is asked)
        if c.dep_ == "compound" and word_in(c, words.unpolitical_field):
            return True
    return False
