"""The workbench: an HTTP API (FastAPI) and the web page over an event store.

:func:`create_app` puts together the checks every request passes (:class:`_Front`), the error
answers, the page and its files, and the API's routes (:mod:`._routes_events`,
:mod:`._routes_analysis`); :class:`Workbench` (:mod:`._workbench`) answers them.
"""

import logging
import secrets
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ParleyError
from ._http import SECURITY_HEADERS, STATIC, Asset, error
from ._http import pages as page_assets
from ._lane import FastLane
from ._routes_analysis import analysis_routes
from ._routes_events import event_routes
from ._workbench import RAW_REQUEST, NotFound, Overloaded, RateLimiter, ServeSettings, Workbench

__all__ = ["ServeSettings", "Workbench", "create_app"]

logger = logging.getLogger(__name__)

_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


class _Front:
    """ASGI middleware in front of the app: every request passes :func:`create_app`'s ``refusal``
    (host, rate, size, origin, token); a GET of the API whose answer the cache holds (the same
    path and query string, answered from the same snapshot and reviews) is answered at once,
    without routing, parameter validation or a worker thread; any other request goes on to the
    app, and its answer gets the security headers. A plain ASGI class rather than Starlette's
    ``@app.middleware``, whose task and stream per request cost about a millisecond."""

    def __init__(
        self,
        app: ASGIApp,
        workbench: Workbench,
        refusal: Callable[[Request], Response | None],
        lane: Callable[[], FastLane | None],
    ) -> None:
        self.app = app
        self.workbench = workbench
        self.refusal = refusal
        self.lane = lane

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw, body = None, None
        if scope["method"] == "GET" and scope["path"].startswith("/api/"):
            raw = (scope["path"], bytes(scope.get("query_string", b"")))
            body = self.workbench.cached(raw)
        refused = self.refusal(Request(scope))
        if refused is not None:
            await refused(scope, receive, send)
            return
        if body is not None:
            await Response(body, media_type="application/json", headers=SECURITY_HEADERS)(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        token = RAW_REQUEST.set(raw)
        try:
            lane = self.lane() if raw is not None else None
            fast = lane.match(scope) if lane is not None else None
            if lane is not None and fast is not None:
                await lane.answer(scope, receive, send, *fast)
            else:
                await self.app(scope, receive, send_secured)
        finally:
            RAW_REQUEST.reset(token)


def create_app(workbench: Workbench, *, fast_lane: bool = True) -> FastAPI:
    """The FastAPI application of a workbench (``uvicorn.run(create_app(wb))``); ``fast_lane``:
    the hot read routes answered without FastAPI's work per request (:mod:`._lane`)."""
    app = FastAPI(
        docs_url=None,  # FastAPI's docs pages load their scripts from a CDN: /docs is the project's own
        redoc_url=None,
        title="parley workbench",
        version="1",
        description="Events from the news as PLOVER data: browse, chart, review. Reads a snapshot of the store.",
    )
    lanes: list[FastLane] = []  # built once the routes are in (below)
    refusal = _refusal(workbench.settings)
    app.add_middleware(_Front, workbench=workbench, refusal=refusal, lane=lambda: lanes[0] if lanes else None)
    _add_error_answers(app)
    _add_page(app, workbench.settings)
    lanes += _add_api(app, workbench, fast_lane)
    app.state.fast_lane = lanes[0] if lanes else None

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return error(404, str(exc))

    return app


def _refusal(s: ServeSettings) -> Callable[[Request], Response | None]:
    """The check every request passes: the error answer of a request the server refuses, or None."""
    limiter = RateLimiter(s.rate)
    loopback_only = s.host in _LOOPBACK  # then only loopback names (no DNS rebinding)

    def refusal(request: Request) -> Response | None:
        """The error answer of a request the server refuses (host, rate, size, origin, token), or None."""
        host = (request.headers.get("host") or "").rsplit(":", 1)[0]
        if loopback_only and host not in s.allowed_hosts:
            return error(421, f"this server answers to localhost only, not {host!r}")
        client = request.client.host if request.client else "?"
        if not limiter.allow(client):
            return error(429, "too many requests; slow down", retry_after=1)
        too_big = _body_refusal(request, s)
        if too_big is not None:
            return too_big
        if request.method not in ("GET", "HEAD"):
            return _write_refusal(request, s)
        return _read_refusal(request, s)

    return refusal


def _authorised(request: Request, s: ServeSettings) -> bool:
    if s.token is None:
        return True
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    given = given or request.cookies.get("parley_token", "")
    return bool(given) and secrets.compare_digest(given, s.token)


def _body_refusal(request: Request, s: ServeSettings) -> Response | None:
    """A request with a body must say its length, within the limit."""
    length = request.headers.get("content-length")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        if length is None:
            return error(411, "a request body needs a Content-Length")
        if not length.isdigit() or int(length) > s.max_body:
            return error(413, f"request body over {s.max_body} bytes")
    return None


def _write_refusal(request: Request, s: ServeSettings) -> Response | None:
    # cross-site requests: a browser sends Origin / Sec-Fetch-Site; the custom header forces a preflight
    origin = request.headers.get("origin")
    site = request.headers.get("sec-fetch-site")
    if site not in (None, "same-origin", "none") or (
        origin is not None and origin.split("://", 1)[-1] != request.headers.get("host")
    ):
        return error(403, "cross-site write refused")
    if request.headers.get("x-parley") != "1":
        return error(403, "writes need the header X-Parley: 1")
    if not _authorised(request, s):
        return error(401, "this server needs a token for writes (Authorization: Bearer TOKEN)")
    return None


def _read_refusal(request: Request, s: ServeSettings) -> Response | None:
    if (
        s.token is not None
        and not s.public_read
        and not _authorised(request, s)
        and not (request.url.path == "/" and request.query_params.get("token"))
    ):
        return error(401, "this server needs a token (Authorization: Bearer TOKEN, or open /?token=TOKEN)")
    return None


def _add_error_answers(app: FastAPI) -> None:
    """Every error answered as the API's JSON error (:func:`._http.error`)."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in e['loc'] if p not in ('query', 'path', 'body'))}: {e['msg']}"
            for e in exc.errors()
        ]
        return error(400, "; ".join(problems) or "bad request", details=problems)

    @app.exception_handler(ParleyError)
    async def parley_error(request: Request, exc: ParleyError) -> JSONResponse:
        status = 503 if exc.code in ("E414", "E412") else 400
        return error(status, str(exc), code=exc.code, retry_after=2 if status == 503 else None)

    @app.exception_handler(Overloaded)
    async def overloaded(request: Request, exc: Overloaded) -> JSONResponse:
        return error(503, str(exc), retry_after=exc.retry_after)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("%s %s failed", request.method, request.url.path)
        return error(500, "internal error (see the server's log)")


def _add_page(app: FastAPI, s: ServeSettings) -> None:
    """The web page, its docs page and their files."""
    assets = {name: Asset.load(name, media) for name, media in STATIC.items()}
    pages = page_assets(assets)

    @app.get("/", include_in_schema=False)
    def index(request: Request) -> Response:
        token = request.query_params.get("token")
        if token is not None and s.token is not None:
            if not secrets.compare_digest(token, s.token):
                return error(401, "wrong token")
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
            return error(404, f"no such file {name!r}")
        return asset.response(request)


def _add_api(app: FastAPI, workbench: Workbench, fast_lane: bool) -> list[FastLane]:
    """The API's routes; with ``fast_lane``, the lane over them (the one item of the list)."""
    api = [analysis_routes(workbench), event_routes(workbench)]
    for router in api:
        app.include_router(router)
    if not fast_lane:
        return []
    # the lane sees only /api/ paths: these routes, in the order FastAPI tries them
    routes = [route for router in api for route in router.routes]
    return [FastLane(app, routes, SECURITY_HEADERS, inline=workbench.inline)]
