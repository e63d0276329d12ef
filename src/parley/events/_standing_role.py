"""A word whose lexicon row reads no event in a bare simple present ("Djibouti hosts a major port",
"Mauritania hosts 90,000 Malian refugees"): the present tells a standing role of the subject, not
the act the story reports ("is hosting", "hosted", "will host" still do)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._lexicon import Trigger

__all__ = ["is_bare_present", "is_standing_relative", "tells_standing_role"]

#: The row condition that marks a word read so (data/triggers.tsv).
_NOT_PRESENT = "notpresent"

#: The types whose bare-present verb in a relative clause the training gold never codes ("a forum in
#: which the two sides meet", "a government that jails its critics", "the body which mediates the
#: talks"): rules-coder firings with every type, uncoded/coded, CONSULT 4/0, SANCTION 2/0, AGREE 2/0,
#: MOBILIZE 1/0 (learned coder the same). Left out: ACCUSE 1/5 ("a man Moscow accuses of spying" is a
#: standing accusation the gold codes), AID 3/2 ("which funds the programme"), COOPERATE 1/2, PROTEST 0/1.
_STANDING_IN_RELATIVE = frozenset({"CONSULT", "SANCTION", "AGREE", "MOBILIZE"})


def is_bare_present(token: Any) -> bool:
    """The verb is a simple present with no auxiliary ("hosts", "host")."""
    return token.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(token))


def tells_standing_role(token: Any, rows: list[Trigger]) -> bool:
    """The word's rows read no event in a bare simple present and the token is one: no reading of
    another type holds either (the learned coder reads "hosts ... refugees" as AID; training gold
    codes none of the 9 bare-present "hosts ... refugees" outside headlines)."""
    marked = any(name == _NOT_PRESENT for row in rows for name, _ in row.conditions())
    return marked and is_bare_present(token)


def is_standing_relative(token: Any, type_: str) -> bool:
    """A bare simple present in a relative clause ("the commission, which meets every spring", "a
    rule that bars foreign trucks") describes what the noun it hangs from is or does by custom, not
    an act the story reports."""
    return type_ in _STANDING_IN_RELATIVE and token.dep_ == "relcl" and is_bare_present(token)
