"""The store's tables, their version, and the migrations between versions.

A fresh database is version 0 (no ``meta`` table). :func:`migrate` applies the
steps ``0 -> 1 -> ... -> SCHEMA_VERSION`` in one transaction and records the new
version in ``meta``; a future schema change adds a step to ``_STEPS``. A fresh store
goes through every step, so it ends up as an upgraded one does (the DDL of a step is
never edited once released).

Versions:

1. the tables of :data:`TABLES` and the ``event_dyads`` view.
2. ``event_actors.resolved_by``: how a description or a pronoun got its code
   (``Entity.resolved_by``; NULL when the actor was named).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import duckdb

from ..errors import SchemaVersionError, StoreError

__all__ = ["SCHEMA_VERSION", "TABLES", "migrate", "schema_version"]

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 2
TABLES = ("meta", "articles", "events", "event_actors", "mentions")

_V1 = """
CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source VARCHAR,
    source_country VARCHAR,
    url VARCHAR,
    published DATE,
    title VARCHAR,
    text VARCHAR,                 -- cleaned text; mention offsets point into it
    text_hash VARCHAR NOT NULL,   -- sha256 of the raw input (html or text)
    status VARCHAR NOT NULL,      -- ok | warning | failed
    warnings VARCHAR[],
    n_events INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    date DATE,                    -- first day of the month/year when less precise
    date_end DATE,                -- last day covered by date at its precision
    date_precision VARCHAR,       -- day | month | year | NULL (unknown)
    date_source VARCHAR,          -- explicit, discourse, dateline, published (assumed) ...
    extracted_place VARCHAR,
    resolved_place VARCHAR,
    country_code VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonameid BIGINT,
    feature_code VARCHAR,
    quad_code INTEGER,
    event_scale DOUBLE,
    cameo VARCHAR,
    modality VARCHAR,
    confidence DOUBLE,
    participants VARCHAR NOT NULL,  -- sorted codes of every participant, '|'-joined (dedup lookup)
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    doc_id VARCHAR NOT NULL,      -- the article of the evidence below
    text VARCHAR,                 -- evidence sentence (first report)
    event_text VARCHAR,
    sequence INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    first_published DATE,         -- publication dates of the reporting articles
    last_published DATE,
    coder VARCHAR
);
CREATE INDEX events_lookup ON events (type, participants);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,        -- actor | recipient
    position INTEGER NOT NULL,
    code VARCHAR NOT NULL,
    sector VARCHAR,
    entity_text VARCHAR,
    office VARCHAR
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_code ON event_actors (code);
CREATE TABLE mentions (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    sequence INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    event_text VARCHAR,
    text VARCHAR,                 -- the sentence
    source VARCHAR
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
-- Undirected dyads of each event: actor x recipient, or actor x actor when nobody receives.
CREATE VIEW event_dyads AS
SELECT DISTINCT x.event_id, least(x.code, y.code) AS a, greatest(x.code, y.code) AS b
FROM event_actors x
JOIN event_actors y ON x.event_id = y.event_id AND x.code <> y.code
WHERE x.role = 'actor' AND (
    y.role = 'recipient'
    OR (y.role = 'actor' AND NOT EXISTS (
        SELECT 1 FROM event_actors r WHERE r.event_id = x.event_id AND r.role = 'recipient'))
);
"""


_V2 = """
-- how a description or a pronoun got its code ('"He" stands for "Aleksandar Vucic" ...'); NULL when named
ALTER TABLE event_actors ADD COLUMN resolved_by VARCHAR;
"""


def _to_v1(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(_V1)


def _to_v2(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(_V2)


# _STEPS[n] upgrades a version-n database to version n + 1.
_STEPS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {0: _to_v1, 1: _to_v2}


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The schema version recorded in the database; 0 for an empty database.

    Raises:
        StoreError: the database has tables but is not a parley store.
    """
    tables = {row[0] for row in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables:
        return 0
    if "meta" not in tables:
        raise StoreError(f"not a parley database (tables: {', '.join(sorted(tables))})", code="E403")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise StoreError("not a parley database (no schema_version in meta)", code="E403")
    try:
        return int(row[0])
    except ValueError as exc:
        raise StoreError(f"unreadable schema_version {row[0]!r}", code="E403") from exc


def migrate(conn: duckdb.DuckDBPyConnection, from_version: int) -> int:
    """Upgrade a database from ``from_version`` to :data:`SCHEMA_VERSION`, atomically.

    Returns the new version. Raises :class:`SchemaVersionError` for a version newer
    than this parley knows (nothing is changed).
    """
    if from_version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"database schema version {from_version} is newer than this parley's "
            f"({SCHEMA_VERSION}); upgrade parley to read it"
        )
    if from_version == SCHEMA_VERSION:
        return from_version
    conn.begin()
    try:
        for version in range(from_version, SCHEMA_VERSION):
            logger.info("migrating store schema %d -> %d", version, version + 1)
            _STEPS[version](conn)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return SCHEMA_VERSION
