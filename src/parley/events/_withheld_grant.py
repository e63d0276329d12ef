"""Who refused a leave told in the passive ("eleven drivers were refused entry", "its diplomats had been
denied access to the men"): the refuser named in a "by" phrase the parser hung on the leave ("were denied
access to the site by the Russian side"), else, with nobody named, the state where it happened, since entry,
access or a visa is the state's to grant; else the state that reports it, else the story's own state
(training gold: 4 of 4 such agentless refusals coded so; the one refusal with a misplaced "by" phrase is
coded as its doer's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._columns import children_of
from ..document import Entity
from ._context import DocumentContext
from ._lexicon import Trigger
from ._parse import has_agent
from ._words import EventWords, word_in

__all__ = ["grant_withholder", "leave_refusers"]


def grant_withholder(
    trig: Trigger,
    verb: Any,
    words: EventWords,
    place: str | None,
    reporter: str | None,
    ctx: DocumentContext,
    read: Callable[[list[Any]], list[Entity]],
) -> list[Entity]:
    """The state that refused a ``withheld_grant`` kept as the object of a passive refusal: the doer of a
    "by" phrase on the leave, read with ``read``; with none, ``place`` (the sentence's country), else
    ``reporter``, else the story's home; nobody when a doer hangs on the verb ("were denied access by the
    guards": the verb's own reading has it) or the refused thing is no leave ("was refused a meeting")."""
    if trig.type != "REJECT" or trig.mode or has_agent(verb):
        return []
    kept = [c for c in children_of(verb) if c.dep_ in {"dobj", "dative", "oprd"}]
    leaves = [c for c in kept if word_in(c, words.withheld_grant)]
    if not leaves:
        return []
    refusers = [w for leave in leaves for w in leave_refusers(leave)]
    if refusers:
        return read(refusers)  # a doer named is the refuser, coded or not: no state is guessed for it
    code = place or reporter or ctx.home
    return [Entity(code=code, sector="GOV", entity_text="")] if code else []


def leave_refusers(leave: Any) -> list[Any]:
    """The heads of the "by" phrases the parser hung on a refused ``leave`` or on the object of its own
    phrase ("access to the site by the Russian side": "side"): the passive's doer, misplaced."""
    holders = [leave] + [o for p in children_of(leave) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    by = [p for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "by"]
    return [o for p in by for o in children_of(p) if o.dep_ == "pobj"]
