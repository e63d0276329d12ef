"""Who was held: the nouns an arrest, seizure or abduction took ("detained 14 fishermen", "the crew was
seized", "the arrest of the sailors"), so that a later release of the same people ("the fishermen were
freed") is read as done by whoever held them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._columns import children_of
from ..document import Entity
from ._lexicon import Trigger
from ._object_words import relative_object
from ._type_sets import DETENTIONS, GIVEN_BACK, HOLD_ENDINGS
from ._words import EventWords

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["custody_harmer", "held_lemmas", "held_people_act", "taken_in_clause"]

#: How the people taken hang from the act's word: its object, its passive subject, or an object the
#: parser hung as a bare noun adverb ("detained three youths from Kailali": "youths" npadvmod).
_TAKEN_DEPS = {"dobj", "nsubjpass", "npadvmod"}
#: How the people taken hang from a noun of the act ("the arrest of the sailors").
_OF_PREP = "of"


def held_lemmas(token: Any) -> frozenset[str]:
    """The lemmas of the nouns the act's word says were taken, with their conjuncts ("seized the boat
    and its crew")."""
    heads = [c for c in children_of(token) if c.dep_ in _TAKEN_DEPS]
    # "six fishermen who were held by the coast guard": the relative pronoun stands for the noun it hangs from
    heads = [token.head if h.tag_ in {"WP", "WDT"} and token.dep_ == "relcl" else h for h in heads]
    if token.pos_ == "NOUN":
        heads += [g for p in children_of(token) if p.dep_ == "prep" and p.lower_ == _OF_PREP for g in children_of(p)]
    found: set[str] = set()
    for head in heads:
        for noun in [head, *head.conjuncts]:
            if noun.pos_ == "NOUN":
                found.add(noun.lemma_.lower())
    return frozenset(found)


def held_people_act(trig: Trigger, verb: Any, pobjs: list[Any], words: EventWords) -> Literal["", "ended", "harm"]:
    """What a passive act with no doer does to people someone holds: "ended" a release or a return with
    nobody named as receiving them ("the fishermen were freed"), "harm" a beating or torture ("the
    detainees had been beaten"), both by whoever held them; "" for any other act."""
    ending = (trig.type, trig.mode)
    if ending in HOLD_ENDINGS or (ending in GIVEN_BACK and not _receivers(pobjs, words)):
        return "ended"
    if trig.type == "ASSAULT" and verb.lemma_.lower() in words.custody_harm_verb:
        return "harm"
    return ""


def _receivers(pobjs: list[Any], words: EventWords) -> list[Any]:
    """The objects that name who received what was given back ("handed back to Armenia"): not a time
    ("on Friday"), nor what went with it ("with their nets"), nor the people's own ("to their owners",
    "to their families": given back to whom they belong, not to another party)."""
    return [
        p
        for p in pobjs
        if p.head.lower_ in words.receiver_prep
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(p))
    ]


def custody_harmer(verb: Any, people: list[Entity], ctx: DocumentContext) -> tuple[list[Entity], list[Entity]]:
    """Who beat or tortured people in their hands, told with no doer ("several of the detainees had been
    beaten in custody"): the story's latest detainer, when it was named; with no detention told, in a
    story that speaks of custody, the other state of the story's pair than the people's."""
    held = ctx.story_holder()
    if held is not None and held.actors and all(a.entity_text for a in held.actors):
        return list(held.actors), people or list(held.recipients)
    told_so_far = ctx.sdoc[: verb.i]
    if not people or not any(t.lemma_.lower() in ctx.words.custody_word for t in told_so_far):
        return [], []
    other = ctx.story_other_side(people)
    return ([Entity(code=other[0].code, sector="GOV", entity_text="")], people) if other else ([], [])


def taken_in_clause(verb: Any, trig: Trigger, objects: list[Any]) -> list[Any]:
    """What a detention told in a relative clause took: the noun the clause describes when it has no
    object of its own, or only a relative pronoun ("two farmers it had detained", "the icons that its
    police had seized"); else ``objects`` as they are."""
    if (trig.type, trig.mode) not in DETENTIONS:
        return objects
    described = relative_object(verb, objects)
    return described or objects
