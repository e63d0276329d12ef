"""Deployments against crime: police and troops sent to stop smugglers, poachers or thieves are doing
police work at home, aimed at no other state the story names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._candidate import Candidate

__all__ = ["deployed_against_crime"]

#: How many steps below the trigger a crime word may sit: "sent troops to stop thieves driving herds",
#: "placed soldiers along the frontier, citing smuggling", "after a week of cattle raids ... banditry".
_DEPTH = 4


def deployed_against_crime(cand: Candidate, words: EventWords) -> bool:
    """ "the army deployed a company along the river to stop thieves", "police were sent to escort the
    convoys because of banditry": a deployment whose reason or purpose, told in the phrases it governs,
    is crime (data/event_words.tsv crime_word) answers lawbreakers, not the story's other state."""
    if cand.type != "MOBILIZE":
        return False
    return any(_is_crime_word(t, words) for t in _governed(cand.token))


def _governed(token: Any) -> list[Any]:
    """The tokens a few steps below the trigger, read through children only."""
    found: list[Any] = []
    frontier = [token]
    for _ in range(_DEPTH):
        frontier = [c for t in frontier for c in children_of(t)]
        found += frontier
    return found


def _is_crime_word(token: Any, words: EventWords) -> bool:
    return word_in(token, words.crime_word)
