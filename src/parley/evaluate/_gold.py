"""Gold files: one JSON per article with its metadata and hand-coded events."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["GoldDoc", "GoldEvent", "load_gold"]


@dataclass(frozen=True)
class Reading:
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    symmetric: bool


@dataclass(frozen=True)
class GoldEvent:
    id: str
    readings: tuple[Reading, ...]  # the main reading first, then the ``alt`` ones
    date: str | None
    place: str | None
    required: bool
    evidence: str = ""

    @property
    def type(self) -> str:
        return self.readings[0].type


@dataclass
class GoldDoc:
    id: str
    doc: Path
    published: date | None
    source: str | None
    source_country: str | None
    events: list[GoldEvent] = field(default_factory=list)


def _reading(raw: dict[str, Any], base: dict[str, Any]) -> Reading:
    merged = {**base, **raw}
    return Reading(
        type=str(merged["type"]),
        actors=frozenset(merged.get("actors") or []),
        recipients=frozenset(merged.get("recipients") or []),
        symmetric=bool(merged.get("symmetric", False)),
    )


def _event(raw: dict[str, Any]) -> GoldEvent:
    main = _reading(raw, {})
    alts = tuple(_reading(alt, {"symmetric": False}) for alt in raw.get("alt") or [])
    return GoldEvent(
        id=str(raw.get("id", "")),
        readings=(main, *alts),
        date=raw.get("date"),
        place=raw.get("place"),
        required=bool(raw.get("required", True)),
        evidence=str(raw.get("evidence", "")),
    )


def load_gold(gold_dir: Path, corpus: Path | None = None) -> list[GoldDoc]:
    """Every gold file of a folder; ``doc`` paths resolve against the folder holding ``gold/``
    (or, with ``corpus``, by file name inside it)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvaluationError(f"{gold_dir}: not a directory of gold files", code="E501")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvaluationError(f"{gold_dir}: no gold .json files", code="E502")
    root = _shared_root(gold_dir)
    docs = []
    for path in files:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            doc_path = (corpus / Path(raw["doc"]).name) if corpus else root / raw["doc"]
            published = date.fromisoformat(raw["published"]) if raw.get("published") else None
            docs.append(
                GoldDoc(
                    id=str(raw["id"]),
                    doc=doc_path,
                    published=published,
                    source=raw.get("source"),
                    source_country=raw.get("source_country"),
                    events=[_event(e) for e in raw.get("events", [])],
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise EvaluationError(f"{path}: malformed gold file ({exc})", code="E503") from exc
    return docs


def _shared_root(gold_dir: Path) -> Path:
    """The folder that holds ``gold/`` (gold files live in ``gold/<set>/``)."""
    for parent in [gold_dir, *gold_dir.resolve().parents]:
        if parent.name == "gold":
            return parent.parent
    return gold_dir.resolve().parent.parent
