"""A town that names the building or site an event took place in ("sued the operator in a Tbilisi
court", "treated in a Sevastopol hospital", "held talks at a Geneva hotel"): the town is no object of
the preposition but a modifier of its object, so the clause's place reading, which asks for the
preposition's object, misses it (and the parser often tags such a town NORP or PERSON, not GPE).

Training corpus (rules coder, the 427 documents with "in/at/near a|the <Capitalised> <noun>"): the
reading changes the place of 14 events that have a gold event of their type; the gold places 10 at that
town's site ("the Rosso crossing", "in the Moyale area", "Tbilisi"; 5 had no place, 5 a wrong one), 1
elsewhere (wrong before too), 3 nowhere (2 had a wrong place before); no right place is lost. Read by
:meth:`~._clause_anchors.ClauseAnchors.clause_place` after the clause's own places, so a place written
as the preposition's object comes first ("met in Geneva at a Lausanne company's offices").

A town whose name goes on in a capitalised noun ("in the Columbus Channel", "at the Simón Bolívar
Bridge", "near the Pan-American Highway") is part of a longer proper name; when the story names no
state the town lies in, the name is no town's (Columbus, Ohio, is not where a Venezuelan patrol fired
on a pirogue). Training corpus (all 932 documents, rules coder): the reading fired 6 times so (5 with
a gold event), and the gold codes the town's state in none of them; of the 5 such firings where the
story names the town's state (kept), the gold codes it in 2, not in 1, and 2 have no gold event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..knowledge import resolve_words
from ..parse._tree import clause_tree
from ._words import EventWords

__all__ = ["modifier_town"]

#: How a town hangs from the noun it names the site of ("a Tbilisi court", "the Juárez offices").
_MODIFIER_DEPS = {"compound", "nmod", "amod"}


def modifier_town(
    clause_ids: set[int],
    anchors: set[int],
    sdoc: Any,
    words: EventWords,
    is_town: Callable[[str], bool],
    demonyms: frozenset[int],
    unnamed_state: Callable[[str], bool],
) -> str | None:
    """The town modifying the object of a locative preposition of the clause, if the gazetteer knows it;
    a people's name (``demonyms``: its token indices) is none ("at the Kazakh embassy": Kazakh is a town too),
    nor a town in a longer proper name ("the Columbus Channel") whose state the story does not name
    (``unnamed_state``)."""
    for noun in _locative_objects(clause_ids, anchors, sdoc, words):
        for name in _modifier_names(noun, sdoc, demonyms):
            if is_town(name) and not (noun.text[:1].isupper() and unnamed_state(name)):
                return _venue_written(noun, name, sdoc)
    return None


def _venue_written(noun: Any, name: str, sdoc: Any) -> str:
    """The venue as written when ``noun`` is a venue word its town's name opens ("at Khartoum airport",
    "the Benito Juárez airport"): the training gold writes such places in full (29 events, none by the
    town alone; knowledge/_places resolves them to the town); else the town."""
    if noun.lemma_.lower() not in resolve_words("venue"):
        return name
    start = noun.i - 1
    while start >= 0 and sdoc[start].text[:1].isupper() and sdoc[start].dep_ in _MODIFIER_DEPS | {"compound"}:
        start -= 1
    written = sdoc[start + 1 : noun.i + 1].text
    return written if written.startswith(name) else name


def _locative_objects(clause_ids: set[int], anchors: set[int], sdoc: Any, words: EventWords) -> Iterator[Any]:
    """Objects of the locative prepositions hanging from the trigger or its verb ("sued ... in a Tbilisi
    court": court), in text order; not those of a noun ("denied reports in a Bangkok newspaper"). Only the
    clause's prepositional objects are looked at as tokens (their dependency read from the document's
    tree, built once per document)."""
    pobjs = clause_tree(sdoc).pobjs
    for i in sorted(clause_ids):
        if not pobjs[i]:
            continue
        tok = sdoc[i]
        if tok.head.lower_ in words.locative_prep and _hangs_from(tok.head, anchors, words):
            yield tok


def _hangs_from(prep: Any, anchors: set[int], words: EventWords) -> bool:
    """The preposition hangs from an anchor, or from a place phrase that does ("parked across the road
    at the Kasumbalesa crossing"), not from a time phrase ("delivered wheat after a poor harvest in the
    Fergana valley")."""
    head = prep.head
    if head.i in anchors:
        return True
    outer = head.head
    return bool(
        head.dep_ == "pobj" and outer.dep_ == "prep" and outer.lower_ not in words.time_prep and outer.head.i in anchors
    )


def _modifier_names(noun: Any, sdoc: Any, demonyms: frozenset[int]) -> Iterator[str]:
    """The capitalised modifiers of a noun, as whole names ("Benito Juárez" of "the Benito Juárez
    airport"), through one common-noun compound ("the Ponta Porã bus station")."""
    for child in noun.lefts:
        if child.dep_ not in _MODIFIER_DEPS or child.i in demonyms:
            continue
        if child.text[:1].isupper():
            yield sdoc[child.left_edge.i : child.i + 1].text
        elif child.dep_ == "compound":
            yield from _modifier_names(child, sdoc, demonyms)
