"""The store's rows: the columns of each table, and a document's events as rows and back."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from ..dedup._corpus import date_span, participant_key
from ..document import Document, Entity, Event, Mention, Place

__all__ = [
    "ACTOR_COLUMNS",
    "COLUMNS",
    "EVENT_COLUMNS",
    "actor_rows",
    "event_from_row",
    "event_params",
    "fill_defaults",
    "mention_rows",
    "plover_defaults",
    "published_span",
    "wanted_ids",
]

#: The columns of the events table, in the order of :func:`event_params`.
EVENT_COLUMNS = (
    "id",
    "type",
    "mode",
    "context",
    "date",
    "date_end",
    "date_precision",
    "date_source",
    "extracted_place",
    "resolved_place",
    "country_code",
    "lat",
    "lon",
    "geonameid",
    "feature_code",
    "quad_code",
    "event_scale",
    "cameo",
    "modality",
    "confidence",
    "participants",
    "num_mentions",
    "num_articles",
    "num_sources",
    "doc_id",
    "text",
    "event_text",
    "sequence",
    "char_start",
    "char_end",
    "first_published",
    "last_published",
    "coder",
)
_ARTICLE_COLUMNS = (
    "id", "source", "source_country", "url", "published", "title", "text", "text_hash", "status", "warnings",
    "n_events", "ingested_at",
)  # fmt: skip
#: The columns of the event_actors table, in the order of :func:`actor_rows`.
ACTOR_COLUMNS = ("event_id", "role", "position", "code", "sector", "entity_text", "office", "resolved_by")
_MENTION_COLUMNS = ("event_id", "article_id", "sequence", "char_start", "char_end", "event_text", "text", "source")
#: The columns of each table, in the order of the rows built here.
COLUMNS = {
    "articles": _ARTICLE_COLUMNS,
    "events": EVENT_COLUMNS,
    "event_actors": ACTOR_COLUMNS,
    "mentions": _MENTION_COLUMNS,
}


@lru_cache(maxsize=1)
def plover_defaults() -> tuple[dict[str, tuple[int, float]], dict[tuple[str, str], float]]:
    """Quad class and score of each PLOVER type (and mode), from the bundled tables."""

    def rows(name: str) -> list[dict[str, str]]:
        text = (resources.files("parley") / "data" / name).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))

    types = {r["type"]: (int(r["quad"]), float(r["score"])) for r in rows("plover.tsv")}
    modes = {(r["type"], r["mode"]): float(r["score"]) for r in rows("plover_modes.tsv")}
    return types, modes


def fill_defaults(event: Event) -> None:
    types, modes = plover_defaults()
    quad_score = types.get(event.event)
    if event.quad_code is None and quad_score:
        event.quad_code = quad_score[0]
    if event.event_scale is None and quad_score:
        event.event_scale = modes.get((event.event, event.mode or ""), quad_score[1])


def event_params(event: Event, published: tuple[date, date] | None) -> list[Any]:
    span = date_span(event.date, event.date_precision)
    place = event.place
    return [
        event.id,
        event.event,
        event.mode,
        list(event.context),
        span[0] if span else None,
        span[1] if span else None,
        event.date_precision if span else None,
        event.date_source or None,
        place.extracted_place if place else None,
        place.resolved_place if place else None,
        place.country_code if place else None,
        place.lat if place else None,
        place.lon if place else None,
        place.geonameid if place else None,
        place.feature_code if place else None,
        event.quad_code,
        event.event_scale,
        event.cameo,
        event.modality,
        float(event.confidence),
        participant_key(event),
        max(1, len(event.mentions)),
        event.num_articles,
        event.num_sources,
        event.doc_id,
        event.text,
        event.event_text,
        event.sequence,
        event.start,
        event.end,
        published[0] if published else None,
        published[1] if published else None,
        event.coder,
    ]


def event_from_row(row: dict[str, Any], actors: list[tuple[Any, ...]]) -> Event:
    """The event of an events row and its actor rows (``role, code, sector, entity_text, office, resolved_by``)."""
    place = None
    if row["extracted_place"] or row["resolved_place"] or row["country_code"]:
        place = Place(
            extracted_place=row["extracted_place"] or row["resolved_place"] or "",
            resolved_place=row["resolved_place"],
            country_code=row["country_code"],
            lat=row["lat"],
            lon=row["lon"],
            geonameid=row["geonameid"],
            feature_code=row["feature_code"],
        )
    sides: dict[str, list[Entity]] = {"actor": [], "recipient": []}
    for role, code, sector, text, office, resolved_by in actors:
        sides[role].append(
            Entity(code=code, sector=sector, entity_text=text or "", office=office, resolved_by=resolved_by or "")
        )
    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        event=row["type"],
        actors=sides["actor"],
        recipients=sides["recipient"],
        mode=row["mode"],
        context=list(row["context"] or []),
        date=row["date"].isoformat() if row["date"] else None,
        date_precision=row["date_precision"],
        date_source=row["date_source"] or "",
        place=place,
        cameo=row["cameo"],
        quad_code=row["quad_code"],
        event_scale=row["event_scale"],
        event_text=row["event_text"] or "",
        text=row["text"] or "",
        sequence=row["sequence"] or 0,
        start=row["char_start"] or 0,
        end=row["char_end"] or 0,
        modality=row["modality"] or "asserted",
        confidence=row["confidence"] if row["confidence"] is not None else 0.5,
        coder=row["coder"] or "",
        num_articles=row["num_articles"],
        num_sources=row["num_sources"],
    )


def published_span(doc: Document) -> tuple[date, date] | None:
    published = doc.published or doc.article.published
    return (published, published) if published else None


def wanted_ids(doc: Document) -> list[str]:
    return [e.id or f"{doc.id}:e{n}" for n, e in enumerate(doc.events, 1)]


def actor_rows(event: Event) -> list[list[Any]]:
    """The event_actors rows of an event (:data:`ACTOR_COLUMNS`); ``resolved_by`` is NULL when empty."""
    return [
        [event.id, role, n, e.code, e.sector, e.entity_text, e.office, e.resolved_by or None]
        for role, side in (("actor", event.actors), ("recipient", event.recipients))
        for n, e in enumerate(side)
    ]


def mention_rows(event_id: str, doc: Document, mentions: list[Mention]) -> list[list[Any]]:
    source = doc.article.source
    return [[event_id, doc.id, m.sequence, m.start, m.end, m.event_text, m.text, source] for m in mentions]
