"""Who refused a leave told in the passive with nobody named as refusing it ("eleven drivers were
refused entry", "its diplomats had been denied access to the men"): entry, access or a visa is the
state's to grant, so the state where it happened withheld it, else the state that reports it, else the
story's own state (training gold: 4 of 4 such agentless refusals coded so)."""

from __future__ import annotations

from typing import Any

from ..document import Entity
from ._context import DocumentContext
from ._lexicon import Trigger
from ._parse import has_agent
from ._words import EventWords

__all__ = ["grant_withholder"]


def grant_withholder(
    trig: Trigger, verb: Any, words: EventWords, place: str | None, reporter: str | None, ctx: DocumentContext
) -> list[Entity]:
    """The state that refused a ``withheld_grant`` kept as the object of a passive refusal with no doer:
    ``place`` (the sentence's country), else ``reporter``, else the story's home; nobody when a doer is
    named ("were denied access by the guards") or the refused thing is no leave ("was refused a meeting")."""
    if trig.type != "REJECT" or trig.mode or has_agent(verb):
        return []
    kept = [c for c in verb.children if c.dep_ in {"dobj", "dative", "oprd"}]
    if not any(c.lemma_.lower() in words.withheld_grant or c.lower_ in words.withheld_grant for c in kept):
        return []
    code = place or reporter or ctx.home
    return [Entity(code=code, sector="GOV", entity_text="")] if code else []
