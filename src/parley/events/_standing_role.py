"""A word whose lexicon row reads no event in a bare simple present ("Djibouti hosts a major port",
"Mauritania hosts 90,000 Malian refugees"): the present tells a standing role of the subject, not
the act the story reports ("is hosting", "hosted", "will host" still do)."""

from __future__ import annotations

from typing import Any

from ._lexicon import Trigger

__all__ = ["is_bare_present", "tells_standing_role"]

#: The row condition that marks a word read so (data/triggers.tsv).
_NOT_PRESENT = "notpresent"


def is_bare_present(token: Any) -> bool:
    """The verb is a simple present with no auxiliary ("hosts", "host")."""
    return token.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)


def tells_standing_role(token: Any, rows: list[Trigger]) -> bool:
    """The word's rows read no event in a bare simple present and the token is one: no reading of
    another type holds either (the learned coder reads "hosts ... refugees" as AID; training gold
    codes none of the 9 bare-present "hosts ... refugees" outside headlines)."""
    marked = any(name == _NOT_PRESENT for row in rows for name, _ in row.conditions())
    return marked and is_bare_present(token)
