"""Storing documents: articles committed in batches (each all or nothing), events merged across articles."""

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
import pyarrow as pa

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

__all__ = ["IngestStats", "Ingester", "ingest", "ingest_document"]

logger = logging.getLogger(__name__)

#: Rows per multi-row INSERT (a statement's parameters stay well below DuckDB's limits).
_ROWS_PER_INSERT = 200

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
_EVENTS_TABLE = f"events ({', '.join(_EVENT_COLUMNS)})"
_ARTICLE_COLUMNS = (
    "id", "source", "source_country", "url", "published", "title", "text", "text_hash", "status", "warnings",
    "n_events", "ingested_at",
)  # fmt: skip
_ACTOR_COLUMNS = ("event_id", "role", "position", "code", "sector", "entity_text", "office")
_MENTION_COLUMNS = ("event_id", "article_id", "sequence", "char_start", "char_end", "event_text", "text", "source")
#: The columns of each table, in the order of the rows built here.
_COLUMNS = {
    "articles": _ARTICLE_COLUMNS,
    "events": _EVENT_COLUMNS,
    "event_actors": _ACTOR_COLUMNS,
    "mentions": _MENTION_COLUMNS,
}


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


_POOL_COLUMN_NAMES = (
    "id", "type", "participants", "date", "date_end", "date_precision", "date_source", "country_code",
    "first_published", "last_published",
)  # fmt: skip
_POOL_COLUMNS = f"SELECT {', '.join(_POOL_COLUMN_NAMES)} FROM events"
#: The stored events in any of some windows (type, participants, dates): one hash join for many articles.
_POOL_SQL = (
    "WITH w AS (SELECT unnest($types) AS t, unnest($keys) AS k, unnest($los) AS lo, unnest($his) AS hi) "
    "SELECT DISTINCT e.id, e.type, e.participants, e.date, e.date_end, e.date_precision, e.date_source, "
    "e.country_code, e.first_published, e.last_published FROM events e JOIN w ON e.type = w.t "
    "AND e.participants = w.k WHERE (e.date IS NOT NULL AND e.date <= w.hi AND e.date_end >= w.lo) "
    "OR (e.date IS NULL AND e.first_published <= w.hi AND e.last_published >= w.lo)"
)


@dataclass(frozen=True)
class _Window:
    """Which stored events may be the same as an article's: its types, participants and dates (with margin).

    An event is in the window when it has one of the types and one of the participant sets and its
    dates (or, undated, its articles' publication dates) come near: a generous superset of
    :func:`same_corpus_event`, which decides.
    """

    types: frozenset[str]
    keys: frozenset[str]
    lo: date
    hi: date

    @classmethod
    def of(cls, events: list[Event], published: tuple[date, date] | None) -> _Window | None:
        spans = [s for s in (date_span(e.date, e.date_precision) or published for e in events) if s is not None]
        if not spans:
            return None
        margin = timedelta(days=WINDOW_DAYS + 3)
        return cls(
            types=frozenset(e.event for e in events),
            keys=frozenset(participant_key(e) for e in events),
            lo=min(s[0] for s in spans) - margin,
            hi=max(s[1] for s in spans) + margin,
        )

    def holds(self, row: tuple[Any, ...]) -> bool:
        """Whether a stored event (a row of :data:`_POOL_COLUMNS`) is in the window (NULL compares false)."""
        _, type_, key, day, day_end, _, _, _, first, last = row
        if type_ not in self.types or key not in self.keys:
            return False
        if day is not None:
            return day <= self.hi and day_end is not None and day_end >= self.lo
        return first is not None and first <= self.hi and last is not None and last >= self.lo


def _published_span(doc: Document) -> tuple[date, date] | None:
    published = doc.published or doc.article.published
    return (published, published) if published else None


def _wanted_ids(doc: Document) -> list[str]:
    return [e.id or f"{doc.id}:e{n}" for n, e in enumerate(doc.events, 1)]


class _Lookup:
    """What the store holds about some articles: read with a few queries for all of them at once.

    Answers, for each of the articles, what one query per article would: whether (and how) the
    article is stored, the stored events that may be the same as its events (the candidate pool of
    cross-article dedup, ordered by id) and which of its event ids are taken. Valid until the
    tables change: the caller then reads a new one, or tells it what changed (:meth:`extend`,
    :meth:`merged`).

    The keys' ``articles`` hold only the reporting articles among these articles: dedup asks of
    them only whether the article at hand already reports the event. The actors of stored events
    come from ``sides`` when known there, else from the store (and are added to it).
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, docs: list[Document], sides: _Sides) -> None:
        self.ids = [d.id for d in docs]
        self.articles: dict[str, tuple[str, str]] = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT id, text_hash, status FROM articles WHERE id IN (SELECT unnest($ids))", {"ids": self.ids}
            ).fetchall()
        }
        self.rows: dict[str, dict[str, tuple[Any, ...]]] = {}  # pool rows by participants, then id
        self.keys: dict[str, CorpusKey] = {}
        windows = {
            (t, k, w.lo, w.hi)
            for d in docs
            if (w := _Window.of(d.events, _published_span(d))) is not None
            for t in w.types
            for k in w.keys
        }
        if windows:
            types, keys, los, his = (list(c) for c in zip(*sorted(windows), strict=True))
            rows = conn.execute(_POOL_SQL, {"types": types, "keys": keys, "los": los, "his": his}).fetchall()
            for row in rows:
                self.rows.setdefault(row[2], {})[row[0]] = row
            self.keys = _stored_keys(conn, rows, self.ids, sides)
        wanted = [i for d in docs for i in _wanted_ids(d)]
        self.taken: set[str] = set()
        if wanted:
            self.taken = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM events WHERE id IN (SELECT unnest($w)) "
                    "OR (contains(id, '~') AND split_part(id, '~', 1) IN (SELECT unnest($w)))",
                    {"w": wanted},
                ).fetchall()
            }

    def pool(self, events: list[Event], published: tuple[date, date] | None) -> list[tuple[str, CorpusKey]]:
        """Stored events that may be the same as any of ``events``, ordered by id (:class:`_Window`)."""
        window = _Window.of(events, published)
        if window is None:
            return []
        rows = sorted(
            (row for key in window.keys for row in self.rows.get(key, {}).values() if window.holds(row)),
            key=lambda r: r[0],
        )
        return [(row[0], self.keys[row[0]]) for row in rows]

    def taken_ids(self, wanted: list[str]) -> set[str]:
        """Which of these event ids (or their ``~n`` variants) the store already holds."""
        return _taken_among(self.taken, wanted)

    def extend(self, written: _Pending) -> None:
        """Take in the rows just written from the batch: what reading the store again would add."""
        among = set(self.ids)
        for row, key in written.events:
            self.rows.setdefault(row[2], {})[row[0]] = row
            self.keys[row[0]] = replace(key, articles=key.articles & among)
        self.taken |= written.ids
        self.articles.update((i, state) for i, state in written.articles.items() if i in among)

    def merged(self, row: tuple[Any, ...], actors: frozenset[str], recipients: frozenset[str], article: str) -> None:
        """A stored event after a merge: its new row and actors, and one more reporting article."""
        event_id = row[0]
        for rows in self.rows.values():
            if rows.pop(event_id, None) is not None:
                break
        self.rows.setdefault(row[2], {})[event_id] = row
        before = self.keys[event_id].articles
        articles = before | {article} if article in self.ids else before
        self.keys[event_id] = _key_of(row, actors, recipients, articles)


def _taken_among(ids: set[str], wanted: list[str]) -> set[str]:
    want = set(wanted)
    return {i for i in ids if i in want or i.split("~", 1)[0] in want}


def _stored_keys(
    conn: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]], among: list[str], sides: _Sides
) -> dict[str, CorpusKey]:
    """The dedup keys of stored events (rows of :data:`_POOL_COLUMNS`), with their reporting articles ``among``."""
    if not rows:
        return {}
    known = {r[0]: sides.get(r[0]) for r in rows}
    missing = [event_id for event_id, pair in known.items() if pair is None]
    if missing:
        found: dict[str, tuple[set[str], set[str]]] = {i: (set(), set()) for i in missing}
        for event_id, role, code in conn.execute(
            "SELECT event_id, role, code FROM event_actors WHERE event_id IN (SELECT unnest($ids))", {"ids": missing}
        ).fetchall():
            found[event_id][role == "recipient"].add(code)
        for event_id, (actors, recipients) in found.items():
            read = known[event_id] = (frozenset(actors), frozenset(recipients))
            sides.put(event_id, *read)  # may empty the cache when full: ``known`` holds them
    pooled = {r[0] for r in rows}
    articles: dict[str, set[str]] = {}
    for event_id, article_id in conn.execute(
        "SELECT event_id, article_id FROM mentions WHERE article_id IN (SELECT unnest($among))", {"among": among}
    ).fetchall():
        if event_id in pooled:
            articles.setdefault(event_id, set()).add(article_id)
    out = {}
    for row in rows:
        sided = known[row[0]]
        if sided is None:  # pragma: no cover - every missing event was filled above
            raise StoreError(f"no actors read for stored event {row[0]}", code="E406")
        out[row[0]] = _key_of(row, sided[0], sided[1], frozenset(articles.get(row[0], ())))
    return out


class _Sides:
    """The actor and recipient codes of stored events, as the store holds them: a bounded cache.

    Kept in step with every write of the ingester (new events, merges); emptied when an article is
    replaced (its events may go) and after a rollback.
    """

    LIMIT = 50_000

    def __init__(self) -> None:
        self._by_event: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._shared: dict[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], frozenset[str]]] = {}

    def get(self, event_id: str) -> tuple[frozenset[str], frozenset[str]] | None:
        return self._by_event.get(event_id)

    def put(self, event_id: str, actors: frozenset[str], recipients: frozenset[str]) -> None:
        if len(self._by_event) >= self.LIMIT or len(self._shared) >= self.LIMIT:
            self.clear()  # memory stays bounded; what is dropped is read again when needed
        pair = (actors, recipients)
        self._by_event[event_id] = self._shared.setdefault(pair, pair)

    def clear(self) -> None:
        self._by_event.clear()
        self._shared.clear()


def _key_of(
    row: tuple[Any, ...], actors: frozenset[str], recipients: frozenset[str], articles: frozenset[str]
) -> CorpusKey:
    """The dedup key of a stored event from its row of :data:`_POOL_COLUMNS`."""
    _, type_, _, day, _, precision, source, country, first, last = row
    span = date_span(day, precision)
    return CorpusKey(
        type=type_,
        actors=actors,
        recipients=recipients,
        span=span,
        assumed_date=span is not None and source == "published",
        country=country,
        published=(first, last) if first else None,
        articles=articles,
    )


def _load_event(conn: duckdb.DuckDBPyConnection, event_id: str) -> Event:
    rows = _fetch_dicts(conn, f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events WHERE id = ?", [event_id])
    actors = conn.execute(
        "SELECT role, code, sector, entity_text, office FROM event_actors WHERE event_id = ? ORDER BY role, position",
        [event_id],
    ).fetchall()
    return _event_from_row(rows[0], actors)


def _insert_rows(conn: duckdb.DuckDBPyConnection, table: str, columns: int, rows: list[list[Any]]) -> None:
    """One multi-row ``INSERT ... VALUES (...), (...)``: DuckDB runs ``executemany`` row by row, far slower."""
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        chunk = rows[start : start + _ROWS_PER_INSERT]
        values = ", ".join([_placeholders(columns)] * len(chunk))
        conn.execute(f"INSERT INTO {table} VALUES {values}", [value for row in chunk for value in row])


#: Arrow types of the store's column types (a batch of rows goes in as one Arrow table).
_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


def _arrow_schema(conn: duckdb.DuckDBPyConnection, table: str, names: tuple[str, ...]) -> pa.Schema | None:
    """The Arrow schema of some columns of a table; None when a column type has no Arrow type here."""
    types = dict(
        conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    )
    fields = [(name, _ARROW_TYPES.get(types.get(name, ""))) for name in names]
    if any(t is None for _, t in fields):
        return None
    return pa.schema(fields)


def _insert_arrow(conn: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema | None, rows: list[list[Any]]) -> None:
    """Insert many rows at once through an Arrow table (values DuckDB would bind one by one)."""
    if not rows:
        return
    columns = f"{table} ({', '.join(schema.names)})" if schema is not None else table
    try:
        if schema is None:
            raise TypeError("no Arrow schema")
        batch = pa.Table.from_arrays(
            [pa.array(values, type=f.type) for values, f in zip(zip(*rows, strict=True), schema, strict=True)],
            schema=schema,
        )
    except (pa.ArrowException, TypeError, ValueError) as exc:  # an odd value: let DuckDB convert it
        logger.debug("%s: rows inserted without Arrow: %s", table, exc)
        _insert_rows(conn, columns, len(rows[0]), rows)
        return
    conn.register("_parley_batch", batch)
    try:
        conn.execute(f"INSERT INTO {columns} SELECT * FROM _parley_batch")
    finally:
        conn.unregister("_parley_batch")


@lru_cache(maxsize=8)
def _placeholders(columns: int) -> str:
    return "(" + ", ".join("?" * columns) + ")"


def _actor_rows(event: Event) -> list[list[Any]]:
    return [
        [event.id, role, n, e.code, e.sector, e.entity_text, e.office]
        for role, side in (("actor", event.actors), ("recipient", event.recipients))
        for n, e in enumerate(side)
    ]


def _write_actors(conn: duckdb.DuckDBPyConnection, event: Event, *, replace: bool = True) -> None:
    if replace:
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", [event.id])
    _insert_rows(conn, "event_actors", 7, _actor_rows(event))


def _mention_rows(event_id: str, doc: Document, mentions: list[Mention]) -> list[list[Any]]:
    source = doc.article.source
    return [[event_id, doc.id, m.sequence, m.start, m.end, m.event_text, m.text, source] for m in mentions]


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
    pending: _Pending,
) -> tuple[tuple[Any, ...], bool]:
    """Add a new article's report of a stored event: refine the event, count the report.

    The mentions wait with the batch's new rows (``pending``). Returns the event's row of
    :data:`_POOL_COLUMNS` as it now is, and whether its actors were rewritten.
    """
    source = doc.article.source
    new_source = source is None or (
        (match.id, source) not in pending.sources
        and not conn.execute(
            "SELECT 1 FROM mentions WHERE event_id = ? AND source = ? LIMIT 1", [match.id, source]
        ).fetchone()
    )
    counts = (
        "num_mentions = num_mentions + ?, num_articles = num_articles + 1, "
        "num_sources = num_sources + ?, first_published = least(first_published, ?), "
        "last_published = greatest(last_published, ?)"
    )
    params: list[Any] = [len(mentions), int(new_source), published, published]
    changed = merge_event(match, event)
    if changed:
        columns = [c for c in _EVENT_COLUMNS if c not in _COUNT_COLUMNS]
        values = dict(zip(_EVENT_COLUMNS, _event_params(match, None), strict=True))
        counts += ", " + ", ".join(f"{c} = ?" for c in columns)
        params += [values[c] for c in columns]
        _write_actors(conn, match)
    row = conn.execute(
        f"UPDATE events SET {counts} WHERE id = ? RETURNING {', '.join(_POOL_COLUMN_NAMES)}", [*params, match.id]
    ).fetchone()
    if row is None:  # pragma: no cover - the event was just read
        raise StoreError(f"event {match.id} vanished while merging", code="E406")
    pending.add_mentions(match.id, source, _mention_rows(match.id, doc, mentions))
    return tuple(row), changed


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
    if any(w.startswith(("extraction failed", "cleaning failed", "parse failed")) for w in doc.warnings):
        return "failed"
    return "warning" if doc.warnings else "ok"


class Ingester:
    """Stores documents in batches: ``commit_every`` articles per transaction, read and written in bulk.

    >>> with Ingester(store) as ingester:            # doctest: +SKIP
    ...     for doc in documents:
    ...         ingester.add(doc)

    The tables end up exactly as if each article were stored in its own transaction, in input
    order (:func:`ingest_document`), only much faster: what the store knows about a batch (stored
    versions, dedup candidates, taken ids) is read with a few queries for all of its articles, and
    the rows of new articles and events are written with one Arrow insert per table. Cross-article
    dedup sees every earlier article, also those of the same batch: when an article merges into an
    event of the batch not written yet, or replaces an article, the waiting rows are written first
    (and, after a replacement, the store is read again). The actors of stored events are cached
    between batches; a transaction of another writer on the same :class:`Store` object empties the
    cache (do not write to ``store.conn`` directly while an ingester is open).

    When storing an article fails, the batch is rolled back, its earlier articles are stored again
    one transaction each, and the error is raised: the failed article leaves nothing, the earlier
    ones stay. A killed process loses the articles of the unfinished batch, which the next run
    stores (already stored articles are skipped). ``progress(doc, stored)`` is called for each
    article once its batch is committed.
    """

    def __init__(
        self,
        store: Store,
        stats: IngestStats | None = None,
        *,
        commit_every: int = 64,
        progress: Callable[[Document, bool], None] | None = None,
        checkpoint: bool = True,
    ) -> None:
        if not store.writable:
            raise StoreError(f"{store.path}: opened read-only; open it with write=True", code="E405")
        if commit_every < 1:
            raise StoreError("commit_every must be at least 1", code="E409")
        self.store = store
        self.stats = stats if stats is not None else IngestStats()
        self.commit_every = commit_every
        self.progress = progress
        self.checkpoint = checkpoint
        self.current: str | None = None  # the article being stored (for error messages)
        self._queue: list[Document] = []
        self._pending = _Pending()
        self._lookup: _Lookup | None = None
        self._sides = _Sides()
        self._generation = store.generation  # the store as this ingester last left it
        self._schemas = {table: _arrow_schema(store.conn, table, names) for table, names in _COLUMNS.items()}

    # -- public ------------------------------------------------------------------------------
    def add(self, doc: Document) -> list[tuple[Document, bool]]:
        """Queue a document; a full batch is stored and committed (its documents and whether each was new)."""
        self._queue.append(doc)
        if len(self._queue) >= self.commit_every:
            return self.commit()
        return []

    def commit(self) -> list[tuple[Document, bool]]:
        """Store the queued documents in one transaction: each with whether it was new (False: already stored)."""
        queue, self._queue = self._queue, []
        if not queue:
            return []
        conn = self.store.conn
        before = replace(self.stats)
        done: list[tuple[Document, bool]] = []
        if self.store.generation != self._generation:
            self._sides.clear()  # something else wrote to the store since this ingester's last batch
        committed = False
        conn.begin()
        try:
            for n, doc in enumerate(queue):
                done.append((doc, self._store(conn, doc, queue, n)))
            self.current = None
            self._write_pending(conn)
            conn.commit()
            committed = True
            self.store.generation += 1
            self._generation = self.store.generation
            if self.checkpoint:
                conn.execute("CHECKPOINT")  # readers of snapshot copies (parley serve) see the batch
        except BaseException as exc:
            failed = self.current
            if committed and isinstance(exc, duckdb.Error):
                raise StoreError(
                    f"{self.store.path}: the checkpoint after a batch failed: {exc}; the batch is stored", code="E406"
                ) from exc
            if committed:
                raise  # Ctrl-C during the checkpoint: the batch is stored, there is nothing to roll back
            if not isinstance(exc, duckdb.Error):
                self._recover(before, [doc for doc, _ in done])
                raise
            # one article the store refuses must cost only itself: the batch's others, one by one
            later = queue[len(done) + (failed is not None) :]
            refused = self._recover(before, [doc for doc, _ in done], later)
            names = ([failed] if failed else []) + [ident for ident, _ in refused]
            raise StoreError(
                f"{self.store.path}: storing {', '.join(names) or 'a batch'} failed: {exc}; "
                "the batch's other articles are stored",
                code="E406",
            ) from exc
        finally:
            self._pending.clear()
            self._lookup = None
        if self.progress is not None:
            for doc, stored in done:
                self.progress(doc, stored)
        return done

    close = commit

    def __enter__(self) -> Ingester:
        return self

    def __exit__(self, *exc: object) -> None:
        self.commit()

    # -- one article -------------------------------------------------------------------------
    def _read(self, conn: duckdb.DuckDBPyConnection, queue: list[Document], n: int) -> _Lookup:
        """What the store holds about the articles from ``queue[n]`` on (read again after a replacement)."""
        if self._lookup is None:
            self._lookup = _Lookup(conn, queue[n:], self._sides)
        return self._lookup

    def _write_pending(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Write the waiting rows; what the store then holds is known without reading it again."""
        if self._lookup is not None:
            self._lookup.extend(self._pending)
        for row, key in self._pending.events:
            self._sides.put(row[0], key.actors, key.recipients)
        self._pending.write(conn, self._schemas)

    def _store(self, conn: duckdb.DuckDBPyConnection, doc: Document, queue: list[Document], n: int) -> bool:
        """Store one article inside the open transaction, as :func:`ingest_document` would alone."""
        self.current = doc.id
        stats, pending = self.stats, self._pending
        text_hash = article_hash(doc.article)
        waiting = pending.articles.get(doc.id)
        if waiting is not None:
            if waiting[0] == text_hash and waiting[1] != "failed":
                stats.skipped += 1
                return False
            self._write_pending(conn)  # a second version of an article of this batch replaces the first
        stored = self._read(conn, queue, n).articles.get(doc.id)
        if stored is not None and stored[0] == text_hash and stored[1] != "failed":
            stats.skipped += 1
            return False
        if stored is not None:
            self._write_pending(conn)
            if _remove_article(conn, doc.id):
                stats.replaced += 1
            self._lookup = None  # events and mentions changed: read the store again
            self._sides.clear()
        pub = _published_span(doc)
        art = doc.article
        status = _status(doc)
        article_row = [
            doc.id,
            art.source,
            doc.source_country or art.source_country,
            art.url,
            pub[0] if pub else None,
            doc.title or art.title,
            doc.text,
            text_hash,
            status,
            list(doc.warnings),
            len(doc.events),
            datetime.now(),
        ]
        prepared = []
        for k, event in enumerate(doc.events, 1):
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
            prepared.append((k, event, mentions, CorpusKey.of(event, published=pub, articles=[doc.id])))
        if pending.matches([key for _, _, _, key in prepared]):
            self._write_pending(conn)  # an event of this article merges into one still waiting
        lookup = self._read(conn, queue, n)
        pool = lookup.pool(doc.events, pub)
        wanted = _wanted_ids(doc)
        taken = lookup.taken_ids(wanted) | pending.taken(wanted)
        fresh: list[tuple[Event, list[Mention]]] = []
        for k, event, mentions, key in prepared:
            slot = next((i for i, (_, skey) in enumerate(pool) if same_corpus_event(skey, key)), None)
            if slot is not None:
                match_id, skey = pool[slot]
                match = _load_event(conn, match_id)
                row, rewritten = _merge_into(conn, match, event, doc, mentions, pub[0] if pub else None, pending)
                actors, recipients = (
                    (frozenset(match.actor_codes), frozenset(match.recipient_codes))
                    if rewritten
                    else (skey.actors, skey.recipients)
                )
                self._sides.put(match_id, actors, recipients)
                lookup.merged(row, actors, recipients, doc.id)
                # the stored event now holds this article: no second event of it may merge there
                pool[slot] = (match_id, replace(skey, articles=skey.articles | {doc.id}))
                stats.events_merged += 1
            else:
                event.id = _free_id(taken, event.id or f"{doc.id}:e{k}")
                event.mentions = mentions
                event.num_articles = event.num_sources = 1
                fresh.append((event, mentions))
                stats.events_new += 1
            stats.mentions += len(mentions)
        pending.add(doc, article_row, fresh, pub, (text_hash, status))
        stats.articles += 1
        return True

    def _recover(
        self, before: IngestStats, earlier: list[Document], later: list[Document] | None = None
    ) -> list[tuple[str, str]]:
        """After a failure: roll the batch back, then store its other articles one by one.

        ``earlier`` were stored before the failure, ``later`` come after the failed one. An article
        the store refuses again is left out: ``(id, reason)`` of each such one is returned. Anything
        but a database error (Ctrl-C) is raised at once.
        """
        conn = self.store.conn
        self._pending.clear()
        self._lookup = None
        self._sides.clear()  # it may hold what was rolled back
        try:
            conn.rollback()
        except duckdb.Error as exc:  # pragma: no cover - the connection is gone
            logger.warning("rollback failed: %s", exc)
            return []
        vars(self.stats).update(vars(before))
        alone = earlier + (later or [])
        if alone:
            logger.info("storing the %d other articles of the failed batch one by one", len(alone))
        refused: list[tuple[str, str]] = []
        for doc in alone:
            counts = replace(self.stats)
            conn.begin()
            try:
                stored = self._store(conn, doc, [doc], 0)
                self._write_pending(conn)
            except duckdb.Error as exc:
                conn.rollback()
                self._sides.clear()
                vars(self.stats).update(vars(counts))
                refused.append((doc.id, str(exc)))
                continue
            except BaseException:
                conn.rollback()
                self._sides.clear()
                raise
            finally:
                self._pending.clear()
                self._lookup = None
            conn.commit()
            self.store.generation += 1
            self._generation = self.store.generation
            if self.progress is not None:
                self.progress(doc, stored)
        return refused


class _Pending:
    """New articles and events of the open batch, not written yet."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.articles: dict[str, tuple[str, str]] = {}  # id -> (input hash, status)
        self.ids: set[str] = set()
        self.keys: dict[tuple[str, frozenset[str]], list[CorpusKey]] = {}  # by type and participants
        self.events: list[tuple[tuple[Any, ...], CorpusKey]] = []  # (row of _POOL_COLUMNS, key) once written
        self.sources: set[tuple[str, str | None]] = set()  # (stored event, outlet) of the waiting mentions
        self.rows: dict[str, list[list[Any]]] = {table: [] for table in _COLUMNS}

    def add(
        self,
        doc: Document,
        article_row: list[Any],
        fresh: list[tuple[Event, list[Mention]]],
        pub: tuple[date, date] | None,
        state: tuple[str, str],
    ) -> None:
        self.articles[doc.id] = state
        self.rows["articles"].append(article_row)
        for event, mentions in fresh:
            self.ids.add(event.id)
            params = _event_params(event, pub)
            row, key = _stored_row_and_key(event, params, doc.id)
            self.keys.setdefault((key.type, key.actors | key.recipients), []).append(key)
            self.events.append((row, key))
            self.rows["events"].append(params)
            self.rows["event_actors"].extend(_actor_rows(event))
            self.rows["mentions"].extend(_mention_rows(event.id, doc, mentions))

    def add_mentions(self, event_id: str, source: str | None, rows: list[list[Any]]) -> None:
        """Mentions of a stored event (merged into), written with the batch."""
        self.sources.add((event_id, source))
        self.rows["mentions"].extend(rows)

    def matches(self, keys: list[CorpusKey]) -> bool:
        """Whether a waiting event is the same real-world event as one of ``keys``.

        Same events have the same type and the same participants (:func:`same_corpus_event`).
        """
        return bool(self.keys) and any(
            same_corpus_event(waiting, key)
            for key in keys
            for waiting in self.keys.get((key.type, key.actors | key.recipients), ())
        )

    def taken(self, wanted: list[str]) -> set[str]:
        """The waiting event ids that :meth:`_Lookup.taken_ids` would report once they are written."""
        return _taken_among(self.ids, wanted) if self.ids else set()

    def write(self, conn: duckdb.DuckDBPyConnection, schemas: dict[str, pa.Schema | None]) -> None:
        """Insert the waiting rows (one Arrow batch per table) and forget them."""
        if self.articles:
            for table, rows in self.rows.items():
                _insert_arrow(conn, table, schemas[table], rows)
        self.clear()


def _stored_row_and_key(event: Event, params: list[Any], article_id: str) -> tuple[tuple[Any, ...], CorpusKey]:
    """The row of :data:`_POOL_COLUMNS` and the key :func:`_stored_keys` read back for a new event once written."""
    values = dict(zip(_EVENT_COLUMNS, params, strict=True))
    row = tuple(values[c] for c in _POOL_COLUMN_NAMES)
    span = date_span(values["date"], values["date_precision"])
    key = CorpusKey(
        type=values["type"],
        actors=frozenset(event.actor_codes),
        recipients=frozenset(event.recipient_codes),
        span=span,
        assumed_date=span is not None and values["date_source"] == "published",
        country=values["country_code"],
        published=(values["first_published"], values["last_published"]) if values["first_published"] else None,
        articles=frozenset({article_id}),
    )
    return row, key


def ingest_document(store: Store, doc: Document, stats: IngestStats | None = None) -> bool:
    """Store one document in its own transaction; False when it was already stored.

    For many documents, :func:`ingest` (or an :class:`Ingester`) gives the same tables much faster.
    """
    done = Ingester(store, stats, commit_every=1).add(doc)
    return done[0][1]


def ingest(
    documents: Iterable[Document],
    store: Store,
    *,
    progress: Callable[[Document, bool], None] | None = None,
    commit_every: int = 64,
) -> IngestStats:
    """Store documents: ``commit_every`` articles per transaction (see :class:`Ingester`).

    Articles already stored with the same input hash are skipped, so re-running
    changes nothing and an interrupted run resumes where it stopped. An article
    whose input changed replaces its earlier version. ``progress(doc, stored)`` is
    called after each document is committed.

    Raises:
        StoreError: the store is read-only or a write failed (the article being
            written is rolled back; earlier ones stay).
    """
    if not store.writable:
        raise StoreError(f"{store.path}: opened read-only; open it with write=True", code="E405")
    ingester = Ingester(store, commit_every=commit_every, progress=progress)
    with ingester:  # whatever stops the stream, the articles read so far are stored
        for doc in documents:
            ingester.add(doc)
    logger.info("%s", ingester.stats.summary())
    return ingester.stats
