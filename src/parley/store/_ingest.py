"""Storing documents: articles committed in batches (each all or nothing), events merged across articles."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import duckdb

from ..dedup._corpus import CorpusKey, merge_event, same_corpus_event
from ..document import Document, Event, Mention
from ..errors import StoreError
from ._batch import POOL_COLUMN_NAMES, Lookup, Pending, Sides
from ._rows import COLUMNS, EVENT_COLUMNS, event_params, fill_defaults, published_span, wanted_ids
from ._store import Store, article_hash
from ._writes import arrow_schema, load_event, remove_article, write_actors

__all__ = ["IngestStats", "Ingester", "ingest", "ingest_document"]

logger = logging.getLogger(__name__)


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


#: DuckDB's buffer pool while an ingester writes. Each batch's dedup and skip lookups scan the
#: events, mentions and articles tables, and DuckDB keeps every block it read cached up to its
#: default limit (80 % of the machine's memory): the writing process grew with the store (about
#: 15 MB per 2,000 articles). Blocks beyond this are dropped and read again from the file (indexes
#: too: a 1.5-million-row key still answers under 32 MB); larger intermediate results spill to disk.
INGEST_MEMORY_LIMIT = "64MB"

_COUNT_COLUMNS = frozenset({"id", "num_mentions", "num_articles", "num_sources", "first_published", "last_published"})


def _merge_into(
    conn: duckdb.DuckDBPyConnection,
    match: Event,
    event: Event,
    doc: Document,
    mentions: list[Mention],
    published: date | None,
    pending: Pending,
) -> tuple[tuple[Any, ...], bool]:
    """Add a new article's report of a stored event: refine the event, count the report.

    The mentions wait with the batch's new rows (``pending``). Returns the event's row of
    :data:`POOL_COLUMN_NAMES` as it now is, and whether its actors were rewritten.
    """
    source = doc.article.source
    # the event's mentions are read by its id alone: with a second condition DuckDB scans the table
    new_source = source is None or (
        (match.id, source) not in pending.sources
        and all(
            r[0] != source
            for r in conn.execute("SELECT source FROM mentions WHERE event_id = ?", [match.id]).fetchall()
        )
    )
    counts = (
        "num_mentions = num_mentions + ?, num_articles = num_articles + 1, "
        "num_sources = num_sources + ?, first_published = least(first_published, ?), "
        "last_published = greatest(last_published, ?)"
    )
    params: list[Any] = [len(mentions), int(new_source), published, published]
    changed = merge_event(match, event)
    if changed:
        columns = [c for c in EVENT_COLUMNS if c not in _COUNT_COLUMNS]
        values = dict(zip(EVENT_COLUMNS, event_params(match, None), strict=True))
        counts += ", " + ", ".join(f"{c} = ?" for c in columns)
        params += [values[c] for c in columns]
        write_actors(conn, match)
    row = conn.execute(
        f"UPDATE events SET {counts} WHERE id = ? RETURNING {', '.join(POOL_COLUMN_NAMES)}", [*params, match.id]
    ).fetchone()
    if row is None:  # pragma: no cover - the event was just read
        raise StoreError(f"event {match.id} vanished while merging", code="E406")
    pending.add_mentions(match.id, doc, mentions)
    return tuple(row), changed


def _cap_memory(conn: duckdb.DuckDBPyConnection) -> None:
    """Bound DuckDB's buffer pool to :data:`INGEST_MEMORY_LIMIT` (the setting holds for the store's database)."""
    conn.execute(f"SET memory_limit = '{INGEST_MEMORY_LIMIT}'")


def _free_id(taken: set[str], wanted: str) -> str:
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}~{n}"
    taken.add(candidate)
    return candidate


def _status(doc: Document) -> str:
    if any(w.startswith(("extraction failed", "cleaning failed", "parse failed")) for w in doc.warnings):
        return "failed"
    return "warning" if doc.warnings else "ok"


#: An event of an article about to be stored: its number in the article, the event, its mentions, its key.
_Prepared = tuple[int, Event, list[Mention], CorpusKey]


def _article_row(doc: Document, text_hash: str, status: str, pub: tuple[date, date] | None) -> list[Any]:
    """The article's row of the articles table."""
    art = doc.article
    return [
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


def _prepared_events(doc: Document, pub: tuple[date, date] | None) -> list[_Prepared]:
    """The article's events with their defaults filled, their mentions tagged with the article's source."""
    art = doc.article
    prepared: list[_Prepared] = []
    for k, event in enumerate(doc.events, 1):
        event.doc_id = doc.id
        fill_defaults(event)
        # the event's own sentence stands in when the extractor listed no mentions
        reports = event.mentions or [
            Mention(doc.id, event.sequence, event.start, event.end, event.text, event.event_text)
        ]
        mentions = [
            Mention(doc.id, m.sequence, m.start, m.end, m.text, m.event_text, source=art.source, url=art.url)
            for m in reports
        ]
        prepared.append((k, event, mentions, CorpusKey.of(event, published=pub, articles=[doc.id])))
    return prepared


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
        self._pending = Pending()
        self._lookup: Lookup | None = None
        self._sides = Sides()
        self._generation = store.generation  # the store as this ingester last left it
        self._schemas = {table: arrow_schema(store.conn, table, names) for table, names in COLUMNS.items()}
        _cap_memory(store.conn)

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
    def _read(self, conn: duckdb.DuckDBPyConnection, queue: list[Document], n: int) -> Lookup:
        """What the store holds about the articles from ``queue[n]`` on (read again after a replacement)."""
        if self._lookup is None:
            self._lookup = Lookup(conn, queue[n:], self._sides)
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
        text_hash = article_hash(doc.article)
        if self._already_stored(conn, doc, text_hash, queue, n):
            self.stats.skipped += 1
            return False
        pub = published_span(doc)
        status = _status(doc)
        article_row = _article_row(doc, text_hash, status, pub)
        prepared = _prepared_events(doc, pub)
        if self._pending.matches([key for _, _, _, key in prepared]):
            self._write_pending(conn)  # an event of this article merges into one still waiting
        fresh = self._place_events(conn, doc, prepared, self._read(conn, queue, n), pub)
        self._pending.add(doc, article_row, fresh, pub, (text_hash, status))
        self.stats.articles += 1
        return True

    def _already_stored(
        self, conn: duckdb.DuckDBPyConnection, doc: Document, text_hash: str, queue: list[Document], n: int
    ) -> bool:
        """True when this text of the article waits in the batch or is stored (and did not fail); else an
        earlier version is written out or removed, to be replaced."""
        waiting = self._pending.articles.get(doc.id)
        if waiting is not None:
            if waiting[0] == text_hash and waiting[1] != "failed":
                return True
            self._write_pending(conn)  # a second version of an article of this batch replaces the first
        stored = self._read(conn, queue, n).articles.get(doc.id)
        if stored is not None and stored[0] == text_hash and stored[1] != "failed":
            return True
        if stored is not None:
            self._write_pending(conn)
            if remove_article(conn, doc.id):
                self.stats.replaced += 1
            self._lookup = None  # events and mentions changed: read the store again
            self._sides.clear()
        return False

    def _place_events(
        self,
        conn: duckdb.DuckDBPyConnection,
        doc: Document,
        prepared: list[_Prepared],
        lookup: Lookup,
        pub: tuple[date, date] | None,
    ) -> list[tuple[Event, list[Mention]]]:
        """Merge each event into the stored one it reports again, else give it a free id; return the new ones."""
        pool = lookup.pool(doc.events, pub)
        wanted = wanted_ids(doc)
        taken = lookup.taken_ids(wanted) | self._pending.taken(wanted)
        fresh: list[tuple[Event, list[Mention]]] = []
        for k, event, mentions, key in prepared:
            slot = next((i for i, (_, skey) in enumerate(pool) if same_corpus_event(skey, key)), None)
            if slot is not None:
                self._merge_report(conn, doc, event, mentions, pool, slot, lookup, pub)
            else:
                event.id = _free_id(taken, event.id or f"{doc.id}:e{k}")
                event.mentions = mentions
                event.num_articles = event.num_sources = 1
                fresh.append((event, mentions))
                self.stats.events_new += 1
            self.stats.mentions += len(mentions)
        return fresh

    def _merge_report(
        self,
        conn: duckdb.DuckDBPyConnection,
        doc: Document,
        event: Event,
        mentions: list[Mention],
        pool: list[tuple[str, CorpusKey]],
        slot: int,
        lookup: Lookup,
        pub: tuple[date, date] | None,
    ) -> None:
        """Merge an event into the stored event at ``pool[slot]`` and keep the batch's views of it current."""
        match_id, skey = pool[slot]
        match = load_event(conn, match_id)
        row, rewritten = _merge_into(conn, match, event, doc, mentions, pub[0] if pub else None, self._pending)
        actors, recipients = (
            (frozenset(match.actor_codes), frozenset(match.recipient_codes))
            if rewritten
            else (skey.actors, skey.recipients)
        )
        self._sides.put(match_id, actors, recipients)
        lookup.merged(row, actors, recipients, doc.id)
        # the stored event now holds this article: no second event of it may merge there
        pool[slot] = (match_id, replace(skey, articles=skey.articles | {doc.id}))
        self.stats.events_merged += 1

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
