"""The HTTP server of the workbench: uvicorn (its httptools parser) with the workbench's limits."""

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ._app import Workbench, create_app

__all__ = ["make_server"]


class _GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol on httptools (a C parser where h11 parses in Python: 0.2-0.3 ms
    less of the server's CPU per request, half of what a kept answer costs; bench/WORKBENCH.md)
    with two guards: a deadline for a request's headers (a client that opens a connection and
    sends nothing, or a request line a byte at a time, is cut off after ``header_timeout``
    seconds; between requests uvicorn's keep-alive timeout applies too), and a size limit on
    them, as h11's ``max_incomplete_event_size`` was: a request line and headers of more than
    ``max_header_bytes`` bytes are answered 400 and the connection closed (counted as the parser
    hands them over, and for headers that do not end, over the bytes received: a header the
    parser still holds is at most one read longer)."""

    header_timeout = 10.0
    max_header_bytes = 16_384

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._reading_headers = True
        self._header_bytes = 0  # bytes received since the last request's headers ended
        self._deadline: asyncio.TimerHandle | None = self.loop.call_later(self.header_timeout, self._too_slow)

    def data_received(self, data: bytes) -> None:
        self._header_bytes += len(data)
        super().data_received(data)
        if self._reading_headers and self._header_bytes > self.max_header_bytes and not self.transport.is_closing():
            if self.cycle is None or self.cycle.response_complete:
                self.send_400_response("Request headers too large.")
            else:  # a pipelined request while an answer is being sent: no room for a 400
                self.transport.close()

    def on_message_begin(self) -> None:
        self._parsed_bytes = 0
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count(self, size: int) -> None:
        self._parsed_bytes += size
        if self._parsed_bytes > self.max_header_bytes:
            # raised inside the parser's callback: httptools reports a parser error, which
            # uvicorn answers 400 (and closes the connection)
            raise ValueError("request headers too large")

    def on_headers_complete(self) -> None:
        self._reading_headers = False
        self._header_bytes = 0
        if self._deadline is not None:
            self._deadline.cancel()  # a request's headers are in
            self._deadline = None
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._reading_headers = True  # what comes next is the next request
        self._header_bytes = 0
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._deadline is None and not self.transport.is_closing():
            self._deadline = self.loop.call_later(self.header_timeout, self._too_slow)

    def _too_slow(self) -> None:
        self._deadline = None
        if (self.cycle is None or self.cycle.response_complete) and not self.transport.is_closing():
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)


def make_server(workbench: Workbench, **uvicorn_options: Any) -> uvicorn.Server:
    """A uvicorn server of the workbench on its settings' host and port (``server.run()`` serves)."""
    settings = workbench.settings
    protocol = type("WorkbenchHttpProtocol", (_GuardedHttpToolsProtocol,), {"header_timeout": settings.header_timeout})
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": "warning",
        "http": protocol,
        "timeout_keep_alive": 5,
        "limit_concurrency": 64,  # more connections at once: 503
        "server_header": False,
        **uvicorn_options,
    }
    return uvicorn.Server(uvicorn.Config(create_app(workbench), **options))
