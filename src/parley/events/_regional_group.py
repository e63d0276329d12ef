"""A region's ministers or leaders ("Southeast Asian foreign ministers", "Caribbean leaders") meet and
speak as the region's body: PLOVER's IGO (training gold: 6 of 6 such groups coded IGO: Caribbean
leaders 3, Pacific leaders 1, Central American ministers 1, Southeast Asian foreign ministers 1).
Reads only a token's children (the learned coder's token views have no more)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ._words import EventWords

__all__ = ["regional_group"]


def regional_group(head: Any, words: EventWords) -> list[Entity]:
    """The IGO a bare plural of a region's ministers or leaders stands for (none: not such a group)."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in words.regional_gathered:
        return []
    if any(c.dep_ in {"det", "poss", "nummod"} for c in children_of(head)):
        return []  # "the two ministers", "their leaders": the story's own
    modifiers = [c for c in children_of(head) if c.dep_ in {"amod", "compound"} and c.i < head.i]
    for first in modifiers:
        phrase = " ".join(t.lower_ for t in _with_own_modifiers(first))
        if phrase in words.regional_adjective:
            return [Entity(code="IGO", sector="GOV", entity_text=phrase)]
    return []


def _with_own_modifiers(token: Any) -> list[Any]:
    """ "Southeast Asian": the modifier with the words the parser hung on it, in order."""
    return sorted(
        [c for c in children_of(token) if c.dep_ in {"amod", "compound"} and c.i < token.i] + [token], key=lambda t: t.i
    )
