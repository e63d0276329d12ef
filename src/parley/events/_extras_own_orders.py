"""An order to a state's own forces: "the premier ordered the army to guard the frontier posts", "the
navy had been told to avoid any confrontation", "directed the troops to repel any further raid".
A government commanding its own soldiers or police asks nothing of another party: the writers code
the act ordered (a deployment, a withdrawal) or nothing. In the training corpus, of 8 sentences where a
state orders its own unnamed forces (army, navy, troops, coast guard, brigades), none codes a REQUEST
(the one REQUEST of the shape is told to civilian fishing fleets). Forces named with a state's name
("the Ethiopian army") are left alone: they may be another state's. The verbs are in
data/event_words.tsv command_verb.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._sent_forces import SectorOf, is_sent_force
from ._words import EventWords, word_in

__all__ = ["is_order_to_own_force"]

#: Who is ordered: the object of "ordered the army to", the subject of "the army was ordered to".
_ORDERED_DEPS = frozenset({"dobj", "nsubjpass"})
#: The police's sector (data/sectors.tsv): a state's police take its orders as its army does.
_POLICE = "COP"
#: Entity labels of a modifier that names whose forces they are ("the Ethiopian army").
_STATE_LABELS = frozenset({"GPE", "NORP"})


def _is_unnamed_force(noun: Any, words: EventWords, sector_of: SectorOf) -> bool:
    """ "the army", "its troops", "the police": a force with no state's name among its modifiers."""
    if any(c.ent_type_ in _STATE_LABELS for c in noun.subtree if c.i < noun.i):
        return False
    if is_sent_force(noun, noun.doc, words, sector_of):
        return True
    return sector_of(noun.doc[noun.i : noun.i + 1])[0] == _POLICE


def is_order_to_own_force(token: Any, type_: str, words: EventWords, sector_of: SectorOf) -> bool:
    """A REQUEST read at a verb of command (order, instruct) whose addressee is a force with no state's
    name: the government's own forces, no request of the story."""
    if type_ != "REQUEST" or not word_in(token, words.command_verb):
        return False
    if not any(c.dep_ == "xcomp" for c in children_of(token)):
        return False
    return any(_is_unnamed_force(c, words, sector_of) for c in children_of(token) if c.dep_ in _ORDERED_DEPS)
