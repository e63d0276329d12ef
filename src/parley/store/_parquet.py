"""Events as Parquet (one row per event, partitioned by month) and loading them into the store.

The Ray engine (:mod:`parley.distributed`) writes these rows from many workers at once, since the
DuckDB store is one file written by one process; :func:`load_parquet` brings them in afterwards,
article by article through :func:`~parley.store.ingest_document`, so the store ends up as a local
``parley ingest`` of the same articles would leave it (same event ids, same cross-article merges),
and loading twice adds nothing.

A row is the event's PLOVER record (``Event.to_plover()``: same names, nested actors, place,
``text_info`` and mentions) with a few extra columns the store needs: ``date_source``, the place's
``feature_code``, each mention's sentence, the unrounded ``confidence``, the article's metadata
(``article_*``), the input order (``input_batch``, ``input_position``, ``event_index``) and the
partition column ``month`` (``YYYY-MM`` of the event date, ``unknown`` without one). DuckDB reads
the directory directly::

    SELECT * FROM read_parquet('events-parquet/**/*.parquet', hive_partitioning = true)

Articles without events have no row, so they are not in the store after a load; the article text is
not stored either (``articles.text`` is empty; each event keeps its evidence sentence).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..document import Article, Document, Event, Mention
from ..errors import StoreError
from ._ingest import IngestStats, ingest_document
from ._store import NO_EXTENSIONS, Store, article_hash

__all__ = ["EVENT_PARQUET_SCHEMA", "event_month", "event_rows", "events_table", "load_parquet"]

logger = logging.getLogger(__name__)

#: ``resolved_by``: how a description or a pronoun got its code ('"He" stands for "Aleksandar Vucic" ...')
_ENTITY = pa.struct(
    [
        ("code", pa.string()),
        ("sector", pa.string()),
        ("entity_text", pa.string()),
        ("office", pa.string()),
        ("resolved_by", pa.string()),
    ]
)
_PLACE = pa.struct(
    [
        ("extracted_place", pa.string()),
        ("resolved_place", pa.string()),
        ("country_code", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("geonameid", pa.int64()),
        ("feature_code", pa.string()),
    ]
)
_TEXT_INFO = pa.struct([("sequence", pa.int32()), ("start", pa.int32()), ("end", pa.int32())])
_MENTION = pa.struct(
    [
        ("doc_id", pa.string()),
        ("sequence", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("event_text", pa.string()),
        ("text", pa.string()),
    ]
)

#: The columns of an events Parquet dataset, in order (``month`` is the partition column).
EVENT_PARQUET_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_source", pa.string()),
        ("event", pa.list_(pa.string())),
        ("mode", pa.list_(pa.string())),
        ("context", pa.list_(pa.string())),
        ("actor", pa.list_(_ENTITY)),
        ("recipient", pa.list_(_ENTITY)),
        ("event_loc", _PLACE),
        ("quad_code", pa.int32()),
        ("event_scale", pa.float64()),
        ("cameo", pa.string()),
        ("event_text", pa.string()),
        ("text", pa.string()),
        ("text_info", _TEXT_INFO),
        ("modality", pa.string()),
        ("confidence", pa.float64()),
        ("num_mentions", pa.int32()),
        ("num_articles", pa.int32()),
        ("num_sources", pa.int32()),
        ("mentions", pa.list_(_MENTION)),
        ("coder", pa.string()),
        ("article_published", pa.date32()),
        ("article_source", pa.string()),
        ("article_source_country", pa.string()),
        ("article_url", pa.string()),
        ("article_title", pa.string()),
        ("article_hash", pa.string()),
        ("article_warnings", pa.list_(pa.string())),
        ("article_events", pa.int32()),
        ("input_batch", pa.int64()),
        ("input_position", pa.int32()),
        ("event_index", pa.int32()),
        ("month", pa.string()),
    ]
)

_COLUMNS = [name for name in EVENT_PARQUET_SCHEMA.names if name != "month"]


def event_month(event: Event) -> str:
    """The partition of an event: ``YYYY-MM`` of its date (first month of a year-precision date) or ``unknown``."""
    day = event.date or ""
    if len(day) >= 7 and day[4] == "-" and day[:4].isdigit():
        return day[:7]
    return f"{day}-01" if len(day) == 4 and day.isdigit() else "unknown"


def event_rows(doc: Document, *, batch: int = 0, position: int = 0) -> list[dict[str, Any]]:
    """The Parquet rows of a processed document: one per event (none for an article without events).

    ``batch`` and ``position`` give the article's place in the input (the first input file of its
    batch, its number in the batch): :func:`load_parquet` stores articles in that order, as a local
    ingest does.
    """
    art = doc.article
    published = doc.published or art.published
    article = {
        "article_published": published,
        "article_source": art.source,
        "article_source_country": doc.source_country or art.source_country,
        "article_url": art.url,
        "article_title": doc.title or art.title,
        "article_hash": article_hash(art),
        "article_warnings": list(doc.warnings),
        "article_events": len(doc.events),
        "input_batch": batch,
        "input_position": position,
    }
    rows = []
    for n, event in enumerate(doc.events):
        record = event.to_plover()
        record["id"] = event.id or f"{doc.id}:e{n + 1}"
        record["doc_id"] = event.doc_id or doc.id
        record["date_source"] = event.date_source or None
        record["confidence"] = float(event.confidence)
        if record["event_loc"] is not None and event.place is not None:
            record["event_loc"]["feature_code"] = event.place.feature_code
        record["mentions"] = [
            {
                "doc_id": m.doc_id,
                "sequence": m.sequence,
                "start": m.start,
                "end": m.end,
                "event_text": m.event_text,
                "text": m.text,
            }
            for m in event.mentions
        ]
        record.update(article, event_index=n, month=event_month(event))
        rows.append(record)
    return rows


def events_table(rows: list[dict[str, Any]]) -> pa.Table:
    """An Arrow table of :func:`event_rows` rows, with :data:`EVENT_PARQUET_SCHEMA` (also when empty)."""
    return pa.Table.from_pylist(rows, schema=EVENT_PARQUET_SCHEMA)


# -- loading ---------------------------------------------------------------------------------------
def _parquet_files(source: Path) -> list[str]:
    if source.is_file():
        return [str(source)]
    if not source.is_dir():
        raise StoreError(f"{source}: no such file or directory", code="E407")
    files = sorted(
        str(p) for p in source.rglob("*.parquet") if not any(part.startswith(("_", ".")) for part in p.parts[-2:])
    )
    if not files:
        raise StoreError(f"{source}: no Parquet files in this directory", code="E407")
    return files


def _event_from_row(row: dict[str, Any]) -> Event:
    event = Event.from_plover(row)
    event.confidence = float(row["confidence"]) if row["confidence"] is not None else 0.5
    event.date_source = row["date_source"] or ""
    loc = row["event_loc"]
    if event.place is not None and loc:
        event.place.feature_code = loc.get("feature_code")
    event.mentions = [
        Mention(
            m["doc_id"] or event.doc_id,
            m["sequence"] or 0,
            m["start"] or 0,
            m["end"] or 0,
            m["text"] or "",
            m["event_text"] or "",
        )
        for m in row["mentions"] or []
    ]
    event.num_articles = row["num_articles"] or 1
    event.num_sources = row["num_sources"] or 1
    return event


def _document(rows: list[dict[str, Any]]) -> tuple[Document, str]:
    """The document of one article's rows, and the hash of the article's input."""
    first = rows[0]
    published: date | None = first["article_published"]
    article = Article(
        id=first["doc_id"],
        published=published,
        source=first["article_source"],
        source_country=first["article_source_country"],
        url=first["article_url"],
        title=first["article_title"],
    )
    doc = Document(article=article, warnings=list(first["article_warnings"] or []))
    doc.events = [_event_from_row(row) for row in rows]
    return doc, first["article_hash"]


def _iter_documents(files: list[str], source: Path, chunk: int = 2000) -> Iterator[tuple[Document, str]]:
    """Each article's document in input order; DuckDB sorts the rows (spilling to disk if it must)."""
    with tempfile.TemporaryDirectory(prefix="parley-load-") as spill:
        reader = duckdb.connect(config=dict(NO_EXTENSIONS))
        try:
            reader.execute(f"SET temp_directory = '{spill.replace(chr(39), chr(39) * 2)}'")
            scan = "read_parquet(?, hive_partitioning = true, union_by_name = true)"
            try:
                names = {r[0] for r in reader.execute(f"DESCRIBE SELECT * FROM {scan}", [files]).fetchall()}
            except duckdb.Error as exc:
                raise StoreError(f"{source}: unreadable Parquet: {exc}", code="E408") from exc
            missing = [c for c in _COLUMNS if c not in names]
            if missing:
                raise StoreError(
                    f"{source}: not a parley events dataset (written by `parley ingest --engine ray`); "
                    f"missing columns: {', '.join(missing)}",
                    code="E408",
                )
            cursor = reader.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM {scan} ORDER BY input_batch, input_position, doc_id, event_index",
                [files],
            )
            rows: list[dict[str, Any]] = []
            key: tuple[Any, ...] | None = None
            while batch := cursor.fetchmany(chunk):
                for values in batch:
                    row = dict(zip(_COLUMNS, values, strict=True))
                    here = (row["input_batch"], row["input_position"], row["doc_id"])
                    if rows and here != key:
                        yield _document(rows)
                        rows = []
                    key = here
                    rows.append(row)
            if rows:
                yield _document(rows)
        finally:
            reader.close()


def load_parquet(
    store: Store,
    source: str | Path,
    *,
    progress: Callable[[Document, bool], None] | None = None,
) -> IngestStats:
    """Store the events of a Parquet file or directory written by the Ray engine.

    Articles are stored in input order, each in its own transaction, by the same code as a local
    ingest (:func:`~parley.store.ingest_document`): an article already stored with the same input is
    skipped, so loading twice adds nothing; an article whose input changed replaces its earlier
    version; the same article twice in one load is stored once. ``progress(doc, stored)`` is called
    after each article.

    Raises:
        StoreError: the store is read-only (E405), ``source`` has no Parquet files (E407) or is not
            a parley events dataset (E408), or a write failed (E406; earlier articles stay).
    """
    if not store.writable:
        raise StoreError(f"{store.path}: opened read-only; open it with write=True", code="E405")
    source = Path(source)
    files = _parquet_files(source)
    stats = IngestStats()
    seen: set[str] = set()
    for doc, text_hash in _iter_documents(files, source):
        stored = False
        if doc.id in seen or store.has_article(doc.id, text_hash):
            stats.skipped += 1
        else:
            try:
                # The documents carry no article text, so ingest_document hashes an empty input;
                # the hash of the real input (computed on the worker) is written right after.
                stored = ingest_document(store, doc, stats)
                with store.transaction() as conn:
                    conn.execute("UPDATE articles SET text_hash = ? WHERE id = ?", [text_hash, doc.id])
            except duckdb.Error as exc:
                raise StoreError(f"{store.path}: storing {doc.id} failed: {exc}", code="E406") from exc
        seen.add(doc.id)
        if progress is not None:
            progress(doc, stored)
    logger.info("loaded %s: %s", source, stats.summary())
    return stats
