"""Two coercive acts of different kinds in one sentence are two events: "seized four trawlers and
arrested 21 fishermen" takes goods and takes people, each coded on its own, while "arrested and
detained 21 fishermen" or "seized the boats and impounded them" stay one act told twice."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Event
from ..parse import OBJECT_DEPS
from ._protest_acts import protest_acts_apart
from ._words import EventWords, load_event_words

__all__ = ["SEPARABLE_TYPES", "act_object", "coordinated", "is_purpose_infinitive", "separate_acts"]

#: The kinds of COERCE act (PLOVER modes) that are acts of their own when they fall on different things:
#: taking people (arrest), taking goods or ground (seize), putting people out (deport), shutting a place
#: or a passage (restrict), silencing a medium (censor): "rounded up 200 people and closed three mosques"
#: (training gold: restrict beside seize, arrest or deport 8 sentences, censor beside seize 1, two mentions).
_KINDS = {"arrest", "seize", "deport", "restrict", "censor"}
#: Types whose acts on different things, each named after its own verb, are separate acts: "called up
#: 2,000 reservists and moved an artillery battery to Djibo" alerts one force and sends another,
#: "released 14 fishermen and returned their three boats", "wrote off half the debt and rescheduled the
#: rest" (the training gold codes such coordinated acts as two mentions).
_SEPARATE_BY_OBJECT = {"MOBILIZE", "AID", "RETREAT"}
#: The SANCTION modes of a diplomatic step (recalling or expelling envoys, closing a mission, breaking
#: relations): beside another measure on another thing it is an act of its own ("recalled its ambassador
#: and froze a power project", "expelled the consul and closed a cultural centre"; the training gold has
#: 29 sentences with two SANCTION mentions, 19 of them with such a step).
_DIPLOMATIC_STEPS = {"withdraw", "expel"}
#: Cooperation: a second act of another word that names its own thing is a second act ("began coordinated
#: patrols, sharing radar data", "completed their joint survey and exchanged their catch statistics";
#: training gold: 17 sentences code two COOPERATE mentions, 5 of them such a pair the rules joined).
_SEPARATE_COOPERATION = "COOPERATE"
#: Types whose two events of one sentence, when the coder kept them apart, stay apart in the article:
#: one sentence tells each act once, so an act it names twice is two acts, whatever their mode.
SEPARABLE_TYPES = frozenset(_SEPARATE_BY_OBJECT | {"COERCE", "SANCTION", "PROTEST", _SEPARATE_COOPERATION})
#: The CAMEO code of an allegation ("accused", "blamed"): an act of its own beside a protest of another kind.
_ALLEGATION = "112"
#: Verbal acts that, said to different parties by two verbs of one sentence, are two acts: "rejected a
#: Cambodian proposal and refused to attend ASEAN talks", "demanded the miners' release and asked the
#: Caribbean Community to convene a meeting", "would cut trade with Europe and review its cooperation with
#: the IAEA" (training gold: 6 sentences with two such verbs to different parties code two mentions; the
#: rule adds no extra event on the training corpus).
_SEPARATE_BY_ADDRESSEE = {"REJECT", "REQUEST", "THREATEN"}
#: How a to-infinitive hangs from the verb whose aim it tells.
_PURPOSE_DEPS = {"advcl", "xcomp"}


def act_object(trigger: Any) -> int | None:
    """The token a trigger verb acts on, its own direct object ("arrested 21 fishermen"); None when it
    has none of its own ("arrested and deported them": the first verb shares the second's object) or
    its object is only told to act ("ordered units to move")."""
    found = None
    for c in children_of(trigger):  # one walk for both questions
        dep = c.dep_
        if dep == "xcomp":
            # "told the brigades to pull nearer": the object is who is to act, and the order is one with the
            # alert it follows, not a move of its own
            return None
        if found is None and dep in OBJECT_DEPS:
            found = c.i
    if is_purpose_infinitive(trigger):
        # "would send a patrol vessel to shadow them": what the sending is for, one act with it
        return None
    return found


def is_purpose_infinitive(verb: Any) -> bool:
    """A to-infinitive hanging from another verb as its aim ("sent a vessel to shadow them")."""
    return verb.dep_ in _PURPOSE_DEPS and verb.head.i != verb.i and any(c.tag_ == "TO" for c in children_of(verb))


def separate_acts(
    event: Event,
    other: Event,
    objects: dict[int, int | None],
    words: EventWords | None = None,
    tokens: dict[int, Any] | None = None,
) -> bool:
    """Two events are separate acts: COERCE of different kinds (arrest, seizure, expulsion), or
    mobilisations, aid or retreats (or sanctions, one of them a diplomatic step), done to different
    objects, each named after its own verb, an apology beside a concession of another kind, or two
    coordinated protest actions (``words``: the pipeline's, with the user's files; the bundled ones by
    default; ``tokens``: each event's trigger token, by ``id``)."""
    if event.event != other.event:
        return False
    if event.event == "PROTEST":
        first, second = (tokens or {}).get(id(other)), (tokens or {}).get(id(event))
        return (
            first is not None and second is not None and protest_acts_apart(first, second, words or load_event_words())
        )
    if event.event in _SEPARATE_BY_OBJECT:
        return _own_objects_differ(event, other, objects)
    if event.event == _SEPARATE_COOPERATION:
        return _own_objects_differ(event, other, objects) or _another_act_on_its_own_thing(event, other, objects)
    if event.event in _SEPARATE_BY_ADDRESSEE:
        return _addressees_differ(event, other) or (
            event.event == "REJECT" and _refusal_beside_rejection(event, other, objects, tokens or {})
        )
    if event.event == "SANCTION":
        steps = {event.mode, other.mode} & _DIPLOMATIC_STEPS
        return bool(steps) and _own_objects_differ(event, other, objects)
    if event.event == "CONCEDE":
        return _apology_beside_other_concession(event, other, words or load_event_words())
    if event.event == "ACCUSE":
        return _accusations_of_two_kinds(event, other, objects)
    if event.event != "COERCE":
        return False
    if event.mode not in _KINDS or other.mode not in _KINDS or event.mode == other.mode:
        return False
    return _own_objects_differ(event, other, objects)


def _own_objects_differ(event: Event, other: Event, objects: dict[int, int | None]) -> bool:
    """Each event's verb names its own object, and they are not the same thing."""
    mine, theirs = objects.get(id(event)), objects.get(id(other))
    return mine is not None and theirs is not None and mine != theirs


def _another_act_on_its_own_thing(event: Event, other: Event, objects: dict[int, int | None]) -> bool:
    """The later event's verb, another word than the earlier trigger, names its own object: "held joint
    patrols, sharing radar data" patrols and shares, two acts; "patrolled and patrolled again" is one."""
    mine, theirs = objects.get(id(event)), objects.get(id(other))
    return mine is not None and mine != theirs and event.trigger != other.trigger


def _addressees_differ(event: Event, other: Event) -> bool:
    """Each event names its own addressee in the sentence's words, and they share no code (a party
    guessed from the story for either one tells no other addressee)."""
    mine = {r.code for r in event.recipients if r.entity_text}
    theirs = {r.code for r in other.recipients if r.entity_text}
    return bool(mine) and bool(theirs) and not mine & theirs


def _refusal_beside_rejection(
    event: Event, other: Event, objects: dict[int, int | None], tokens: dict[int, Any]
) -> bool:
    """ "rejected a proposal for an inquiry and refused to attend talks": a thing turned down (the verb's
    own object) and, coordinated with it, a refusal to do something (a to-infinitive) are two rejections
    (training gold: 2 of 2 such sentences code two REJECT mentions; a rejection told twice, "dismissed
    the strike as politics and ruled out an early poll", has an object on both verbs and stays one)."""
    first, second = tokens.get(id(other)), tokens.get(id(event))
    if first is None or second is None or not coordinated(first, second):
        return False
    mine, theirs = objects.get(id(event)), objects.get(id(other))
    return (mine is not None and theirs is None and _refuses_to_act(first)) or (
        theirs is not None and mine is None and _refuses_to_act(second)
    )


def coordinated(first: Any, second: Any) -> bool:
    """One verb is the other's conjunct ("rejected ... and refused ...")."""
    return (second.dep_ == "conj" and second.head.i == first.i) or (first.dep_ == "conj" and first.head.i == second.i)


def _refuses_to_act(verb: Any) -> bool:
    """The verb takes a to-infinitive of what is refused ("refused to attend talks")."""
    return any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in children_of(c)) for c in children_of(verb))


def _apology_beside_other_concession(event: Event, other: Event, words: EventWords) -> bool:
    """One CONCEDE is an apology and the other is not: "apologised to the villagers and promised to
    replant the forest" says sorry and yields something, two acts (the training gold codes 9 such
    sentences as two CONCEDE mentions; 6 more code the second act as another type)."""
    apology = words.apology_word
    return (event.trigger in apology) != (other.trigger in apology)


def _accusations_of_two_kinds(event: Event, other: Event, objects: dict[int, int | None]) -> bool:
    """ "summoned the Indian high commissioner, and accused the BSF of shooting first", "lodged a
    complaint with Madrid, accusing Spanish dam operators of ...": an allegation that names the accused
    (CAMEO 112) beside a protest lodged or an envoy summoned (111, 114) is an act of its own (training
    gold: 3 of 3 such sentences code both; a protest filed and an envoy summoned, or summoned and handed
    a note, are coded once or twice alike, and stay one). Each verb must name its own object:
    "summoned the ambassador to protest" is one protest, the infinitive telling its aim."""
    cameos = {event.cameo, other.cameo}
    return (
        len(cameos) == 2 and _ALLEGATION in cameos and None not in cameos and _own_objects_differ(event, other, objects)
    )
