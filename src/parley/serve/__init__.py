"""The analyst's workbench: an HTTP API (FastAPI, served by uvicorn) and a web page over a store.

The server reads a private snapshot copy of the store, refreshed when the file changes, so that
``parley ingest`` can write the store meanwhile; reviews go to the store's reviews file
(:mod:`parley.review`). OpenAPI docs at ``/docs``.

>>> workbench = Workbench(Path("events.duckdb"))                 # doctest: +SKIP
>>> make_server(workbench).run()                                # doctest: +SKIP
"""

from ._app import ServeSettings, Workbench, create_app
from ._server import make_server
from ._snapshot import Snapshot

__all__ = ["ServeSettings", "Snapshot", "Workbench", "create_app", "make_server"]
