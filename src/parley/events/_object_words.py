"""What the words of a trigger's objects and nouns say: the words naming an object, its modifiers,
what describes it, whether it is an armed force and whether it names its own doer.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._parse import is_passive, prep_objects
from ._words import EventWords, word_in

__all__ = [
    "MODIFIER_DEPS",
    "described_as",
    "hyphenated_forms",
    "is_armed_force",
    "misplaced_doer",
    "misread_participle",
    "modifiers_of",
    "named_forms",
    "names_own_doer",
    "object_words",
    "read_objects",
    "relative_object",
]


#: Dependencies of the words that modify a noun ("naval vessels", "border guards").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def described_as(noun: Any, values: frozenset[str], deps: frozenset[str] = frozenset({"acl", "amod"})) -> bool:
    """ "two men wanted in Bamako", "suspected smugglers", "convicted pirates": what a participle or
    adjective says the object is; it tells a handover of suspects from a release of captives. Before a
    number and a name ("set free 31 Lao nationals") the parser hangs the adjective on the number."""
    counts = [c for c in children_of(noun) if c.dep_ == "nummod"]
    described = [c for n in [noun, *counts] for c in children_of(n) if c.dep_ in deps]
    return any(word_in(c, values) for c in described)


def misread_participle(verb: Any, values: frozenset[str]) -> bool:
    """ "handed over to Malawi two suspects wanted over a robbery": the parser reads the object and its
    participle as a clause of their own ("suspects wanted ..."); the clause's subject is the object."""
    return any(
        c.dep_ in {"ccomp", "advcl", "conj"}
        and c.tag_ in {"VBN", "VBD"}
        and c.lemma_.lower() in values
        and any(s.dep_ == "nsubj" for s in children_of(c))
        for c in children_of(verb)
    )


def read_objects(verb: Any, objects: list[Any], words: EventWords) -> list[Any]:
    """What else names a verb's object: "raised the alert level" (a degree is named by what it is a
    degree of, here its modifier), "gave the mission seven days to retract it" (after an indirect
    object the parser reads the direct one as an adverbial noun), "sent a message of solidarity" (a
    message is named by what it carries)."""
    degrees = [o for o in objects if o.lemma_.lower() in words.degree_noun]
    named = [m for o in degrees for m in children_of(o) if m.dep_ in MODIFIER_DEPS]
    named += prep_objects([o for o in objects if o.lemma_.lower() in words.message_noun], {"of"})
    if any(c.dep_ == "dative" for c in children_of(verb)) and not any(c.dep_ == "dobj" for c in children_of(verb)):
        named += [c for c in children_of(verb) if c.dep_ == "npadvmod"]
    return named


def relative_object(verb: Any, objects: list[Any]) -> list[Any]:
    """ "an offer Ashgabat declined", "the request that was refused": the verb of a relative clause
    whose object is left out, or is only a relative pronoun, acts on the noun the clause describes
    (not in "the delegation that received ...", where the pronoun is the subject)."""
    relative = {"WDT", "WP"}
    if verb.dep_ != "relcl" or any(o.tag_ not in relative for o in objects):
        return []
    if any(c.dep_ == "nsubj" and c.tag_ in relative for c in children_of(verb)):
        return []
    return [verb.head]


def object_words(objects: list[Any]) -> list[Any]:
    """ "sent a helicopter and forty firefighters", "dispatched relief ships": the words that name what
    a verb acts on are each object's coordinated nouns and the nouns compounded to its head."""
    heads = list(objects)
    for head in heads:  # grows as it goes: "tents, blankets and food" chains one conjunct to the next
        heads += [c for c in children_of(head) if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return heads + [m for h in heads for m in children_of(h) if m.dep_ == "compound"]


def named_forms(objects: list[Any]) -> set[str]:
    """The lemmas and forms of the objects, and each with the nouns compounded to it ("a price war"):
    the compound names another thing than its head alone."""
    forms = {f for o in objects for f in (o.lemma_.lower(), o.lower_)}
    compounds = [(c, o) for o in objects for c in children_of(o) if c.dep_ == "compound"]
    return forms | {f"{c.lower_} {head}" for c, o in compounds for head in (o.lemma_.lower(), o.lower_)}


def hyphenated_forms(noun: Any) -> list[str]:
    """ "lifted their sit-in": the parser splits a hyphenated noun into a compound, a hyphen and a head
    ("sit" "-" "in"); the whole word is what a row names."""
    children = list(children_of(noun))
    if not any(c.dep_ == "punct" and c.lower_ == "-" for c in children):
        return []
    heads = {noun.lower_, noun.lemma_.lower()}
    return [f"{c.lower_}-{head}" for c in children if c.dep_ == "compound" for head in heads]


def modifiers_of(noun: Any) -> list[Any]:
    """ "a joint search-and-rescue exercise", "joint coast guard inspections": the noun's modifiers, and
    those of the nouns before it, on which the parser often hangs the first adjective."""
    mods = [c for c in children_of(noun) if c.dep_ in MODIFIER_DEPS]
    return mods + [g for m in mods if m.dep_ in {"compound", "nmod"} for g in children_of(m) if g.dep_ in MODIFIER_DEPS]


def is_armed_force(noun: Any, words: EventWords) -> bool:
    """ "troops", "two infantry companies", "navy patrol vessels", "a company of soldiers", "armoured
    vehicles": a noun phrase of armed units or their weapons (by its head, a modifier or what it counts)."""
    force = words.military_force
    if word_in(noun, force):
        return True
    modifiers = [c for c in children_of(noun) if c.dep_ in MODIFIER_DEPS]
    if any(word_in(m, force) for m in modifiers):
        return True
    counts = word_in(noun, words.quantity_word)
    counted = prep_objects([noun], {"of"}) if counts else []
    return any(is_armed_force(c, words) for c in counted)


def names_own_doer(noun: Any, words: EventWords) -> bool:
    """ "the detention of nine fishermen by a navy patrol": a noun whose doer its own "by" phrase names
    tells an act of its own (on the noun, or misparsed elsewhere: ``misplaced_doer``)."""
    own = any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in children_of(noun))
    return own or bool(misplaced_doer(noun, words))


def misplaced_doer(noun: Any, words: EventWords) -> list[Any]:
    """The "by" phrase naming the doer of a noun's act that the parser hung on the noun's "of" object
    ("the arrest of three traders by Ghanaian police") or on the active verb the noun's preposition hangs
    from ("apologised for the detention of nine fishermen by a navy patrol": an active verb takes no
    agent). Away from the noun it names the doer only if it names a force or a state, not whoever made
    the object or how the verb was done ("by phone"). The "by" tokens."""
    bys = [b for o in prep_objects([noun], {"of"}) for b in children_of(o) if b.dep_ in {"prep", "agent"}]
    verb = noun.head.head if noun.dep_ == "pobj" else noun
    if verb.pos_ in VERB_POS and verb.i != noun.i and not is_passive(verb):
        bys += [b for b in children_of(verb) if b.dep_ in {"prep", "agent"} and b.i > noun.i]
    named = [(b, [d for d in children_of(b) if d.dep_ == "pobj"]) for b in bys if b.lower_ == "by"]
    return [b for b, objs in named if any(is_armed_force(d, words) or d.ent_type_ == "GPE" for d in objs)]
