"""The small tests the scorer and the breakdown share, public for the error tools (``tools/``).

Each reads one prediction (a PLOVER record, a dict) against a gold event or reading by the rules of
``shared/gold/README.md``; none changes anything.
"""

from __future__ import annotations

from typing import Any

from ._gold import GoldEvent, Reading

__all__ = ["date_ok", "entity_codes", "place_ok", "reading_matches", "same_sentence"]


def entity_codes(entities: Any) -> set[str]:
    """The codes of a record's ``actor`` or ``recipient`` list (entries that are no dict are skipped)."""
    return {str(e.get("code")) for e in entities or [] if isinstance(e, dict)}


def reading_matches(pred: dict[str, Any], reading: Reading) -> bool:
    """The full-match rule: the prediction carries the reading's type, its actors share a code with the
    reading's and, when the reading has recipients, its recipients share one with them; for a symmetric
    reading every gold participant is among the predicted actors and recipients."""
    types = pred.get("event") or []
    if reading.type not in (types if isinstance(types, list) else [types]):
        return False
    actors, recipients = entity_codes(pred.get("actor")), entity_codes(pred.get("recipient"))
    if reading.symmetric:
        return (reading.actors | reading.recipients) <= (actors | recipients)
    if not actors & reading.actors:
        return False
    return not reading.recipients or bool(recipients & reading.recipients)


def same_sentence(pred: dict[str, Any], event: GoldEvent) -> bool:
    """The gold evidence (its first 60 characters, spaces collapsed) is quoted from the prediction's sentence."""
    if not event.evidence:
        return False
    sentence = " ".join(str(pred.get("text") or "").split())
    return " ".join(event.evidence.split())[:60] in sentence


def date_ok(gold: str, pred: dict[str, Any]) -> bool:
    """The prediction's date starts with the gold date (YYYY, YYYY-MM or YYYY-MM-DD) and is at least as
    precise as the gold one (a record without a precision counts as a day)."""
    value = pred.get("date") or ""
    if not value.startswith(gold):
        return False
    precision = pred.get("date_precision") or "day"
    needed = {4: "year", 7: "month", 10: "day"}.get(len(gold), "day")
    order = {"year": 0, "month": 1, "day": 2}
    return order.get(precision, 2) >= order[needed]


def place_ok(gold: str, pred: dict[str, Any]) -> bool:
    """The gold place equals (case aside) the prediction's extracted place, resolved place or city."""
    loc = pred.get("event_loc") or {}
    names = {str(loc.get(k) or "").lower() for k in ("extracted_place", "resolved_place", "city")}
    return gold.lower() in names
