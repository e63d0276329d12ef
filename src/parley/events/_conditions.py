"""The conditions of a trigger row (``obj=``, ``prep=``, ``pred=`` ...), read at a token of the parse.

A row of ``data/triggers.tsv`` matches a token when every condition it names holds there. What the
conditions read of the objects is in :mod:`._object_words`, of the clause in :mod:`._clause_readings`;
the conditions that do not read the objects are checked in :mod:`._condition_checks`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS, VERB_POS
from ._clause_readings import is_reported_hedge
from ._condition_checks import CHECKS, Check
from ._lexicon import Trigger, is_future_head
from ._misread_objects import noun_read_as_bare_verb
from ._object_words import (
    described_as,
    hyphenated_forms,
    is_armed_force,
    misread_participle,
    named_forms,
    object_words,
    read_objects,
    relative_object,
)
from ._pact_participle import described_pact
from ._parse import is_committed, prep_objects
from ._participle_compound import noun_before_participle
from ._relcl_gap import told_gap_object
from ._words import EventWords, word_in

__all__ = [
    "condition_holds",
]


def condition_holds(trig: Trigger, token: Any, words: EventWords) -> bool:
    """Every condition of the row holds at the token."""
    # a plain loop: asked of every row of every possible trigger, where a generator under ``all`` costs
    # more than most of the checks
    for name, values in trig.conditions():  # noqa: SIM110 (the loop is the point)
        if not _holds(name, values, token, words):
            return False
    return True


class _ObjectReading:
    """What the object conditions read of one token (its counted objects, the words naming them), kept
    for the next condition asked of the same token: a word is tried against each of its trigger rows in
    turn (a dozen "hold" rows), and each row's ``obj=`` would otherwise walk the same objects again. The
    readings use the parse and the fixed word lists only, so they stay true while the token's Doc lives."""

    __slots__ = ("doc", "i", "words", "counted", "_forms")

    def __init__(self, token: Any, words: EventWords) -> None:
        self.doc, self.i, self.words = token.doc, token.i, words
        self.counted = tuple(_counted_objects(token, words))
        self._forms: frozenset[str] | None = None

    def is_of(self, token: Any, words: EventWords) -> bool:
        return token.i == self.i and token.doc is self.doc and words is self.words

    def forms(self, token: Any) -> frozenset[str]:
        """The lemmas and forms of the words naming the objects (see ``obj=`` in :func:`_obj`)."""
        if self._forms is None:
            objects = list(self.counted)
            objects += read_objects(token, objects, self.words) + relative_object(token, objects)
            objects += told_gap_object(token, objects)
            objects += noun_read_as_bare_verb(token) if not objects else []
            objects += described_pact(token, objects, self.words)
            named = object_words(objects)
            forms = {o.lemma_.lower() for o in named} | {o.lower_ for o in named}
            self._forms = frozenset(forms | {h for o in named for h in hyphenated_forms(o)})
        return self._forms


#: The last token's object reading (one entry: the rows of a word are tried one after another; read
#: and replaced in one step each, so threads sharing it at worst read again).
_last_reading: dict[int, _ObjectReading] = {}


def _object_reading(token: Any, words: EventWords) -> _ObjectReading:
    last = _last_reading.get(0)
    if last is not None and last.is_of(token, words):
        return last
    reading = _last_reading[0] = _ObjectReading(token, words)
    return reading


def _counted_objects(token: Any, words: EventWords) -> list[Any]:
    """The token's direct (or passive subject) objects, with what a quantity word among them counts."""
    objects = [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS]
    # "shut all of its rail links": the object is what the quantity word counts, through a
    # count of a count too ("hosts hundreds of thousands of refugees")
    counted = objects
    for _ in range(2):
        # a number counts as a quantity word ("impounded nineteen of the trawlers", "1,500 of its troops")
        counts = [o for o in counted if word_in(o, words.quantity_word) or o.like_num]
        counted = prep_objects(counts, {"of"})
        objects += counted
    return objects


def _holds(name: str, values: frozenset[str], token: Any, words: EventWords) -> bool:
    if not name:
        return True
    object_check = _OBJECT_CHECKS.get(name)
    if object_check is not None:
        # only the conditions on objects read them: the others skip the walk
        return object_check(values, token, words, _object_reading(token, words))
    check = _CHECKS.get(name)
    return check is None or check(values, token, words)


def _objects_with_gap(token: Any, words: EventWords, reading: _ObjectReading) -> list[Any]:
    """The counted objects and what a relative clause acts on ("the soldiers it stationed")."""
    objects = list(reading.counted)
    return objects + told_gap_object(token, objects)


def _obj(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    objects = _objects_with_gap(token, words, reading)
    return bool(objects) if not values else not values.isdisjoint(reading.forms(token))


def _noobj(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    return not reading.counted


def _objmod(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    objects = list(reading.counted)
    return any(described_as(o, values) for o in objects) or (not objects and misread_participle(token, values))


#: What a relative clause or participle says of the object ("the 80 million euros Lusaka owes it").
_CLAUSE_DEPS = frozenset({"acl", "relcl"})


def _objclause(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    # only rows that ask for it read relative clauses: under objmod= "the engineers it had kept captive"
    # would become a release whose "last Wednesday" the date reader does not place
    return any(described_as(o, values, _CLAUSE_DEPS) for o in reading.counted)


def _notobj(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    # "released a video", "the footage released by the army": not every object makes the act
    objects = list(reading.counted)
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects.append(token.head)
    # "released a video showing tanks": the parser made the video a compound of the tanks
    objects += noun_before_participle(objects)
    return values.isdisjoint(named_forms(objects))


def _promisedverb(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "would keep the strait open by all means necessary", "would use all lawful means": the noun (or
    # its preposition) hangs from a verb that promises (not "smugglers used all means", told as done)
    verb = token.head if token.dep_ == "dobj" else token.head.head if token.head.dep_ in {"prep", "agent"} else None
    return verb is not None and verb.pos_ in VERB_POS and _holds("promised", frozenset(), verb, words)


def _promised(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    # "will respond", "would retaliate", "vowed to respond": a reaction still to come is a threat;
    # one that happened ("responded to the criticism") is told by its own act
    auxes = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    vowed = token.dep_ == "xcomp" and (
        is_future_head(token.head, words)
        # "will have to pay a dear price": an obligation the speaker commits to is promised too
        or (token.head.lemma_ in words.obligation_head and is_committed(token.head, words))
    )
    # with values, what is promised must be named: "would take all necessary measures"
    named = not values or any(word_in(o, values) for o in reading.counted)
    return (bool(auxes & words.commitment_aux) or vowed or is_reported_hedge(token, words)) and named


def _force(values: frozenset[str], token: Any, words: EventWords, reading: _ObjectReading) -> bool:
    # "moved three divisions to", "rushed two infantry companies", "poured troops into": what is moved
    return any(is_armed_force(o, words) for o in _objects_with_gap(token, words, reading))


#: The conditions that read the verb's objects, each checked with the token's :class:`_ObjectReading`.
_OBJECT_CHECKS: dict[str, Callable[[frozenset[str], Any, EventWords, _ObjectReading], bool]] = {
    "obj": _obj,
    "noobj": _noobj,
    "objmod": _objmod,
    "objclause": _objclause,
    "notobj": _notobj,
    "promised": _promised,
    "force": _force,
}

#: The other conditions: they read the token and its clause only.
_CHECKS: dict[str, Check] = {**CHECKS, "promisedverb": _promisedverb}
