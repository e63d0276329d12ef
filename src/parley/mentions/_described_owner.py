"""A name set after a noun that a country's word qualifies, where the parse hides the apposition from
the title readings: "A Dutch national, Pieter Janssen," (the parser tags "national" an adjective) and
"two Kenyan activists, Wanjiru Kamau and Otieno Odhiambo," (the first name hangs on the
noun as a conjunct, the second on the first name). Either person is of the country the noun names.

Why: such people (nationals held abroad, activists, crews) stayed without a code, so the events they
take part in lost a party or took the story's state. The training corpus codes its one name of the
shape by the noun's country ("His Spanish counterpart, X," ESP, 1 of 1), and news writes the noun
before the names only when it describes them."""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["described_owner"]

#: How a country's word qualifies the noun ("Mexico's", "the Mexican", "Thai" read as a proper noun).
_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}


def described_owner(ent: Any, entry_at: dict[int, Any]) -> tuple[str, bool] | None:
    """The country of the noun the names of ``ent``'s list follow, and whether the noun describes
    (an indefinite article or a number before it: a private person) rather than titles."""
    sdoc = ent.doc
    root = ent.root
    listed = False
    while root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < root.i:
        head = root.head
        if not all(t.text == "," or t.dep_ == "cc" for t in sdoc[head.i + 1 : _first(root)]):
            return None  # "X, the president, and Y": no list of names
        root, listed = head, True
    noun = root.head
    if root.dep_ not in {"appos", "conj"} or noun.pos_ not in {"NOUN", "ADJ"} or noun.i + 2 != _first(root):
        return None
    if (listed or root.dep_ == "conj") and noun.tag_ != "NNS":
        return None  # "The Chilean envoy, X, and Y": one envoy, so Y is no second of him
    if sdoc[noun.i + 1].text != ",":
        return None
    for owner in reversed([c for c in children_of(noun) if c.dep_ in _OWNER_DEPS and c.i < noun.i]):
        entry = entry_at.get(owner.i)
        if entry is not None and entry.kind != "person":
            described = any(c.dep_ == "nummod" or _indefinite(c) for c in children_of(noun) if c.i < noun.i)
            return str(entry.code), described
    return None


def _first(root: Any) -> int:
    """The first token of the name whose head is ``root`` (its compound given names)."""
    return min([root.i, *(c.i for c in root.lefts if c.dep_ == "compound")])


def _indefinite(token: Any) -> bool:
    return token.pos_ == "DET" and token.morph.get("Definite") == ["Ind"]
