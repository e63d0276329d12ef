"""HTTP pieces of the workbench: error answers, the security headers, the page and its files."""

from __future__ import annotations

import base64
import gzip
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

__all__ = ["APP_PARTS", "SECURITY_HEADERS", "STATIC", "Asset", "error", "pages", "static_bytes"]

SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
STATIC = {
    "app.js": "text/javascript; charset=utf-8",
    "docs.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "world.json": "application/json",
}
# The page's one script, app.js, is written in parts, one view each: plain scripts of one scope, joined
# in this order with a blank line between (the first has "use strict" and the helpers the others use;
# the last wires the page and sends its first requests). Joined, they are still one file to serve and
# one element to inline with one hash.
APP_PARTS = ("app-core.js", "app-timeline.js", "app-events.js", "app-map.js", "app-main.js")
_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'"
)


@dataclass(frozen=True)
class Asset:
    """A file of the page, held in memory with its gzip form and a version (a hash of its bytes).

    Answered with an ETag (a reload revalidates it: 304, no body); requested with ``?v=`` its
    version (as the page links it), it is cached by the browser for a year. Gzip when accepted."""

    data: bytes
    gzipped: bytes
    media_type: str
    version: str
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, name: str, media_type: str, data: bytes | None = None, **headers: str) -> Asset:
        if data is None:
            data = static_bytes(name)
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


def static_bytes(name: str) -> bytes:
    """The bytes of a static file; app.js is its parts (``APP_PARTS``) joined."""
    folder = resources.files("parley.serve").joinpath("static")
    if name == "app.js":
        return b"\n".join(folder.joinpath(part).read_bytes() for part in APP_PARTS)
    return folder.joinpath(name).read_bytes()


def pages(assets: dict[str, Asset]) -> dict[str, Asset]:
    """The HTML pages. The workbench's page carries its script, its stylesheet and the map's
    outline inside it (one request before the page can ask for its data, instead of three; its
    Content-Security-Policy allows exactly that script and that stylesheet by their hashes); the
    API's page links the static files with their versions."""
    out = {}
    for name in ("index.html", "docs.html"):
        html = resources.files("parley.serve").joinpath(f"static/{name}").read_text(encoding="utf-8")
        csp = _CSP
        if name == "index.html":
            script, style = assets["app.js"].data.decode(), assets["app.css"].data.decode()
            world = assets["world.json"].data.decode().replace("</", "<\\/")  # the same JSON
            if "</script" in script.lower() or "</style" in style.lower():
                raise ValueError("the page's script or stylesheet would end its own element")
            inline = {
                '<link rel="stylesheet" href="/static/app.css">': f"<style>{style}</style>",
                '<script src="/static/app.js" defer></script>': (
                    f'<script type="application/json" id="world-data">{world}</script>\n<script>{script}</script>'
                ),
            }
            for link, element in inline.items():
                if link not in html:
                    raise ValueError(f"index.html no longer has {link}")
                html = html.replace(link, element)
            csp = csp.replace("script-src 'self'", f"script-src 'self' '{_digest(script)}'")
            csp = csp.replace("style-src 'self'", f"style-src 'self' '{_digest(style)}'")
        else:
            for asset, found in assets.items():
                html = html.replace(f'"/static/{asset}"', f'"/static/{asset}?v={found.version}"')
        out[name] = Asset.load(name, "text/html; charset=utf-8", html.encode(), **{"Content-Security-Policy": csp})
    return out


def _digest(text: str) -> str:
    """A CSP source of an inline element's text: its SHA-256 in base64."""
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def error(
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
