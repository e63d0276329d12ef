"""A handover told in the passive after the story told a release: "Sudan freed 31 Egyptian fishermen
on Monday." ... "The men were handed over to Egyptian officials at the Wadi Halfa crossing." The second
sentence tells where and to whom the freed people went, which is the release already coded, not a
second act of cooperation (training gold: of 8 passive handovers of people after a release, 5 are not
coded and 3 are coded as the release's return, none as cooperation)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._lexicon import Trigger
from ._parse import is_doerless_passive
from ._type_sets import GIVEN_BACK

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["restates_release"]


def restates_release(token: Any, trig: Trigger, ctx: DocumentContext) -> bool:
    """The token is a passive handover verb with no giver named ("were handed over to"), read as
    cooperation, in a story that has told a release or a return of captives ("repatriated a
    12-year-old boy") before it."""
    if trig.type != "COOPERATE" or token.lemma_.lower() not in ctx.words.handover_verb:
        return False
    if not is_doerless_passive(token):
        return False  # "Laos handed over five suspects", "was handed over by the Navy": the giver is told
    return any((e.event, e.mode) in GIVEN_BACK for e in ctx.history)
