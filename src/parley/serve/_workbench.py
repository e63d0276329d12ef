"""What the workbench serves: a snapshot of the store, its reviews and the limits of the server.

:class:`Workbench` runs each query on its own cursor of the snapshot within the time and
concurrency limits, keeps the answers (:mod:`._cache`) and computes the page's first views of
each new snapshot ahead (:mod:`._views`).
"""

from __future__ import annotations

import gc
import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import duckdb
from fastapi.responses import Response

from ..analysis import event_page
from ..review import ReviewStore, apply_review, attach, matches, review_path
from ..store import Store
from ._cache import Busy, ResponseCache, to_json
from ._derived import quick_stats
from ._index import EventIndex
from ._snapshot import Snapshot
from ._views import first_views

__all__ = ["RAW_REQUEST", "NeedsThread", "NotFound", "Overloaded", "RateLimiter", "ServeSettings", "Workbench"]

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: the path and query string of the request being answered (the cache files its answer under them too)
RAW_REQUEST: ContextVar[tuple[str, bytes] | None] = ContextVar("parley_raw_request", default=None)
#: set while an answer is computed on the event loop (:meth:`Workbench.inline`)
_INLINE: ContextVar[bool] = ContextVar("parley_inline", default=False)
_NO_FILTERS: dict[str, Any] = dict.fromkeys(
    ("actor", "recipient", "either", "type", "quad", "context", "since", "until", "country", "search")
)


@dataclass(frozen=True)
class ServeSettings:
    """Limits and access rules of the server (the CLI builds them from its options)."""

    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None
    public_read: bool = False
    max_page: int = 500  # events per page
    max_download: int = 100_000  # events per CSV/JSONL download
    query_timeout: float = 10.0  # seconds per query
    max_queries: int = 8  # queries at once; more wait ...
    queue_wait: float = 5.0  # ... this long, then 503
    rate: float = 50.0  # requests per second per client (burst: 4 s worth); 0 = no limit
    max_body: int = 16_384  # bytes of a request body
    refresh: float = 1.0  # seconds between looks at the store file
    header_timeout: float = 10.0  # seconds a client may take to send a request's headers
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")  # Host names of a loopback server
    cache_entries: int = 4096  # answers kept for reuse (0: none) ...
    cache_bytes: int = 64 * 1024 * 1024  # ... in at most this many bytes
    warm_dyads: int = 12  # a new snapshot's first views are computed ahead, for this many of the busiest dyads too
    # a snapshot of at most this many events keeps its records serialised (~900 bytes each, and
    # about three times that of the server's memory while they are built): pages cost a third
    serialised_events: int = 500_000


class NotFound(Exception):
    """Answered 404."""


class NeedsThread(Exception):
    """An answer computed on the event loop (:meth:`Workbench.inline`) would query DuckDB or
    wait for another thread: it is computed on a worker thread instead."""


class _NoQueries:
    """The connection of the store an answer computed on the event loop gets: any use of it
    raises :class:`NeedsThread` (the index answers without it)."""

    def __getattr__(self, name: str) -> Any:
        raise NeedsThread(f"a query ({name}) on the event loop")


class Overloaded(Exception):
    """Answered 503 with Retry-After: too many queries at once, or a query that took too long."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RateLimiter:
    """A token bucket per client address."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.burst = max(rate * 4, 1.0)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        if self.rate <= 0:
            return True
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens < 1:
                self._buckets[client] = (tokens, now)
                return False
            self._buckets[client] = (tokens - 1, now)
            if len(self._buckets) > 10_000:
                self._buckets.clear()
            return True


class _Watchdog:
    """Interrupts the queries that run past their deadline: one thread for all of them (a timer
    thread per query cost more than an answer from the index)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, duckdb.DuckDBPyConnection]] = []
        self._active: set[int] = set()
        self._ids = itertools.count()
        self._wake = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None

    def watch(self, conn: duckdb.DuckDBPyConnection, seconds: float) -> int:
        """Interrupt ``conn`` in ``seconds`` unless :meth:`forget` is called with the returned id first."""
        ident = next(self._ids)
        with self._wake:
            heapq.heappush(self._heap, (time.monotonic() + seconds, ident, conn))
            self._active.add(ident)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="parley-watchdog", daemon=True)
                self._thread.start()
            elif self._heap[0][1] == ident:
                self._wake.notify()
        return ident

    def forget(self, ident: int) -> None:
        with self._wake:
            self._active.discard(ident)

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()

    def _run(self) -> None:
        with self._wake:
            while not self._stopped:
                while self._heap and self._heap[0][1] not in self._active:
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._wake.wait()
                    continue
                deadline, ident, conn = self._heap[0]
                now = time.monotonic()
                if now < deadline:
                    self._wake.wait(deadline - now)
                    continue
                heapq.heappop(self._heap)
                self._active.discard(ident)
                try:
                    conn.interrupt()
                except duckdb.Error as exc:  # the cursor was closed meanwhile
                    logger.debug("interrupting a query: %s", exc)


class Workbench:
    """What the app serves: a snapshot of the store, its reviews, the limits."""

    def __init__(self, db: Path, settings: ServeSettings | None = None) -> None:
        self.db = Path(db)
        self.settings = settings or ServeSettings()
        self.snapshot = Snapshot(self.db, interval=self.settings.refresh, grace=self.settings.query_timeout + 20)
        self.reviews = ReviewStore(review_path(self.db))
        self.cache = ResponseCache(self.settings.cache_entries, self.settings.cache_bytes)
        self._slots = threading.BoundedSemaphore(self.settings.max_queries)
        self._watchdog = _Watchdog()
        self._local = threading.local()  # the snapshot version the current thread's query reads
        self._resolved: tuple[Any, dict[str, list[dict[str, Any]]]] | None = None
        self._stats: tuple[int, dict[str, Any]] | None = None
        self._types: dict[str, tuple[int, float]] | None = None
        self._stop = threading.Event()
        self._warmer: threading.Thread | None = None
        self.warmed: int | None = None  # the snapshot version whose first views were computed ahead

    def start(self) -> None:
        """Refresh the snapshot in the background, and compute the page's first views of each new
        snapshot before anyone asks (``settings.warm_dyads``: for that many of the busiest dyads too)."""
        self.snapshot.start()
        if self._warmer is None:
            self._warmer = threading.Thread(target=self._keep_warm, name="parley-warm", daemon=True)
            self._warmer.start()

    def _keep_warm(self) -> None:
        warmed = None
        while not self._stop.is_set():
            version = self.snapshot.version
            if version != warmed:
                try:
                    self.warm()
                    _set_aside_long_lived()
                    warmed = self.warmed = version
                except Exception as exc:  # noqa: BLE001 - warming is only a head start; requests still work
                    logger.debug("warming the first views failed: %s", exc)
            self._stop.wait(max(self.settings.refresh, 0.2))

    def warm(self) -> int:
        """Compute (and keep) the answers of the page's first views, then the snapshot's records
        as JSON (:meth:`_serialise_records`); returns how many views."""
        views = first_views(self, self.settings.warm_dyads)
        self.run(self.stats)
        for key, fn in views:
            if self._stop.is_set():
                break
            self.answer(key, fn)
        if not self._stop.is_set():
            self._serialise_records()
        return len(views)

    def _serialise_records(self) -> None:
        """Let the current snapshot's index serialise every record (:meth:`EventIndex.build_json`),
        outside the query slots and their time limit: it takes seconds, once per snapshot."""
        conn, version = self.snapshot.cursor()
        try:
            index = self.snapshot.index(version)
            if index is not None and index.fragments is None and index.n <= self.settings.serialised_events:
                index.build_json(conn)
        finally:
            conn.close()
            self.snapshot.release(version)

    def close(self) -> None:
        self._stop.set()
        self._watchdog.stop()
        if self._warmer is not None:
            self._warmer.join(timeout=5)
            gc.unfreeze()  # what _set_aside_long_lived kept from the collector: collectable again
        self.snapshot.close()

    def versions(self) -> tuple[int, int]:
        """(snapshot version, reviews version): what every answer depends on besides the request."""
        self.reviews.all()  # notices a changed reviews file (a stat when unchanged)
        return self.snapshot.version, self.reviews.version

    def answer(self, key: tuple[Any, ...], fn: Callable[[Store], Any]) -> Response:
        """``fn``'s result as JSON, from the cache when the same request was answered from the same
        snapshot and reviews (``key`` names the request: endpoint and validated parameters)."""
        snapshot_version, reviews_version = self.versions()

        def compute() -> tuple[bytes, bool]:
            result, used = self.run_versioned(fn)
            return to_json(result), used == snapshot_version

        full_key = (key, snapshot_version, reviews_version)
        try:
            body = self.cache.get_or_compute(full_key, compute, block=not _INLINE.get())
        except Busy as exc:  # computed by another thread: wait for it on one too
            raise NeedsThread("an answer being computed") from exc
        raw = RAW_REQUEST.get()
        if raw is not None:  # the same request again is answered before routing (see _CachedAnswers)
            self.cache.alias((raw, snapshot_version, reviews_version), full_key)
        return Response(body, media_type="application/json")

    def cached(self, raw: tuple[str, bytes]) -> bytes | None:
        """The kept answer of a request (path, query string) answered before from this snapshot and reviews."""
        snapshot_version, reviews_version = self.versions()
        return self.cache.get_alias((raw, snapshot_version, reviews_version))

    def stats(self, store: Store) -> dict[str, Any]:
        """The store's statistics (once per snapshot)."""
        version = getattr(self._local, "version", None)
        kept = self._stats
        if kept is not None and kept[0] == version:
            return kept[1]
        found = quick_stats(store)
        if version is not None:
            self._stats = (version, found)
        return found

    def run(self, fn: Callable[[Store], T]) -> T:
        """Run a query on its own cursor of the snapshot, within the time and concurrency limits."""
        return self.run_versioned(fn)[0]

    def run_versioned(self, fn: Callable[[Store], T]) -> tuple[T, int]:
        """:meth:`run`, and the version of the snapshot the query read."""
        if _INLINE.get():  # on the event loop: the index only, no cursor, no query slot
            version = self.snapshot.hold()
            self._local.version = version
            self._local.index = self.snapshot.index(version)
            try:
                return fn(Store(_NoQueries(), self.db, writable=False)), version  # type: ignore[arg-type]
            finally:
                self.snapshot.release(version)
                self._local.version = None
                self._local.index = None
        if not self._slots.acquire(timeout=self.settings.queue_wait):
            raise Overloaded("too many queries at once; try again shortly")
        try:
            conn, version = self.snapshot.cursor()
        except BaseException:
            self._slots.release()
            raise
        self._local.version = version
        self._local.index = self.snapshot.index(version)
        deadline = self._watchdog.watch(conn, self.settings.query_timeout)
        try:
            return fn(Store(conn, self.db, writable=False)), version
        except duckdb.InterruptException as exc:
            raise Overloaded(
                f"the query took longer than {self.settings.query_timeout:g} s; narrow it down", 5
            ) from exc
        finally:
            self._watchdog.forget(deadline)
            conn.close()
            self.snapshot.release(version)
            self._local.version = None
            self._local.index = None
            self._slots.release()

    def inline(self, call: Callable[[], T]) -> T | None:
        """``call()`` (an endpoint) on this thread, the event loop's, for the answers that the
        snapshot's index gives alone or that the cache holds: its queries get no DuckDB cursor
        and take no query slot. None when it would query DuckDB or wait for another thread
        (:class:`NeedsThread`: nothing of it was kept): the caller runs it on a worker thread.
        A request answered from the index costs about a millisecond of CPU; the hop to a worker
        thread and back, and the threads' turns at the GIL, cost half as much again."""
        token = _INLINE.set(True)
        try:
            return call()
        except NeedsThread:
            return None
        finally:
            _INLINE.reset(token)

    def index(self) -> EventIndex | None:
        """The event index of the snapshot the current thread's query reads (inside :meth:`run`)."""
        return getattr(self._local, "index", None)

    # -- reviews ----------------------------------------------------------------------------
    def resolved_reviews(self, store: Store) -> dict[str, list[dict[str, Any]]]:
        """Reviews by the stored event they belong to (re-attached by anchor after a re-ingest)."""
        reviews = self.reviews.all()
        key = (getattr(self._local, "version", None), self.reviews.version)
        if self._resolved is not None and self._resolved[0] == key:
            return self._resolved[1]
        if not reviews:
            resolved: dict[str, list[dict[str, Any]]] = {}
        else:
            ids = sorted({r["event_id"] for r in reviews})
            present = {
                r[0] for r in store.conn.execute("SELECT id FROM events WHERE list_contains(?, id)", [ids]).fetchall()
            }
            articles = sorted({r["article_id"] for r in reviews if r["event_id"] not in present and r["article_id"]})
            anchors = (
                {
                    (a, s, c): e
                    for e, a, s, c in store.conn.execute(
                        "SELECT event_id, article_id, sequence, char_start FROM mentions "
                        "WHERE list_contains(?, article_id)",
                        [articles],
                    ).fetchall()
                }
                if articles
                else {}
            )
            resolved = attach(reviews, anchors, present)
        if key[0] is not None:
            self._resolved = (key, resolved)
        return resolved

    def view_ids(self, store: Store, view: str) -> tuple[list[str] | None, list[str] | None]:
        """(only these ids, skip these ids) for a view: extracted, reviewed or merged."""
        if view == "extracted":
            return None, None
        resolved = self.resolved_reviews(store)
        wrong = sorted(i for i, rs in resolved.items() if rs[-1]["verdict"] == "wrong")
        if view == "reviewed":
            return sorted(i for i in resolved if i not in set(wrong)), None
        return None, wrong

    def corrected(self, store: Store) -> list[dict[str, Any]]:
        """The events a review corrected, with the corrections applied."""
        resolved = self.resolved_reviews(store)
        ids = sorted(i for i, rs in resolved.items() if any(r["changes"] for r in rs))
        if not ids:
            return []
        records, _ = event_page(store, _NO_FILTERS, limit=len(ids), only_ids=ids)
        return [apply_review(r, resolved[r["id"]], self.plover()) for r in records]

    def judged(self, store: Store, view: str, filters: dict[str, Any]) -> tuple[list[str], list[str]] | None:
        """For the reviewed views: the corrected events, and those whose corrected values pass the filters."""
        if view == "extracted":
            return None
        corrected = self.corrected(store)
        if not corrected:
            return None
        return [r["id"] for r in corrected], [r["id"] for r in corrected if matches(r, filters)]

    def present(self, store: Store, records: list[dict[str, Any]], view: str) -> list[dict[str, Any]]:
        resolved = self.resolved_reviews(store)
        out = []
        for record in records:
            reviews = resolved.get(record["id"], [])
            if view == "extracted":
                latest = reviews[-1] if reviews else None
                out.append({**record, "review": _summary(latest) if latest else None})
            else:
                out.append(apply_review(record, reviews, self.plover()))
        return out

    def plover(self) -> dict[str, tuple[int, float]]:
        """PLOVER type -> (quad class, score)."""
        if self._types is None:
            from ..store._rows import plover_defaults

            self._types = plover_defaults()[0]
        return self._types

    def known_types(self) -> list[str]:
        return sorted(self.plover())


def _set_aside_long_lived() -> None:
    """Keep what is alive now (a new snapshot's index, its records and profiles: ~150,000 Python
    objects at 120,000 events) out of the garbage collector's full collections, which walk every
    object they track: 65-85 ms with the event loop stopped, every few thousand requests. One full
    collection now instead (the previous snapshot's objects put back first, so that what of them
    is garbage is freed), then ``gc.freeze``; later collections walk only what came after."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _summary(review: dict[str, Any]) -> dict[str, Any]:
    return {k: review[k] for k in ("verdict", "reviewer", "created_at", "note", "changes")}
