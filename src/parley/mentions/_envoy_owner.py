"""The words of a title that can say whose an envoy is: in "Our ambassador to Malaysia, Mr John
Hartley," or "Its envoy in Paris, X," the country after "to"/"in" is where the envoy is posted, never
whose envoy it is (34 of 34 envoy role spans with a post in the training gold are coded as the
sending state, none as the host). Read by the people reading of the mentions stage."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words
from ._affiliation import owner_part

__all__ = ["envoy_free", "is_envoy_word"]


def envoy_free(phrase: Any) -> Any:
    """The title phrase without the host an envoy is posted to ("Our ambassador" of "Our ambassador
    to Indonesia"); the whole phrase for any other title ("The police chief in Kabul" is Kabul's)."""
    owner = owner_part(phrase)
    if owner.end >= phrase.end or owner.end <= owner.start:
        return phrase
    prep = phrase.doc[owner.end]
    heads = [phrase.doc[owner.end - 1], prep.head, *(c for c in children_of(prep.head) if c.dep_ == "compound")]
    posted = any(is_envoy_word(t) for t in heads if owner.start <= t.i < owner.end)
    return owner if posted else phrase


def is_envoy_word(token: Any) -> bool:
    """Whether a word of a title names an envoy ("ambassador", "envoys"; resolve_words ``envoy_title``)."""
    titles = resolve_words("envoy_title")
    return token.lower_ in titles or token.lemma_.lower() in titles
