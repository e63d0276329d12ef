"""The HTTP server of the workbench: uvicorn with the workbench's limits."""

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import Workbench, create_app

__all__ = ["make_server"]


class _TimedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a deadline for a request's headers: a client that opens a
    connection and sends nothing (or a request line a byte at a time) is cut off after
    ``header_timeout`` seconds; between requests uvicorn's keep-alive timeout applies."""

    header_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._deadline: asyncio.TimerHandle | None = self.loop.call_later(self.header_timeout, self._too_slow)

    def data_received(self, data: bytes) -> None:
        before = self.cycle
        super().data_received(data)
        waiting = self.cycle is None or self.cycle.response_complete
        if self.cycle is not before and not waiting and self._deadline is not None:
            self._deadline.cancel()  # a request's headers are in
            self._deadline = None
        elif waiting and self._deadline is None:
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
    protocol = type("WorkbenchH11Protocol", (_TimedH11Protocol,), {"header_timeout": settings.header_timeout})
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": "warning",
        "http": protocol,
        "timeout_keep_alive": 5,
        "limit_concurrency": 64,  # more connections at once: 503
        "h11_max_incomplete_event_size": 16_384,  # request line and headers
        "server_header": False,
        **uvicorn_options,
    }
    return uvicorn.Server(uvicorn.Config(create_app(workbench), **options))
