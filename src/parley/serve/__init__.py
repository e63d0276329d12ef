"""A read-only JSON API over an event database, on the standard library's HTTP server.

Endpoints (GET): ``/events`` (the filters of ``parley events`` as query parameters),
``/dyads?top=N``, ``/timeline?a=USA&b=RUS&by=month``, ``/actor?code=RUS``, ``/health``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from ..analysis import actor_profile, dyads, events, timeline
from ..errors import ParleyError
from ..store import Store

__all__ = ["handle", "make_server"]

logger = logging.getLogger(__name__)

_EVENT_FILTERS = ("actor", "recipient", "either", "type", "context", "since", "until", "country", "search")


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None


def _int(query: dict[str, list[str]], name: str, default: int | None) -> int | None:
    value = _one(query, name)
    return int(value) if value not in (None, "") else default


def handle(db: Path, path: str) -> tuple[int, Any]:
    """(HTTP status, JSON body) for one GET request; the database is opened read-only per request."""
    url = urlparse(path)
    query = parse_qs(url.query)
    routes: dict[str, Callable[[Store], Any]] = {
        "/health": lambda s: {"status": "ok"},
        "/events": lambda s: events(
            s,
            **{k: _one(query, k) for k in _EVENT_FILTERS},
            quad=_int(query, "quad", None),
            limit=_int(query, "limit", 1000),
        ),
        "/dyads": lambda s: dyads(s, top=_int(query, "top", 10) or 10),
        "/timeline": lambda s: timeline(
            s, _one(query, "a") or "", _one(query, "b") or "", _one(query, "by") or "month"
        ),
        "/actor": lambda s: actor_profile(s, _one(query, "code") or ""),
    }
    route = routes.get(url.path.rstrip("/") or "/health")
    if route is None:
        return 404, {"error": f"no such endpoint {url.path}", "endpoints": sorted(routes)}
    try:
        with Store.open(db) as store:
            return 200, route(store)
    except (ParleyError, ValueError) as exc:
        return 400, {"error": str(exc)}


def make_server(db: Path, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """An HTTP server answering :func:`handle`; call ``serve_forever()`` on it."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            status, body = handle(db, self.path)
            payload = json.dumps(body, default=_jsonable).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            logger.info("%s %s", self.address_string(), format % args)

    return ThreadingHTTPServer((host, port), Handler)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
