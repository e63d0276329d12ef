"""Whose the unnamed people of a second joined act are: "seized two Chinese fishing boats and detained 19
crew members", "seized four Honduran boats and detained 17 fishermen". The second act's people are named
only by their role, and their state is no guess from the story: they are the people of the first act's
named object, of the state the sentence names, not the seizing state's own."""

from __future__ import annotations

from typing import Any, Protocol

from .._columns import children_of
from ..document import Entity
from ..parse import SUBJECT_DEPS, VERB_POS

__all__ = ["first_act_object_states"]

#: How the object of the first of two joined acts hangs from its verb.
_OBJECT_DEPS = {"dobj"}


class _Reader(Protocol):
    def np_entities(self, head: Any, depth: int = 0, country: str | None = None) -> list[Entity]: ...


def first_act_object_states(
    verb: Any, actors: list[Entity], recipients: list[Entity], mention_at: dict[int, Any], reader: _Reader
) -> list[Entity]:
    """The states named by the object of the act ``verb`` is joined to ("and detained 19 crew members"
    after "seized three Korean trawlers"), when the recipients guessed for ``verb``'s unnamed people
    are only the actors' own state; else the recipients as they are. The joined verb must share the
    first's subject (no subject of its own), and the first object must name its state in its own words."""
    codes = {a.code for a in actors}
    if not recipients or {r.code for r in recipients} - codes:
        return recipients
    if verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS:
        return recipients
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return recipients  # "... and Riga retaliated by holding ...": another doer, another act
    own_objects = _objects(verb)
    if not own_objects or any(_names_actor(o, mention_at) for o in own_objects):
        return recipients  # "and detained three Indonesian workers": the act's own object names its state
    named = [
        e
        for obj in _objects(verb.head)
        if _names_actor(obj, mention_at)
        for e in reader.np_entities(obj)
        if e.code not in codes
    ]
    return named or recipients


def _names_actor(head: Any, mention_at: dict[int, Any]) -> bool:
    """A word of the phrase up to its head, other than a pronoun ("its three crew"), names an actor."""
    return any(t.i in mention_at and t.pos_ != "PRON" for t in head.doc[head.left_edge.i : head.i + 1])


def _objects(verb: Any) -> list[Any]:
    """The objects of ``verb``, with their conjuncts ("seized two boats and their nets")."""
    heads = [c for c in children_of(verb) if c.dep_ in _OBJECT_DEPS]
    return [n for h in heads for n in [h, *h.conjuncts]]
