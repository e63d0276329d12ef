"""Names the parser takes for people that the words around them make places.

"the Medininkai crossing", "the Adel Bagrou border post", "Lake Albert": border points, rivers and
villages the gazetteer lacks are often tagged as people; a noun of places after the name, or a word
that opens a place's name, says they are nobody. The words are read from ``resolve_words.tsv``
(roles ``landmark``, ``facility_after``, ``landmark_first`` and ``landmark_last``: "Abha airport", "the
Simla Agreement"); only a token's head and children are read.

A country's or a capital's name inside a landform's name ("Lake Victoria", "the Congo River", "the
Gulf of Guinea") names the water or the mountain, no state acting: ``in_landform_name`` reads the
capitalised words next to it (roles ``landmark_first``, ``landform_after`` and ``landform_of``).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words

__all__ = ["in_landform_name", "names_landmark", "opens_landform_of"]

#: Dependencies by which a name modifies the noun after it ("the Paga crossing").
_MODIFIER_DEPS = {"compound", "nmod", "amod"}


def names_landmark(span: Any) -> bool:
    """The span is a place's name by its words: it opens with a place word ("Lake Albert"), closes with a
    facility's or a document's ("Jomo Kenyatta International Airport", "the Simla Agreement") or
    modifies a place noun after it, alone or in a list ("the Šalčininkai and Medininkai checkpoints")."""
    if len(span) > 1 and span[0].lower_ in resolve_words("landmark_first"):
        return True
    if len(span) > 1 and _title_in(span[-1], "landmark_last"):
        return True  # "Jomo Kenyatta International Airport", "the Simla Agreement": a facility or a document
    token = span[-1]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Medininkai" of "the Šalčininkai and Medininkai checkpoints" hangs from the first
    head = token.head
    if token.dep_ not in _MODIFIER_DEPS or head.i <= token.i or head.pos_ != "NOUN":
        return False
    nouns = resolve_words("landmark") | resolve_words("facility_after")
    if _place_noun(head, token, nouns):
        return True
    # "the Moyo border post": the name hangs from "border", itself a compound of the place noun
    above = head.head
    return head.dep_ == "compound" and above.i > head.i and above.pos_ == "NOUN" and _place_noun(above, token, nouns)


def _place_noun(head: Any, name: Any, nouns: frozenset[str]) -> bool:
    """The noun is a place's ("crossing"), alone or with a compound between it and the name ("border post")."""
    lemma = head.lemma_.lower()
    if lemma in nouns:
        return True
    return any(
        f"{child.lemma_.lower()} {lemma}" in nouns
        for child in children_of(head)
        if child.dep_ == "compound" and name.i < child.i < head.i
    )


def in_landform_name(span: Any) -> bool:
    """The words are part of a lake's, a mountain's, a river's, a strait's or a gulf's name: "Lake
    Victoria" (no Seychelles' capital), "the Congo River", "the Gulf of Guinea". The word that makes
    the landform must be capitalised: "to mount Kenya's defence" keeps Kenya."""
    doc = span.doc
    if span.start and _title_in(doc[span.start - 1], "landmark_first"):
        return True
    if span.end < len(doc) and _title_in(doc[span.end], "landform_after"):
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and _title_in(doc[span.start - 2], "landform_of")


def opens_landform_of(run: Any) -> bool:
    """The words are the landform noun that opens a name with "of" ("the Bay of Bengal", "the Gulf of
    Aden"): part of the water's name, never a town of that name by itself (Bay is a Philippine town)."""
    doc = run.doc
    return (
        len(run) == 1
        and run.end + 1 < len(doc)
        and doc[run.end].lower_ == "of"
        and doc[run.end + 1].pos_ == "PROPN"
        and _title_in(run[0], "landform_of")
    )


def _title_in(token: Any, role: str) -> bool:
    """The word is capitalised and one of the role's words."""
    return bool(token.is_title) and token.lower_ in resolve_words(role)
