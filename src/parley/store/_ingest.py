"""Storing documents: one transaction per article, events merged across articles."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb

from ..dedup._corpus import (
    WINDOW_DAYS,
    CorpusKey,
    date_span,
    merge_event,
    participant_key,
    same_corpus_event,
)
from ..document import Document, Entity, Event, Mention, Place
from ..errors import StoreError
from ._store import Store, article_hash

__all__ = ["IngestStats", "ingest", "ingest_document"]

logger = logging.getLogger(__name__)

_EVENT_COLUMNS = (
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


@dataclass
class IngestStats:
    """What one ingest did."""

    articles: int = 0
    skipped: int = 0
    replaced: int = 0
    events_new: int = 0
    events_merged: int = 0
    mentions: int = 0

    @property
    def events(self) -> int:
        return self.events_new + self.events_merged

    def summary(self) -> str:
        return (
            f"{self.articles} articles stored ({self.replaced} replaced), "
            f"{self.skipped} already stored; "
            f"{self.events} events: {self.events_new} new, "
            f"{self.events_merged} merged into known events; "
            f"{self.mentions} mentions"
        )


@lru_cache(maxsize=1)
def _plover_defaults() -> tuple[dict[str, tuple[int, float]], dict[tuple[str, str], float]]:
    """Quad class and score of each PLOVER type (and mode), from the bundled tables."""

    def rows(name: str) -> list[dict[str, str]]:
        text = (resources.files("parley") / "data" / name).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))

    types = {r["type"]: (int(r["quad"]), float(r["score"])) for r in rows("plover.tsv")}
    modes = {(r["type"], r["mode"]): float(r["score"]) for r in rows("plover_modes.tsv")}
    return types, modes


def _fill_defaults(event: Event) -> None:
    types, modes = _plover_defaults()
    quad_score = types.get(event.event)
    if event.quad_code is None and quad_score:
        event.quad_code = quad_score[0]
    if event.event_scale is None and quad_score:
        event.event_scale = modes.get((event.event, event.mode or ""), quad_score[1])


def _event_params(event: Event, published: tuple[date, date] | None) -> list[Any]:
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


def _event_from_row(row: dict[str, Any], actors: list[tuple[Any, ...]]) -> Event:
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
    for role, code, sector, text, office in actors:
        sides[role].append(Entity(code=code, sector=sector, entity_text=text or "", office=office))
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


def _fetch_dicts(conn: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _candidate_pool(
    conn: duckdb.DuckDBPyConnection, events: list[Event], published: tuple[date, date] | None
) -> list[tuple[str, CorpusKey]]:
    """Stored events that may be the same as any of ``events``: same type and participants, near dates.

    Three queries for a whole article (not three per event): the SQL filter is a generous
    superset of :func:`same_corpus_event`, which decides.
    """
    spans = [s for s in (date_span(e.date, e.date_precision) or published for e in events) if s is not None]
    if not spans:
        return []
    margin = timedelta(days=WINDOW_DAYS + 3)
    lo, hi = min(s[0] for s in spans) - margin, max(s[1] for s in spans) + margin
    types = sorted({e.event for e in events})
    keys = sorted({participant_key(e) for e in events})
    rows = conn.execute(
        "SELECT id, type, date, date_precision, date_source, country_code, first_published, "
        "last_published FROM events WHERE list_contains(?, type) AND list_contains(?, participants) AND ("
        "(date IS NOT NULL AND date <= ? AND date_end >= ?) "
        "OR (date IS NULL AND first_published <= ? AND last_published >= ?)) ORDER BY id",
        [types, keys, hi, lo, hi, lo],
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    sides: dict[str, dict[str, set[str]]] = {i: {"actor": set(), "recipient": set()} for i in ids}
    for event_id, role, code in conn.execute(
        "SELECT event_id, role, code FROM event_actors WHERE list_contains(?, event_id)", [ids]
    ).fetchall():
        sides[event_id][role].add(code)
    articles: dict[str, set[str]] = {i: set() for i in ids}
    for event_id, article_id in conn.execute(
        "SELECT event_id, article_id FROM mentions WHERE list_contains(?, event_id)", [ids]
    ).fetchall():
        articles[event_id].add(article_id)
    out = []
    for event_id, type_, day, precision, source, country, first, last in rows:
        stored_span = date_span(day, precision)
        key = CorpusKey(
            type=type_,
            actors=frozenset(sides[event_id]["actor"]),
            recipients=frozenset(sides[event_id]["recipient"]),
            span=stored_span,
            assumed_date=stored_span is not None and source == "published",
            country=country,
            published=(first, last) if first else None,
            articles=frozenset(articles[event_id]),
        )
        out.append((event_id, key))
    return out


def _load_event(conn: duckdb.DuckDBPyConnection, event_id: str) -> Event:
    rows = _fetch_dicts(conn, f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events WHERE id = ?", [event_id])
    actors = conn.execute(
        "SELECT role, code, sector, entity_text, office FROM event_actors WHERE event_id = ? ORDER BY role, position",
        [event_id],
    ).fetchall()
    return _event_from_row(rows[0], actors)


def _write_actors(conn: duckdb.DuckDBPyConnection, event: Event, *, replace: bool = True) -> None:
    if replace:
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", [event.id])
    rows = [
        [event.id, role, n, e.code, e.sector, e.entity_text, e.office]
        for role, side in (("actor", event.actors), ("recipient", event.recipients))
        for n, e in enumerate(side)
    ]
    if rows:
        conn.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _insert_new(
    conn: duckdb.DuckDBPyConnection, fresh: list[tuple[Event, list[Mention]]], doc: Document, pub: Any
) -> None:
    """Insert an article's new events, their actors and mentions: one statement per table."""
    if not fresh:
        return
    placeholders = ", ".join("?" for _ in _EVENT_COLUMNS)
    conn.executemany(
        f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({placeholders})",
        [_event_params(event, pub) for event, _ in fresh],
    )
    actors = [
        [event.id, role, n, e.code, e.sector, e.entity_text, e.office]
        for event, _ in fresh
        for role, side in (("actor", event.actors), ("recipient", event.recipients))
        for n, e in enumerate(side)
    ]
    if actors:
        conn.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?)", actors)
    for event, mentions in fresh:
        _write_mentions(conn, event.id, doc, mentions)


def _write_mentions(conn: duckdb.DuckDBPyConnection, event_id: str, doc: Document, mentions: list[Mention]) -> None:
    source = doc.article.source
    conn.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [[event_id, doc.id, m.sequence, m.start, m.end, m.event_text, m.text, source] for m in mentions],
    )


def _refresh_counts(conn: duckdb.DuckDBPyConnection, event_id: str) -> None:
    """Recount mentions, articles and sources (distinct outlet names) of one event."""
    row = conn.execute(
        "SELECT count(*), count(DISTINCT m.article_id), "
        "count(DISTINCT coalesce(a.source, 'article:' || a.id)), "
        "min(a.published), max(a.published) "
        "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?",
        [event_id],
    ).fetchone()
    if row is None:  # pragma: no cover - an aggregate always returns a row
        return
    conn.execute(
        "UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, "
        "first_published = ?, last_published = ? WHERE id = ?",
        [*row, event_id],
    )


_COUNT_COLUMNS = frozenset({"id", "num_mentions", "num_articles", "num_sources", "first_published", "last_published"})


def _merge_into(
    conn: duckdb.DuckDBPyConnection,
    match: Event,
    event: Event,
    doc: Document,
    mentions: list[Mention],
    published: date | None,
) -> None:
    """Add a new article's report of a stored event: refine the event, count the report."""
    source = doc.article.source
    new_source = (
        source is None
        or not conn.execute(
            "SELECT 1 FROM mentions WHERE event_id = ? AND source = ? LIMIT 1", [match.id, source]
        ).fetchone()
    )
    counts = (
        "num_mentions = num_mentions + ?, num_articles = num_articles + 1, "
        "num_sources = num_sources + ?, first_published = least(first_published, ?), "
        "last_published = greatest(last_published, ?)"
    )
    params: list[Any] = [len(mentions), int(new_source), published, published]
    if merge_event(match, event):
        columns = [c for c in _EVENT_COLUMNS if c not in _COUNT_COLUMNS]
        values = dict(zip(_EVENT_COLUMNS, _event_params(match, None), strict=True))
        counts += ", " + ", ".join(f"{c} = ?" for c in columns)
        params += [values[c] for c in columns]
        _write_actors(conn, match)
    conn.execute(f"UPDATE events SET {counts} WHERE id = ?", [*params, match.id])
    _write_mentions(conn, match.id, doc, mentions)


def _taken_ids(conn: duckdb.DuckDBPyConnection, wanted: list[str]) -> set[str]:
    """Which of these event ids (or their ``~n`` variants) the store already holds."""
    if not wanted:
        return set()
    rows = conn.execute(
        "SELECT id FROM events WHERE list_contains(?, id) OR list_contains(?, split_part(id, '~', 1))",
        [wanted, wanted],
    ).fetchall()
    return {r[0] for r in rows}


def _free_id(taken: set[str], wanted: str) -> str:
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}~{n}"
    taken.add(candidate)
    return candidate


def _remove_article(conn: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    """Delete an earlier version of an article and its mentions; events left unreported go too."""
    if not conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
        return False
    touched = [
        r[0]
        for r in conn.execute("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?", [article_id]).fetchall()
    ]
    conn.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM articles WHERE id = ?", [article_id])
    for event_id in touched:
        left = conn.execute(
            "SELECT article_id, sequence, char_start, char_end, event_text, text FROM mentions "
            "WHERE event_id = ? ORDER BY article_id, sequence, char_start LIMIT 1",
            [event_id],
        ).fetchone()
        if left is None:
            conn.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
            conn.execute("DELETE FROM events WHERE id = ?", [event_id])
            continue
        conn.execute(
            "UPDATE events SET doc_id = ?, sequence = ?, char_start = ?, char_end = ?, "
            "event_text = ?, text = ? WHERE id = ? AND doc_id = ?",
            [*left, event_id, article_id],
        )
        _refresh_counts(conn, event_id)
    return True


def _status(doc: Document) -> str:
    if any(w.startswith(("extraction failed", "cleaning failed")) for w in doc.warnings):
        return "failed"
    return "warning" if doc.warnings else "ok"


def ingest_document(store: Store, doc: Document, stats: IngestStats | None = None) -> bool:
    """Store one document in one transaction; False when it was already stored."""
    stats = stats if stats is not None else IngestStats()
    text_hash = article_hash(doc.article)
    if store.has_article(doc.id, text_hash):
        stats.skipped += 1
        return False
    published = doc.published or doc.article.published
    pub = (published, published) if published else None
    with store.transaction() as conn:
        if _remove_article(conn, doc.id):
            stats.replaced += 1
        art = doc.article
        conn.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                doc.id,
                art.source,
                doc.source_country or art.source_country,
                art.url,
                published,
                doc.title or art.title,
                doc.text,
                text_hash,
                _status(doc),
                list(doc.warnings),
                len(doc.events),
                datetime.now(),
            ],
        )
        prepared = []
        for n, event in enumerate(doc.events, 1):
            event.doc_id = doc.id
            _fill_defaults(event)
            # the event's own sentence stands in when the extractor listed no mentions
            reports = event.mentions or [
                Mention(doc.id, event.sequence, event.start, event.end, event.text, event.event_text)
            ]
            mentions = [
                Mention(doc.id, m.sequence, m.start, m.end, m.text, m.event_text, source=art.source, url=art.url)
                for m in reports
            ]
            prepared.append((n, event, mentions, CorpusKey.of(event, published=pub, articles=[doc.id])))
        pool = _candidate_pool(conn, doc.events, pub)
        taken = _taken_ids(conn, [e.id or f"{doc.id}:e{n}" for n, e, _, _ in prepared])
        fresh: list[tuple[Event, list[Mention]]] = []
        for n, event, mentions, key in prepared:
            slot = next((i for i, (_, skey) in enumerate(pool) if same_corpus_event(skey, key)), None)
            if slot is not None:
                match_id, skey = pool[slot]
                _merge_into(conn, _load_event(conn, match_id), event, doc, mentions, published)
                # the stored event now holds this article: no second event of it may merge there
                pool[slot] = (match_id, replace(skey, articles=skey.articles | {doc.id}))
                stats.events_merged += 1
            else:
                event.id = _free_id(taken, event.id or f"{doc.id}:e{n}")
                event.mentions = mentions
                event.num_articles = event.num_sources = 1
                fresh.append((event, mentions))
                stats.events_new += 1
            stats.mentions += len(mentions)
        _insert_new(conn, fresh, doc, pub)
    stats.articles += 1
    return True


def ingest(
    documents: Iterable[Document],
    store: Store,
    *,
    progress: Callable[[Document, bool], None] | None = None,
) -> IngestStats:
    """Store documents, each article in its own transaction.

    Articles already stored with the same input hash are skipped, so re-running
    changes nothing and an interrupted run resumes where it stopped. An article
    whose input changed replaces its earlier version. ``progress(doc, stored)`` is
    called after each document.

    Raises:
        StoreError: the store is read-only or a write failed (the article being
            written is rolled back; earlier ones stay).
    """
    if not store.writable:
        raise StoreError(f"{store.path}: opened read-only; open it with write=True", code="E405")
    stats = IngestStats()
    for doc in documents:
        try:
            stored = ingest_document(store, doc, stats)
        except duckdb.Error as exc:
            raise StoreError(f"{store.path}: storing {doc.id} failed: {exc}", code="E406") from exc
        if progress is not None:
            progress(doc, stored)
    logger.info("%s", stats.summary())
    return stats
