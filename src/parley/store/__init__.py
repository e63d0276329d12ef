"""The event database (DuckDB): articles, events, their actors and mentions.

>>> with Store.open("events.duckdb", write=True) as store:   # doctest: +SKIP
...     ingest(Pipeline(settings).process(articles), store)
"""

from ._ingest import IngestStats, ingest, ingest_document
from ._schema import SCHEMA_VERSION, TABLES, migrate, schema_version
from ._store import Store, article_hash

__all__ = [
    "SCHEMA_VERSION",
    "TABLES",
    "IngestStats",
    "Store",
    "article_hash",
    "ingest",
    "ingest_document",
    "migrate",
    "schema_version",
]
