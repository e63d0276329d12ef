"""Refusals told as negated promises.

A refusal held until a condition is met: "would not lift the duty until Minsk lifts its ban", "would
not sit at the table unless the drills stop". The condition says what would end the refusal; the
refusal itself is made now (PLOVER REJECT), not a hostile act threatened (training gold for "would/will
not X until/unless Y": REJECT 5, THREATEN 1, no event 3, the THREATEN one a verb with no refusal row)."""

from __future__ import annotations

from ._lexicon import Trigger

__all__ = ["grants_access", "is_refusal_row"]

#: Row conditions that read a negated promise as the refusal it states ("would not lift", "does not
#: accept ultimatums").
_REFUSAL_CONDITIONS = frozenset({"litotes", "stance"})


def is_refusal_row(trig: Trigger) -> bool:
    """The row reads a negated commitment as a refusal: a condition on it keeps it a refusal, and no
    threat."""
    return trig.type == "REJECT" and trig.condition()[0] in _REFUSAL_CONDITIONS


def grants_access(trig: Trigger) -> bool:
    """ "allow the vessel into the harbour", "let the convoy pass": a row that lets people or goods in,
    whose promise withheld ("will not allow the vessel into the harbour") refuses that access now
    (PLOVER REJECT, as "refused to let the lorries pass" is)."""
    return trig.type == "RETREAT" and trig.mode == "access"
