"""People named as members of a group the story told before, and people of a named vessel.

"Ugandan police arrested Kenyan fishermen. One of them, John Otieno, said ..." : the fisherman is
Kenyan, not of the story's home country; so are "two of the fishermen, X and Y," and "Among them
was X". "The Karev's captain, X," is of the state the story gave the Karev before ("the Russian
trawler Karev"). Read by :class:`~parley.mentions._people.PeopleReading`; the rules read a token's
head and children only.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words
from ._spans import _country_in, _told_before

__all__ = ["member_country", "vessel_country"]

#: How many sentences back a pronoun's group may be told ("them" of "One of them, X").
_BACK_SENTENCES = 2
#: Parts of speech of a quantity before "of" ("one", "two", "some", "several", "many").
_QUANTITY_POS = {"NUM", "DET", "PRON", "ADJ"}


def member_country(ent: Any, entry_at: dict[int, Any]) -> str | None:
    """The country of the group a name is one of: "one of them, X", "two of the fishermen, X and
    Y,", "Among them was X"; None when the wording is other or the group names no country."""
    group = _fronted_group(ent)
    if group is None:
        group = _among_group(ent)
    return None if group is None else _group_country(group, entry_at)


def vessel_country(fronted: Any, entry_at: dict[int, Any]) -> str | None:
    """The flag state of a named vessel whose crew member a name is ("the Karev's captain, X,"):
    the country the story's earlier mention of that name gave it ("the Russian trawler Karev")."""
    owner = next((t for t in fronted if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
    if owner is None or owner.head.pos_ != "NOUN":
        return None
    sdoc = fronted.doc
    for i in range(fronted.start - 1, -1, -1):
        tok = sdoc[i]
        if tok.text == owner.text and tok.pos_ == "PROPN":
            # "the Russian trawler Karev": the name's own words, or the noun it stands in apposition to
            named = tok.head if tok.dep_ == "appos" and tok.head.i < tok.i else tok
            code = _country_in(sdoc[named.left_edge.i : tok.i], entry_at)
            if code is not None:
                return code
    return None


def _fronted_group(ent: Any) -> Any | None:
    """The group word of "<quantity> of them|the NOUN, X" before a name (or before the first of
    two names joined by "and"): "them" or the noun."""
    sdoc = ent.doc
    i = ent.start - 1
    while i >= 0 and (sdoc[i].pos_ == "PROPN" or sdoc[i].lower_ == "and"):
        i -= 1  # "two of the fishermen, John Otieno and Paul Were": the phrase before the first name
    if i < 3 or sdoc[i].text != ",":
        return None
    group = sdoc[i - 1]
    of = group.head
    if group.dep_ != "pobj" or of.lower_ != "of" or of.i >= group.i or of.head.i >= of.i:
        return None
    return group if of.head.pos_ in _QUANTITY_POS else None


def _among_group(ent: Any) -> Any | None:
    """The group of "Among them was X": the object of an "among" phrase of the verb "be" whose
    subject the name is."""
    root = next((t for t in ent if not (ent.start <= t.head.i < ent.end)), None)
    if root is None or root.dep_ not in {"nsubj", "attr"} or root.head.lemma_ != "be":
        return None
    for prep in children_of(root.head):
        if prep.dep_ == "prep" and prep.lower_ in resolve_words("member_among") and prep.i < root.i:
            return next((t for t in children_of(prep) if t.dep_ == "pobj"), None)
    return None


def _group_country(group: Any, entry_at: dict[int, Any]) -> str | None:
    """The country of a group word: a pronoun's nearest earlier plural noun that names one; a
    noun's own words ("two of the Kenyan fishermen") or its earlier mention ("the fishermen")."""
    sdoc = group.doc
    if group.lower_ in resolve_words("member_back"):
        return _plural_before(sdoc, group.i, entry_at)
    own = _country_in(sdoc[group.left_edge.i : group.i], entry_at)
    if own is not None:
        return own
    return _told_before(sdoc[group.left_edge.i : group.i + 1], entry_at)


def _plural_before(sdoc: Any, at: int, entry_at: dict[int, Any]) -> str | None:
    """The country named by the words of the nearest plural noun before ``at`` (this sentence and
    the ones before) that names one: "Kenyan fishermen" for "them"."""
    sentences = 0
    for i in range(at - 1, -1, -1):
        tok = sdoc[i]
        if tok.is_sent_start:
            sentences += 1
            if sentences > _BACK_SENTENCES:
                return None
        if tok.pos_ == "NOUN" and tok.morph.get("Number") == ["Plur"]:
            code = _country_in(sdoc[tok.left_edge.i : tok.i], entry_at)
            if code is not None:
                return code
    return None
