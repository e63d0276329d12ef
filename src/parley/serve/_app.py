"""The workbench: an HTTP API (FastAPI) and the web page over an event store."""

import csv
import gzip
import hashlib
import io
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import duckdb
from fastapi import Body, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from ..analysis import (
    article_detail,
    articles_page,
    count_events,
    dyad_total,
    event_detail,
    event_page,
    places,
    timeline,
)
from ..errors import ParleyError, StoreError
from ..review import FIELDS, VERDICTS, ReviewStore, apply_review, attach, matches, review_path
from ..store import Store
from ._cache import ResponseCache, to_json
from ._derived import quick_actor_profile, quick_dyads, quick_stats
from ._index import EventIndex
from ._snapshot import Snapshot

__all__ = ["ServeSettings", "Workbench", "create_app"]

logger = logging.getLogger(__name__)
T = TypeVar("T")

_STATIC = {
    "app.js": "text/javascript; charset=utf-8",
    "docs.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "world.json": "application/json",
}
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
_CODE = r"^[A-Za-z][A-Za-z0-9]{1,11}$"
_ID = r"^[\w.:~@-]{1,200}$"
#: the path and query string of the request being answered (the cache files its answer under them too)
_RAW_REQUEST: ContextVar[tuple[str, bytes] | None] = ContextVar("parley_raw_request", default=None)
_SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
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


class _NotFound(Exception):
    pass


class Overloaded(Exception):
    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class _RateLimiter:
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


class Workbench:
    """What the app serves: a snapshot of the store, its reviews, the limits."""

    def __init__(self, db: Path, settings: ServeSettings | None = None) -> None:
        self.db = Path(db)
        self.settings = settings or ServeSettings()
        self.snapshot = Snapshot(self.db, interval=self.settings.refresh, grace=self.settings.query_timeout + 20)
        self.reviews = ReviewStore(review_path(self.db))
        self.cache = ResponseCache(self.settings.cache_entries, self.settings.cache_bytes)
        self._slots = threading.BoundedSemaphore(self.settings.max_queries)
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
                    warmed = self.warmed = version
                except Exception as exc:  # noqa: BLE001 - warming is only a head start; requests still work
                    logger.debug("warming the first views failed: %s", exc)
            self._stop.wait(max(self.settings.refresh, 0.2))

    def warm(self) -> int:
        """Compute (and keep) the answers of the page's first views; returns how many."""
        views = _first_views(self, self.settings.warm_dyads)
        self.run(self.stats)
        for key, fn in views:
            if self._stop.is_set():
                break
            self.answer(key, fn)
        return len(views)

    def close(self) -> None:
        self._stop.set()
        if self._warmer is not None:
            self._warmer.join(timeout=5)
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
        body = self.cache.get_or_compute(full_key, compute)
        raw = _RAW_REQUEST.get()
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
        if not self._slots.acquire(timeout=self.settings.queue_wait):
            raise Overloaded("too many queries at once; try again shortly")
        try:
            conn, version = self.snapshot.cursor()
        except BaseException:
            self._slots.release()
            raise
        self._local.version = version
        self._local.index = self.snapshot.index(version)
        timer = threading.Timer(self.settings.query_timeout, conn.interrupt)
        timer.start()
        try:
            return fn(Store(conn, self.db, writable=False)), version
        except duckdb.InterruptException as exc:
            raise Overloaded(
                f"the query took longer than {self.settings.query_timeout:g} s; narrow it down", 5
            ) from exc
        finally:
            timer.cancel()
            conn.close()
            self.snapshot.release(version)
            self._local.version = None
            self._local.index = None
            self._slots.release()

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
            from ..store._ingest import _plover_defaults

            self._types = _plover_defaults()[0]
        return self._types

    def known_types(self) -> list[str]:
        return sorted(self.plover())


class _CachedAnswers:
    """ASGI middleware: a GET of the API whose answer the cache holds (the same path and query
    string, answered from the same snapshot and reviews) is answered at once, after the same
    checks as every request (:func:`create_app`'s ``refusal``) but without routing, parameter
    validation or a worker thread. Any other request goes on to the app."""

    def __init__(self, app: ASGIApp, workbench: Workbench, refusal: Callable[[Request], Response | None]) -> None:
        self.app = app
        self.workbench = workbench
        self.refusal = refusal

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        raw = (scope["path"], bytes(scope.get("query_string", b"")))
        body = self.workbench.cached(raw)
        if body is None:
            token = _RAW_REQUEST.set(raw)
            try:
                await self.app(scope, receive, send)
            finally:
                _RAW_REQUEST.reset(token)
            return
        refused = self.refusal(Request(scope))
        response = refused or Response(body, media_type="application/json", headers=_SECURITY_HEADERS)
        await response(scope, receive, send)


def _key(filters: "EventFilters") -> tuple[tuple[str, Any], ...]:
    """The validated filters as part of a cache key (a dyad in either order is the same)."""
    values = filters.model_dump()
    if values["dyad"]:
        values["dyad"] = ",".join(sorted(values["dyad"].upper().split(",")))
    return tuple(sorted(values.items()))


# -- the answers a request asks for: a cache key and the query (endpoints and warming use them) -------
_Query = tuple[tuple[Any, ...], Callable[[Store], Any]]


def _events_query(
    workbench: Workbench, filters: "EventFilters", sort: str, limit: int, cursor: str | None, total: bool
) -> _Query:
    def query(store: Store) -> dict[str, Any]:
        only, skip = workbench.view_ids(store, filters.view)
        judged = workbench.judged(store, filters.view, filters.query())
        index = workbench.index()
        mask = index.mask(filters.query(), only_ids=only, skip_ids=skip, judged=judged) if index else None
        if index is not None and mask is not None:  # the page without a query (a text search has one)
            count = int(mask.sum())
            records, nxt = index.page(mask, sort=sort, cursor=cursor, limit=limit, count=count)
            out: dict[str, Any] = {"events": workbench.present(store, records, filters.view), "next": nxt}
            if total:
                out["total"] = count
            return out
        records, nxt = event_page(
            store, filters.query(), sort=sort, cursor=cursor, limit=limit, only_ids=only, skip_ids=skip, judged=judged
        )
        out = {"events": workbench.present(store, records, filters.view), "next": nxt}
        if total:
            out["total"] = count_events(store, filters.query(), only_ids=only, skip_ids=skip, judged=judged)
        return out

    return ("events", _key(filters), sort, limit, cursor, total), query


def _timeline_query(workbench: Workbench, a: str, b: str, filters: "EventFilters", by: str) -> _Query:
    def query(store: Store) -> dict[str, Any]:
        only, skip = workbench.view_ids(store, filters.view)
        narrow = filters.query()
        narrow.pop("dyad")
        corrected = workbench.corrected(store) if filters.view != "extracted" else []
        extra = []
        if corrected:  # counted by their corrected values
            skip = sorted(set(skip or []) | {r["id"] for r in corrected})
            wanted = {**narrow, "dyad": (a, b)}
            extra = [
                (date.fromisoformat(r["date"]), r["date_precision"], r["quad_code"], r["event_scale"])
                for r in corrected
                if r["date"]
                and r["review"]["verdict"] != "wrong"
                and matches(r, wanted)
                and (only is None or r["id"] in only)
            ]
        index = workbench.index()
        narrowed = any(v is not None for v in narrow.values()) or only is not None or bool(skip)
        mask = index.mask(narrow, only_ids=only, skip_ids=skip) if index is not None and narrowed else None
        if index is not None and (mask is not None or not narrowed):
            rows = index.timeline(a, b, by, mask, extra=extra)
            total = len(index.dyad(a, b))
        else:
            rows = timeline(
                store, a, b, by, filters=narrow, only_ids=only, skip_ids=skip, extra=extra, dyad_fields=True
            )
            total = dyad_total(store, a, b)
        if len(rows) > 5000:
            raise StoreError(f"{len(rows)} periods of a {by}: choose a longer period", code="E416")
        return {"a": a.upper(), "b": b.upper(), "by": by, "periods": rows, "total": total}

    return ("timeline", a.upper(), b.upper(), _key(filters), by), query


def _places_query(workbench: Workbench, filters: "EventFilters", limit: int) -> _Query:
    def query(store: Store) -> list[dict[str, Any]]:
        only, skip = workbench.view_ids(store, filters.view)
        judged = workbench.judged(store, filters.view, filters.query())
        return places(store, filters.query(), limit=limit, only_ids=only, skip_ids=skip, judged=judged)

    return ("places", _key(filters), limit), query


def _dyads_query(top: int, by: str, min_events: int) -> _Query:
    return ("dyads", top, by, min_events), lambda store: quick_dyads(store, top=top, by=by, min_events=min_events)


def _first_views(workbench: Workbench, dyads: int) -> list[_Query]:
    """What the page asks first: the busiest dyads, every event and place; and for each of the
    ``dyads`` busiest dyads (the page's buttons) its monthly timeline, events and places."""
    none = EventFilters.model_validate({})
    wanted = [_dyads_query(12, "events", 1), _events_query(workbench, none, "date", 50, None, True)]
    wanted.append(_places_query(workbench, none, 500))
    busiest = workbench.run(lambda store: quick_dyads(store, top=dyads)) if dyads else []
    for row in busiest:
        pair = EventFilters.model_validate({"dyad": f"{row['a']},{row['b']}"})
        wanted.append(_timeline_query(workbench, row["a"], row["b"], none, "month"))
        wanted.append(_events_query(workbench, pair, "date", 50, None, True))
        wanted.append(_places_query(workbench, pair, 500))
    return wanted


def _summary(review: dict[str, Any]) -> dict[str, Any]:
    return {k: review[k] for k in ("verdict", "reviewer", "created_at", "note", "changes")}


# -- parameters ------------------------------------------------------------------------------------
class EventFilters(BaseModel):
    actor: str | None = Field(None, pattern=_CODE, description="Actor code (ISO3, IGO ...).")
    recipient: str | None = Field(None, pattern=_CODE, description="Recipient code.")
    either: str | None = Field(None, pattern=_CODE, description="Code on either side.")
    dyad: str | None = Field(
        None,
        pattern=r"^[A-Za-z][A-Za-z0-9]{1,11},[A-Za-z][A-Za-z0-9]{1,11}$",
        description="A,B: events between the two (either direction).",
    )
    type: str | None = Field(
        None, pattern=r"^[A-Za-z_]{2,20}(,[A-Za-z_]{2,20}){0,19}$", description="PLOVER types, comma-separated."
    )
    quad: int | None = Field(None, ge=1, le=4, description="Quad class 1-4.")
    context: str | None = Field(None, pattern=r"^[a-z_ ]{2,40}$", description="PLOVER context.")
    since: date | None = Field(None, description="From this date (YYYY-MM-DD).")
    until: date | None = Field(None, description="Up to this date (YYYY-MM-DD).")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="ISO3 of the event's place.")
    search: str | None = Field(None, min_length=2, max_length=200, description="Words in a reporting sentence.")
    view: Literal["extracted", "reviewed", "merged"] = Field(
        "merged", description="extracted events, reviewed ones only, or reviewed where available (wrong ones left out)."
    )

    def query(self) -> dict[str, Any]:
        out = self.model_dump(exclude={"view", "dyad"})
        out["dyad"] = tuple(self.dyad.split(",")) if self.dyad else None
        return out


class ReviewIn(BaseModel):
    verdict: Literal["correct", "wrong", "corrected"] = Field(description=f"One of {', '.join(VERDICTS)}.")
    changes: dict[str, Any] = Field(default_factory=dict, description=f"Corrected fields: {', '.join(FIELDS)}.")
    note: str | None = Field(None, max_length=2000)
    reviewer: str = Field("analyst", min_length=1, max_length=80)


def _csv_rows(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    header = [
        "id", "date", "date_precision", "type", "mode", "actors", "recipients", "quad_code", "event_scale",
        "place", "country", "lat", "lon", "num_mentions", "num_articles", "review", "doc_id", "text",
    ]  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for r in records:
        loc = r.get("event_loc") or {}
        writer.writerow([
            r["id"], r["date"], r["date_precision"], r["event"][0], (r["mode"] or [""])[0],
            ";".join(a["code"] for a in r["actor"]), ";".join(a["code"] for a in r["recipient"]),
            r["quad_code"], r["event_scale"], loc.get("resolved_place") or loc.get("extracted_place"),
            loc.get("country_code"), loc.get("lat"), loc.get("lon"), r["num_mentions"], r["num_articles"],
            (r.get("review") or {}).get("verdict", ""), r["doc_id"], r["text"],
        ])  # fmt: skip
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


# -- the app -----------------------------------------------------------------------------------------
def create_app(workbench: Workbench) -> FastAPI:
    """The FastAPI application of a workbench (``uvicorn.run(create_app(wb))``)."""
    s = workbench.settings
    app = FastAPI(
        docs_url=None,  # FastAPI's docs pages load their scripts from a CDN: /docs is the project's own
        redoc_url=None,
        title="parley workbench",
        version="1",
        description="Events from the news as PLOVER data: browse, chart, review. Reads a snapshot of the store.",
    )
    limiter = _RateLimiter(s.rate)
    assets = {name: _Asset.load(name, media) for name, media in _STATIC.items()}
    pages = _pages({name: asset.version for name, asset in assets.items()})
    loopback_only = s.host in _LOOPBACK  # then only loopback names (no DNS rebinding)

    def authorised(request: Request) -> bool:
        if s.token is None:
            return True
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        given = given or request.cookies.get("parley_token", "")
        return bool(given) and secrets.compare_digest(given, s.token)

    def refusal(request: Request) -> Response | None:
        """The error answer of a request the server refuses (host, rate, size, origin, token), or None."""
        host = (request.headers.get("host") or "").rsplit(":", 1)[0]
        if loopback_only and host not in s.allowed_hosts:
            return _error(421, f"this server answers to localhost only, not {host!r}")
        client = request.client.host if request.client else "?"
        if not limiter.allow(client):
            return _error(429, "too many requests; slow down", retry_after=1)
        length = request.headers.get("content-length")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            if length is None:
                return _error(411, "a request body needs a Content-Length")
            if not length.isdigit() or int(length) > s.max_body:
                return _error(413, f"request body over {s.max_body} bytes")
        path = request.url.path
        is_write = request.method not in ("GET", "HEAD")
        if is_write:
            # cross-site requests: a browser sends Origin / Sec-Fetch-Site; the custom header forces a preflight
            origin = request.headers.get("origin")
            site = request.headers.get("sec-fetch-site")
            if site not in (None, "same-origin", "none") or (
                origin is not None and origin.split("://", 1)[-1] != request.headers.get("host")
            ):
                return _error(403, "cross-site write refused")
            if request.headers.get("x-parley") != "1":
                return _error(403, "writes need the header X-Parley: 1")
            if not authorised(request):
                return _error(401, "this server needs a token for writes (Authorization: Bearer TOKEN)")
        elif (
            s.token is not None
            and not s.public_read
            and not authorised(request)
            and not (path == "/" and request.query_params.get("token"))
        ):
            return _error(401, "this server needs a token (Authorization: Bearer TOKEN, or open /?token=TOKEN)")
        return None

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Any]) -> Response:
        refused = refusal(request)
        if refused is not None:
            return refused
        response: Response = await call_next(request)
        response.headers.update(_SECURITY_HEADERS)
        return response

    app.add_middleware(_CachedAnswers, workbench=workbench, refusal=refusal)  # outermost: before the guard

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in e['loc'] if p not in ('query', 'path', 'body'))}: {e['msg']}"
            for e in exc.errors()
        ]
        return _error(400, "; ".join(problems) or "bad request", details=problems)

    @app.exception_handler(ParleyError)
    async def parley_error(request: Request, exc: ParleyError) -> JSONResponse:
        status = 503 if exc.code in ("E414", "E412") else 400
        return _error(status, str(exc), code=exc.code, retry_after=2 if status == 503 else None)

    @app.exception_handler(Overloaded)
    async def overloaded(request: Request, exc: Overloaded) -> JSONResponse:
        return _error(503, str(exc), retry_after=exc.retry_after)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("%s %s failed", request.method, request.url.path)
        return _error(500, "internal error (see the server's log)")

    # -- page --------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index(request: Request) -> Response:
        token = request.query_params.get("token")
        if token is not None and s.token is not None:
            if not secrets.compare_digest(token, s.token):
                return _error(401, "wrong token")
            response = RedirectResponse("/", status_code=303)
            response.set_cookie("parley_token", token, httponly=True, samesite="strict")
            return response
        return pages["index.html"].response(request)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> Response:
        return pages["docs.html"].response(request)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        asset = assets.get(name)  # a fixed list: no path reaches the file system
        if asset is None:
            return _error(404, f"no such file {name!r}")
        return asset.response(request)

    # -- API ---------------------------------------------------------------------------------
    @app.get("/api/health", tags=["store"])
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "snapshot_age_s": round(time.time() - workbench.snapshot.taken_at, 1),
            "snapshot": {k: round(v, 4) for k, v in workbench.snapshot.last_timings.items()},
            "first_views_ready": workbench.warmed == workbench.snapshot.version,
        }

    @app.get("/api/stats", tags=["store"], summary="Store statistics")
    def stats() -> dict[str, Any]:
        out = dict(workbench.run(workbench.stats))
        reviews = workbench.reviews.all()
        out["reviews"] = len(reviews)
        out["reviewed_events"] = len({r["event_id"] for r in reviews})
        out["snapshot"] = {
            "taken_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(workbench.snapshot.taken_at)),
            "age_s": round(time.time() - workbench.snapshot.taken_at, 1),
        }
        out["plover_types"] = workbench.known_types()
        out["limits"] = {"page": s.max_page, "download": s.max_download, "query_timeout_s": s.query_timeout}
        return out

    @app.get(
        "/api/events",
        tags=["events"],
        summary="Events matching the filters, a page at a time",
        response_model=dict[str, Any],
    )
    def list_events(
        filters: Annotated[EventFilters, Query()],
        sort: Annotated[Literal["date", "-date", "score", "-score", "-mentions"], Query()] = "date",
        limit: Annotated[int, Query(ge=1, le=s.max_page)] = 50,
        cursor: Annotated[str | None, Query(max_length=400, description="`next` of the previous page.")] = None,
        total: Annotated[bool, Query(description="Also count every matching event.")] = False,
    ) -> Response:
        return workbench.answer(*_events_query(workbench, filters, sort, limit, cursor, total))

    @app.get("/api/events.{fmt}", tags=["events"], summary="Download the filtered events (CSV or JSONL)")
    def download(
        fmt: Annotated[Literal["csv", "jsonl"], PathParam()],
        filters: Annotated[EventFilters, Query()],
        limit: Annotated[int, Query(ge=1, le=s.max_download)] = s.max_download,
    ) -> StreamingResponse:
        def query(store: Store) -> list[dict[str, Any]]:
            only, skip = workbench.view_ids(store, filters.view)
            judged = workbench.judged(store, filters.view, filters.query())
            out: list[dict[str, Any]] = []
            cursor = None
            while len(out) < limit:
                records, cursor = event_page(
                    store,
                    filters.query(),
                    cursor=cursor,
                    limit=min(2000, limit - len(out)),
                    only_ids=only,
                    skip_ids=skip,
                    judged=judged,
                )
                out += workbench.present(store, records, filters.view)
                if cursor is None:
                    break
            return out

        records = workbench.run(query)
        if fmt == "csv":
            body: Iterator[str] = _csv_rows(iter(records))
            media = "text/csv; charset=utf-8"
        else:
            body = (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
            media = "application/x-ndjson"
        return StreamingResponse(
            body, media_type=media, headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'}
        )

    @app.get(
        "/api/events/{event_id}",
        tags=["events"],
        summary="One event, its mentions and each article's sentence",
        response_model=dict[str, Any],
    )
    def one_event(
        event_id: Annotated[str, PathParam(pattern=_ID)],
        view: Annotated[Literal["extracted", "reviewed", "merged"], Query()] = "merged",
    ) -> Response:
        def query(store: Store) -> dict[str, Any]:
            record = event_detail(store, event_id)
            if record is None:
                raise _NotFound(f"no event {event_id!r}")
            reviews = workbench.resolved_reviews(store).get(event_id, [])
            shown = workbench.present(store, [record], "merged" if view != "extracted" else view)[0]
            shown["reviews"] = reviews
            return shown

        return workbench.answer(("event", event_id, view), query)

    @app.post("/api/events/{event_id}/reviews", tags=["reviews"], status_code=201, summary="Review an event")
    def review_event(
        event_id: Annotated[str, PathParam(pattern=_ID)],
        review: Annotated[ReviewIn, Body()],
    ) -> dict[str, Any]:
        record = workbench.run(lambda store: event_detail(store, event_id))
        if record is None:
            raise _NotFound(f"no event {event_id!r}")
        return workbench.reviews.add(
            record,
            verdict=review.verdict,
            changes=review.changes,
            reviewer=review.reviewer,
            note=review.note,
            known_types=workbench.known_types(),
        )

    @app.get("/api/events/{event_id}/reviews", tags=["reviews"], summary="The reviews of an event")
    def event_reviews(event_id: Annotated[str, PathParam(pattern=_ID)]) -> list[dict[str, Any]]:
        return workbench.run(lambda store: workbench.resolved_reviews(store).get(event_id, []))

    @app.get("/api/reviews", tags=["reviews"], summary="Every review, newest first")
    def all_reviews(limit: Annotated[int, Query(ge=1, le=s.max_page)] = 100) -> list[dict[str, Any]]:
        return list(reversed(workbench.reviews.all()))[:limit]

    @app.get(
        "/api/articles", tags=["articles"], summary="Articles by id, a page at a time", response_model=dict[str, Any]
    )
    def list_articles(
        search: Annotated[str | None, Query(min_length=2, max_length=200)] = None,
        after: Annotated[str | None, Query(pattern=_ID, description="`next` of the previous page.")] = None,
        limit: Annotated[int, Query(ge=1, le=s.max_page)] = 50,
    ) -> Response:
        def query(store: Store) -> dict[str, Any]:
            rows, nxt = articles_page(store, search=search, after=after, limit=limit)
            return {"articles": rows, "next": nxt}

        return workbench.answer(("articles", search, after, limit), query)

    @app.get(
        "/api/articles/{article_id}",
        tags=["articles"],
        summary="One article: text and its events",
        response_model=dict[str, Any],
    )
    def one_article(article_id: Annotated[str, PathParam(pattern=_ID)]) -> Response:
        def query(store: Store) -> dict[str, Any]:
            found = article_detail(store, article_id)
            if found is None:
                raise _NotFound(f"no article {article_id!r}")
            return found

        return workbench.answer(("article", article_id), query)

    @app.get("/api/dyads", tags=["analysis"], summary="Top pairs of actors", response_model=list[dict[str, Any]])
    def top_dyads(
        top: Annotated[int, Query(ge=1, le=s.max_page)] = 20,
        by: Annotated[Literal["events", "cooperation", "conflict"], Query()] = "events",
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> Response:
        return workbench.answer(*_dyads_query(top, by, min_events))

    @app.get(
        "/api/timeline",
        tags=["analysis"],
        summary="A dyad's events per period: counts per quad class, mean score",
        response_model=dict[str, Any],
    )
    def dyad_timeline(
        a: Annotated[str, Query(pattern=_CODE)],
        b: Annotated[str, Query(pattern=_CODE)],
        filters: Annotated[EventFilters, Query()],
        by: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
    ) -> Response:
        return workbench.answer(*_timeline_query(workbench, a, b, filters, by))

    @app.get(
        "/api/actors/{code}",
        tags=["analysis"],
        summary="Actor profile: partners and type mix",
        response_model=dict[str, Any],
    )
    def actor(
        code: Annotated[str, PathParam(pattern=_CODE)],
        by: Annotated[Literal["month", "year"] | None, Query()] = None,
        top: Annotated[int, Query(ge=1, le=s.max_page)] = 25,
    ) -> Response:
        def query(store: Store) -> dict[str, Any]:
            index = workbench.index()
            profile = index.actor_profile(code, by=by) if index is not None else quick_actor_profile(store, code, by=by)
            if not profile["events"]:
                raise _NotFound(f"no events with actor {code.upper()}")
            profile["partners"] = profile["partners"][:top]
            return profile

        return workbench.answer(("actor", code.upper(), by, top), query)

    @app.get(
        "/api/places",
        tags=["analysis"],
        summary="Places of the matching events, with coordinates",
        response_model=list[dict[str, Any]],
    )
    def event_places(
        filters: Annotated[EventFilters, Query()],
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:
        return workbench.answer(*_places_query(workbench, filters, limit))

    @app.exception_handler(_NotFound)
    async def not_found(request: Request, exc: _NotFound) -> JSONResponse:
        return _error(404, str(exc))

    return app


_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'"
)


@dataclass(frozen=True)
class _Asset:
    """A file of the page, held in memory with its gzip form and a version (a hash of its bytes).

    Answered with an ETag (a reload revalidates it: 304, no body); requested with ``?v=`` its
    version (as the page links it), it is cached by the browser for a year. Gzip when accepted."""

    data: bytes
    gzipped: bytes
    media_type: str
    version: str
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, name: str, media_type: str, data: bytes | None = None, **headers: str) -> "_Asset":
        if data is None:
            data = resources.files("parley.serve").joinpath(f"static/{name}").read_bytes()
        version = hashlib.sha256(data).hexdigest()[:16]
        return cls(data, gzip.compress(data, 9, mtime=0), media_type, version, tuple(headers.items()))

    def response(self, request: Request) -> Response:
        etag = f'"{self.version}"'
        immutable = request.query_params.get("v") == self.version
        headers = {
            "ETag": etag,
            "Cache-Control": "public, max-age=31536000, immutable" if immutable else "no-cache",
            "Vary": "Accept-Encoding",
            **dict(self.headers),
        }
        if etag in (request.headers.get("if-none-match") or ""):
            return Response(status_code=304, headers=headers)
        if "gzip" in (request.headers.get("accept-encoding") or "") and len(self.gzipped) < len(self.data):
            return Response(self.gzipped, media_type=self.media_type, headers={**headers, "Content-Encoding": "gzip"})
        return Response(self.data, media_type=self.media_type, headers=headers)


def _pages(versions: dict[str, str]) -> dict[str, _Asset]:
    """The HTML pages, their links to the static files carrying the files' versions."""
    out = {}
    for name in ("index.html", "docs.html"):
        html = resources.files("parley.serve").joinpath(f"static/{name}").read_text(encoding="utf-8")
        for asset, version in versions.items():
            html = html.replace(f'"/static/{asset}"', f'"/static/{asset}?v={version}"')
        out[name] = _Asset.load(name, "text/html; charset=utf-8", html.encode(), **{"Content-Security-Policy": _CSP})
    return out


def _error(
    status: int,
    message: str,
    *,
    code: str | None = None,
    retry_after: int | None = None,
    details: list[str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {"error": message, "status": status}
    if code:
        body["code"] = code
    if details:
        body["details"] = details
    headers = {"Retry-After": str(retry_after)} if retry_after else None
    return JSONResponse(body, status_code=status, headers=headers)
