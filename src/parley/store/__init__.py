"""The event database (DuckDB): articles, events, their actors and mentions.

>>> with Store.open("events.duckdb", write=True) as store:   # doctest: +SKIP
...     ingest(Pipeline(settings).process(articles), store)
"""

from ._arenas import WRITER_ARENAS, limit_malloc_arenas
from ._ingest import Ingester, IngestStats, ingest, ingest_document
from ._parquet import EVENT_PARQUET_SCHEMA, event_month, event_rows, events_table, load_parquet
from ._schema import SCHEMA_VERSION, TABLES, migrate, schema_version
from ._store import Store, article_hash, upgrade

__all__ = [
    "EVENT_PARQUET_SCHEMA",
    "SCHEMA_VERSION",
    "TABLES",
    "WRITER_ARENAS",
    "IngestStats",
    "Ingester",
    "Store",
    "article_hash",
    "event_month",
    "event_rows",
    "events_table",
    "ingest",
    "ingest_document",
    "limit_malloc_arenas",
    "load_parquet",
    "migrate",
    "schema_version",
    "upgrade",
]
