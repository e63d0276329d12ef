"""The words of a trigger's gerund or infinitive complement that can name its target: "stopped issuing
visas to citizens of Georgia", "vowed to expel the Kenyan traders" (the target is the complement's)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._parse import prep_objects

__all__ = ["in_route_phrase", "complement_targets"]


def complement_targets(verb: Any, preps: frozenset[str]) -> list[Any]:
    """The heads of the complement's object and of its target phrases ("to Georgian citizens", on the
    verb or on its object): the people or states the complement's act is done to."""
    complements = [c for c in children_of(verb) if c.dep_ == "xcomp"]
    objects = [o for c in complements for o in children_of(c) if o.dep_ in {"dobj", "dative"}]
    return prep_objects(complements, preps) + prep_objects(objects, preps) + objects


def in_route_phrase(token: Any, clause: Any, routes: frozenset[str]) -> bool:
    """Whether the token lies in a phrase of the way something goes ("reroute its cargo through
    Tanzania's port", "via Djibouti"), read up its heads to the clause: a state named so is a route,
    not the party an act is aimed at."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in routes:
            return True
        token = token.head
    return False
