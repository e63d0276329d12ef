"""The scoring rules of ``shared/gold/README.md``.

A prediction matches a gold event (or one of its ``alt`` readings) when its type
is the reading's type and its actors share a code with the reading's actors and,
if the reading has recipients, its recipients share one with them; for a
symmetric reading every gold participant must be among the predicted actors and
recipients (``._match.reading_matches``). Matching is one-to-one and greedy in
prediction order. Where a prediction could take several gold events, it takes the
first in this order (``pick_gold``): one whose evidence its sentence quotes, then
required events before optional ones, the main reading before ``alt`` readings,
then gold order (the README leaves that choice open; this one never lets an
optional event hide a required one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._breakdown import Breakdown, breakdown
from ._gold import GoldDoc, GoldEvent
from ._match import date_ok, entity_codes, place_ok, reading_matches, same_sentence

__all__ = ["EvalResult", "Figures", "matched_gold", "pick_gold", "score"]


@dataclass
class Figures:
    """Counts and ratios for one slice (overall or one event type)."""

    gold: int = 0  # required gold events
    predicted: int = 0
    matched_predictions: int = 0
    matched_required: int = 0
    dates_scored: int = 0
    dates_right: int = 0
    places_scored: int = 0
    places_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_scored if self.dates_scored else 0.0

    @property
    def place_accuracy(self) -> float:
        return self.places_right / self.places_scored if self.places_scored else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "place_accuracy": round(self.place_accuracy, 4),
            "dates_scored": self.dates_scored,
            "places_scored": self.places_scored,
        }


@dataclass
class EvalResult:
    overall: Figures = field(default_factory=Figures)
    by_type: dict[str, Figures] = field(default_factory=lambda: defaultdict(Figures))
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong_dates: list[dict[str, Any]] = field(default_factory=list)
    wrong_places: list[dict[str, Any]] = field(default_factory=list)
    words: int = 0
    matched: dict[str, set[int]] = field(default_factory=dict)  # per document: indices of matched predictions
    breakdown: Breakdown | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_type": {t: f.as_dict() for t, f in sorted(self.by_type.items())},
            "events_per_1000_words": round(1000 * self.overall.predicted / self.words, 2) if self.words else None,
            "breakdown": self.breakdown.as_dict() if self.breakdown else None,
        }


def pick_gold(pred: dict[str, Any], gold: list[GoldEvent], used: set[int]) -> int | None:
    """The gold event a prediction matches: the one its sentence proves first (two expulsions on two
    days are told apart by their evidence), then a required one, then the main reading, then gold order.
    Indices in ``used`` (gold events already taken) are skipped; None when no gold event matches."""
    best: tuple[int, int, int, int] | None = None
    for i, event in enumerate(gold):
        if i in used:
            continue
        for r, reading in enumerate(event.readings):
            if reading_matches(pred, reading):
                key = (0 if same_sentence(pred, event) else 1, 0 if event.required else 1, 0 if r == 0 else 1, i)
                if best is None or key < best:
                    best = key
                break
    return None if best is None else best[3]


def matched_gold(events: list[GoldEvent], preds: list[dict[str, Any]]) -> list[int | None]:
    """For each prediction, in order, the index of the gold event it matches, or None: the scorer's
    greedy matching (``shared/gold/README.md``, rule 2), each gold event taken at most once."""
    used: set[int] = set()
    found: list[int | None] = []
    for pred in preds:
        i = pick_gold(pred, events, used)
        if i is not None:
            used.add(i)
        found.append(i)
    return found


def _brief(doc_id: str, pred: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "type": (pred.get("event") or [""])[0],
        "actors": sorted(entity_codes(pred.get("actor"))),
        "recipients": sorted(entity_codes(pred.get("recipient"))),
        "evidence": str(pred.get("text", ""))[:200],
    }


def score(gold_docs: list[GoldDoc], predictions: Mapping[str, list[dict[str, Any]]]) -> EvalResult:
    """Score every document's predictions (PLOVER records) against its gold events."""
    result = EvalResult()
    for doc in gold_docs:
        preds = predictions.get(doc.id, [])
        picks = matched_gold(doc.events, preds)
        used = {i for i in picks if i is not None}
        matched = result.matched.setdefault(doc.id, set())
        for event in doc.events:
            if event.required:
                result.overall.gold += 1
                result.by_type[event.type].gold += 1
        for j, pred in enumerate(preds):
            result.overall.predicted += 1
            pred_type = (pred.get("event") or ["?"])[0]
            result.by_type[pred_type].predicted += 1
            i = picks[j]
            if i is None:
                result.false_positives.append(_brief(doc.id, pred))
                continue
            matched.add(j)
            gold = doc.events[i]
            for figures in (result.overall, result.by_type[pred_type]):
                figures.matched_predictions += 1
            for figures in (result.overall, result.by_type[gold.type]):
                figures.matched_required += int(gold.required)
            if gold.date is not None:
                ok = date_ok(gold.date, pred)
                _count(result, gold.type, "dates", ok)
                if not ok:
                    result.wrong_dates.append(
                        {**_brief(doc.id, pred), "gold": gold.date, "predicted": pred.get("date")}
                    )
            if gold.place is not None:
                ok = place_ok(gold.place, pred)
                _count(result, gold.type, "places", ok)
                if not ok:
                    loc = pred.get("event_loc") or {}
                    result.wrong_places.append(
                        {**_brief(doc.id, pred), "gold": gold.place, "predicted": loc.get("extracted_place")}
                    )
        for i, event in enumerate(doc.events):
            if event.required and i not in used:
                result.misses.append(
                    {
                        "doc_id": doc.id,
                        "type": event.type,
                        "actors": sorted(event.readings[0].actors),
                        "recipients": sorted(event.readings[0].recipients),
                        "evidence": event.evidence[:200],
                    }
                )
    result.breakdown = breakdown(gold_docs, predictions, result.matched)
    return result


def _count(result: EvalResult, type_: str, what: str, ok: bool) -> None:
    for figures in (result.overall, result.by_type[type_]):
        setattr(figures, f"{what}_scored", getattr(figures, f"{what}_scored") + 1)
        setattr(figures, f"{what}_right", getattr(figures, f"{what}_right") + int(ok))
