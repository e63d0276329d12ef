"""Where the errors come from: type-only matching, role accuracy, modality and a type confusion table.

The full-match score (``_score``) asks type *and* participants to be right, so one wrong country
hides a right event. This pass separates the two questions:

* **Type-only matching**: a prediction matches a gold event (main or ``alt`` reading) of the same
  document with its type, whatever the participants; one-to-one and greedy in prediction order,
  preferring the gold event whose evidence is quoted from the prediction's sentence, then required
  events. Type-only precision and recall read like the full ones.
* **Roles among type matches**: for each type-only pair, whether the predicted actors share a code
  with the reading's actors (for symmetric readings: with its participants) and, where the reading
  has recipients, whether the predicted recipients share one with them.
* **Confusion**: each required gold event is paired with a prediction *of its sentence* (any type),
  so a right event of the wrong type shows as (gold type, predicted type); a gold event with no
  prediction in its sentence is (type, NONE), a prediction with no gold event in its sentence is
  (NONE, type).
* **Modality**: predictions counted by the modality they carry, and how many match fully.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from ._gold import GoldDoc, GoldEvent, Reading
from ._match import entity_codes, same_sentence

__all__ = ["Breakdown", "RoleFigures", "TypeMatch", "breakdown", "roles_right", "type_matches"]

NONE = "NONE"


@dataclass
class RoleFigures:
    """Type-only counts and role accuracy for one slice."""

    gold: int = 0
    predicted: int = 0
    type_matched_predictions: int = 0
    type_matched_required: int = 0
    actor_right: int = 0
    recipient_scored: int = 0
    recipient_right: int = 0

    @property
    def type_precision(self) -> float:
        return self.type_matched_predictions / self.predicted if self.predicted else 0.0

    @property
    def type_recall(self) -> float:
        return self.type_matched_required / self.gold if self.gold else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_right / self.type_matched_predictions if self.type_matched_predictions else 0.0

    @property
    def recipient_accuracy(self) -> float:
        return self.recipient_right / self.recipient_scored if self.recipient_scored else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "type_precision": round(self.type_precision, 4),
            "type_recall": round(self.type_recall, 4),
            "actor_accuracy": round(self.actor_accuracy, 4),
            "recipient_accuracy": round(self.recipient_accuracy, 4),
            "type_matches": self.type_matched_predictions,
            "recipients_scored": self.recipient_scored,
        }


@dataclass
class Breakdown:
    overall: RoleFigures = field(default_factory=RoleFigures)
    by_type: dict[str, RoleFigures] = field(default_factory=lambda: defaultdict(RoleFigures))
    by_modality: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_type": {t: f.as_dict() for t, f in sorted(self.by_type.items())},
            "by_modality": {m: dict(c) for m, c in sorted(self.by_modality.items())},
            "confusion": [[g, p, n] for (g, p), n in sorted(self.confusion.items())],
        }


def _pred_type(pred: dict[str, Any]) -> str:
    types = pred.get("event") or ["?"]
    return str(types[0] if isinstance(types, list) else types)


def _type_reading(pred_type: str, event: GoldEvent) -> Reading | None:
    return next((r for r in event.readings if r.type == pred_type), None)


def _pick_by_type(pred: dict[str, Any], gold: list[GoldEvent], used: set[int]) -> tuple[int, Reading] | None:
    best: tuple[tuple[int, int, int], Reading] | None = None
    pred_type = _pred_type(pred)
    for i, event in enumerate(gold):
        if i in used:
            continue
        reading = _type_reading(pred_type, event)
        if reading is None:
            continue
        key = (0 if same_sentence(pred, event) else 1, 0 if event.required else 1, i)
        if best is None or key < best[0]:
            best = (key, reading)
    return None if best is None else (best[0][2], best[1])


def _roles_right(pred: dict[str, Any], reading: Reading) -> tuple[bool, bool | None]:
    """Whether the actors are right, and the recipients (None where the reading names none)."""
    actors, recipients = entity_codes(pred.get("actor")), entity_codes(pred.get("recipient"))
    return roles_right(actors, recipients, reading.actors, reading.recipients, symmetric=reading.symmetric)


def roles_right(
    actors: AbstractSet[str],
    recipients: AbstractSet[str],
    gold_actors: AbstractSet[str],
    gold_recipients: AbstractSet[str],
    *,
    symmetric: bool,
) -> tuple[bool, bool | None]:
    """Whether predicted actor codes share one with the gold's, and the recipients likewise (None where
    the gold names no recipient); a symmetric reading ("X and Y met") is right when the actors share a
    code with either side and both sides stand among the predicted parties."""
    if symmetric:
        together = actors | recipients
        participants = gold_actors | gold_recipients
        return bool(actors & participants), (participants <= together) if gold_recipients else None
    return bool(actors & gold_actors), (bool(recipients & gold_recipients) if gold_recipients else None)


@dataclass(frozen=True)
class TypeMatch:
    """A prediction paired with a gold event by type alone, and whether its roles are right."""

    prediction: dict[str, Any]
    index: int  # of the gold event in its document
    reading: Reading
    actor_ok: bool
    recipient_ok: bool | None  # None: the reading names no recipient


def type_matches(doc: GoldDoc, preds: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], TypeMatch | None]]:
    """Each prediction of a document with its type-only match (None: it matches no gold event), one to
    one and greedy in prediction order, as the breakdown counts them."""
    used: set[int] = set()
    for pred in preds:
        picked = _pick_by_type(pred, doc.events, used)
        if picked is None:
            yield pred, None
            continue
        i, reading = picked
        used.add(i)
        yield pred, TypeMatch(pred, i, reading, *_roles_right(pred, reading))


def _score_roles(doc: GoldDoc, preds: list[dict[str, Any]], out: Breakdown) -> None:
    for event in doc.events:
        if event.required:
            out.overall.gold += 1
            out.by_type[event.type].gold += 1
    for pred, match in type_matches(doc, preds):
        pred_type = _pred_type(pred)
        out.overall.predicted += 1
        out.by_type[pred_type].predicted += 1
        if match is None:
            continue
        for figures in (out.overall, out.by_type[pred_type]):
            figures.type_matched_predictions += 1
            figures.actor_right += int(match.actor_ok)
            if match.recipient_ok is not None:
                figures.recipient_scored += 1
                figures.recipient_right += int(match.recipient_ok)
        if doc.events[match.index].required:
            for figures in (out.overall, out.by_type[doc.events[match.index].type]):
                figures.type_matched_required += 1


def _confuse(doc: GoldDoc, preds: list[dict[str, Any]], out: Breakdown) -> None:
    taken: set[int] = set()
    for event in doc.events:
        if not event.required:
            continue
        same = [j for j, p in enumerate(preds) if j not in taken and same_sentence(p, event)]
        exact = [j for j in same if _type_reading(_pred_type(preds[j]), event) is not None]
        pool = exact or same
        if not pool:
            out.confusion[(event.type, NONE)] += 1
            continue
        j = pool[0]
        taken.add(j)
        pred_type = _pred_type(preds[j])
        out.confusion[(event.type, event.type if j in exact else pred_type)] += 1
    for j, pred in enumerate(preds):
        if j not in taken and not any(same_sentence(pred, e) for e in doc.events):
            out.confusion[(NONE, _pred_type(pred))] += 1


def breakdown(
    gold_docs: list[GoldDoc], predictions: Mapping[str, list[dict[str, Any]]], full_matches: Mapping[str, set[int]]
) -> Breakdown:
    """Type-only figures, role accuracy, modality counts and the confusion table.

    ``full_matches`` gives, per document, the indices of the predictions the full scorer matched
    (to count per modality how many predictions were right)."""
    out = Breakdown()
    for doc in gold_docs:
        preds = list(predictions.get(doc.id, []))
        _score_roles(doc, preds, out)
        _confuse(doc, preds, out)
        matched = full_matches.get(doc.id, set())
        for j, pred in enumerate(preds):
            modality = str(pred.get("modality") or "asserted")
            out.by_modality[modality]["predicted"] += 1
            out.by_modality[modality]["matched"] += int(j in matched)
    return out
