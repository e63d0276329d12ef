"""What the words around a trigger make of its act in the hands of its doers: a lethal act or a fight with
weapons, a courtesy visit, a protest in the street, a joint exercise, a transport with a load.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ._object_words import modifiers_of
from ._words import EventWords, word_in

__all__ = [
    "PARTY_LABELS",
    "carries_load",
    "fights_with_hand_weapons",
    "in_street",
    "is_courtesy_visit",
    "is_joint_exercise",
    "is_lethal_act",
    "is_officer_visit",
    "names_a_party",
]


#: Named-entity labels of a party to an act: a state, its people or a body.
PARTY_LABELS = {"GPE", "NORP", "ORG"}


def is_courtesy_visit(token: Any, words: EventWords) -> bool:
    """ "paid a courtesy call on the minister", "a goodwill visit to Maputo": a visit made for its own
    sake, which officers and warships pay as any delegation does (a meeting, not help sent)."""
    visits = [token] + [c for c in children_of(token) if c.dep_ == "dobj"]
    return any(m.lower_ in words.courtesy_visit for v in visits for m in modifiers_of(v))


def is_officer_visit(actors: list[Entity]) -> bool:
    """ "Defence Minister Ana Costa travelled to Accra", "a visit to Colombo by the Maldivian defence
    minister": a visit by one who holds a military office is a meeting, not help sent (training gold:
    none of 24 AID events told with a travel word has a person as its doer, they are planes, teams,
    states and forces; "a two-day visit ... by the Maldivian defence minister" is CONSULT)."""
    return bool(actors) and all(a.office for a in actors)


def in_street(verb: Any, words: EventWords) -> bool:
    """ "protested outside the ministry": made where a crowd stands, so a demonstration by people
    the sentence does not name by trade ("members of the community"), not a complaint in a note."""
    return any(c.dep_ == "prep" and c.lower_ in words.street_prep for c in children_of(verb))


def is_lethal_act(type_: str, token: Any, words: EventWords) -> bool:
    """ "herders killed three villagers", "a crowd kidnapped two surveyors", "threw grenades at police":
    done by civilians these are still assaults, not a form of protest."""
    if type_ != "ASSAULT":
        return False
    if word_in(token, words.lethal_act):
        return True
    # "threw stones, bricks and firebombs at the guards": what is thrown makes it one
    thrown = [t for o in children_of(token) if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    if any(word_in(t, words.lethal_weapon) for t in thrown):
        return True
    return fights_with_hand_weapons(token, words)


def fights_with_hand_weapons(token: Any, words: EventWords) -> bool:
    """ "fought with machetes and clubs", "clashed with sticks": a fight with weapons in hand is an
    assault even between villagers or fishermen (training gold: 5 of 5 such are ASSAULT)."""
    used = [t for w in children_of(token) if w.dep_ == "prep" and w.lower_ == "with"
            for o in children_of(w) if o.dep_ == "pobj" for t in (o, *o.conjuncts)]  # fmt: skip
    return any(t.lemma_.lower() in words.hand_weapon for t in used)


def is_joint_exercise(token: Any, actors: list[Entity], words: EventWords) -> bool:
    """An exercise held by the forces of several states, or "with" a partner ("an exercise with Kenyan
    vessels", "drilled with the US navy"): done together, not a show of force by one side."""
    if token.lemma_.lower() not in words.exercise_noun and token.lower_ not in words.exercise_noun:
        return False
    states = {a.code for a in actors if a.code}
    holder = token.head if token.dep_ in {"dobj", "pobj"} else token
    withs = [c for t in (token, holder) for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "with"]
    return len(states) >= 2 or any(names_a_party(o) for w in withs for o in children_of(w) if o.dep_ == "pobj")


def names_a_party(noun: Any) -> bool:
    """ "with the Albanian army", "with Mozambican patrol boats": a partner named by its country or
    body, not the means ("with 10,000 troops", "with tanks and artillery")."""
    own_words = [noun, *(t for left in noun.lefts for t in left.subtree)]  # not "near Tindouf"
    return any(t.ent_type_ in PARTY_LABELS for t in own_words)


def carries_load(verb: Any) -> bool:
    """A motion verb with a load: "flew troops to", "is flying supplies into" (not "visited Beijing")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ not in {"GPE", "LOC", "FAC"} for o in objects)
