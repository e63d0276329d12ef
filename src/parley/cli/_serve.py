"""``parley serve``: the analyst's workbench over the event database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ParleyError, SettingsError
from ._app import app, console, fail

__all__ = ["serve"]


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="Event database (DuckDB file).")],
    host: Annotated[str, typer.Option(help="Address to listen on (other than loopback: needs --token).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port.")] = 8765,
    token: Annotated[str | None, typer.Option(help="Token every write (and read, unless --public-read) needs.")] = None,
    token_file: Annotated[Path | None, typer.Option(help="Read the token from this file.")] = None,
    public_read: Annotated[bool, typer.Option(help="With a token: reads need none.")] = False,
    rate: Annotated[float, typer.Option(min=0, help="Requests per second per client (0: no limit).")] = 50.0,
    query_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run.")] = 10.0,
    max_queries: Annotated[int, typer.Option(min=1, help="Queries at once; more get 503 after a short wait.")] = 8,
) -> None:
    """The analyst's workbench: web page at /, JSON API under /api, OpenAPI docs at /docs.

    Reads a snapshot copy of the store, refreshed when it changes (an ingest may run meanwhile);
    reviews go to DB.reviews.duckdb beside the store.
    """
    from ..serve import ServeSettings, Workbench, make_server

    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            fail(SettingsError(f"{token_file}: cannot read the token ({exc.strerror})", code="E628"))
        if not token:
            fail(SettingsError(f"{token_file}: empty token file", code="E628"))
    if token is not None and len(token) < 12:
        fail(SettingsError("--token: at least 12 characters", code="E629"))
    if host not in ("127.0.0.1", "localhost", "::1") and token is None:
        message = f"--host {host}: reachable from other machines; give --token or --token-file"
        fail(SettingsError(message, code="E629"))
    settings = ServeSettings(
        host=host, port=port, token=token, public_read=public_read, rate=rate,
        query_timeout=query_timeout, max_queries=max_queries,
    )  # fmt: skip
    _check_port(host, port)
    try:
        workbench = Workbench(db, settings)
    except ParleyError as exc:
        fail(exc)
    console.print(f"parley workbench on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
                  f"(API docs at /docs; Ctrl-C to stop)")  # fmt: skip
    workbench.start()
    try:
        make_server(workbench).run()
    finally:
        workbench.close()


def _check_port(host: str, port: int) -> None:
    """A busy port is one line before anything starts (the server would only log it)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            message = f"{host}:{port}: cannot listen there ({exc.strerror or exc}); choose another --port"
            fail(SettingsError(message, code="E623"))
