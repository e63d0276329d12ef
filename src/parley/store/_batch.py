"""What an ingester knows while it stores a batch: the store's answers about the batch's articles,
read in bulk (:class:`Lookup`), the rows still waiting to be written (:class:`Pending`) and the
actors of stored events (:class:`Sides`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from ..dedup._corpus import WINDOW_DAYS, CorpusKey, date_span, participant_key, same_corpus_event
from ..document import Document, Event, Mention
from ..errors import StoreError
from ._rows import COLUMNS, EVENT_COLUMNS, actor_rows, event_params, mention_rows, published_span, wanted_ids
from ._store import article_hash
from ._writes import insert_arrow

__all__ = ["POOL_COLUMN_NAMES", "Lookup", "Pending", "Sides"]

#: The columns of a stored event that cross-article dedup reads (a row of the candidate pool).
POOL_COLUMN_NAMES = (
    "id", "type", "participants", "date", "date_end", "date_precision", "date_source", "country_code",
    "first_published", "last_published",
)  # fmt: skip
#: The stored events in any of some windows (type, participants, dates): one hash join for many articles.
_POOL_SQL = (
    "WITH w AS (SELECT unnest($types) AS t, unnest($keys) AS k, unnest($los) AS lo, unnest($his) AS hi) "
    "SELECT DISTINCT e.id, e.type, e.participants, e.date, e.date_end, e.date_precision, e.date_source, "
    "e.country_code, e.first_published, e.last_published FROM events e JOIN w ON e.type = w.t "
    "AND e.participants = w.k WHERE (e.date IS NOT NULL AND e.date <= w.hi AND e.date_end >= w.lo) "
    "OR (e.date IS NULL AND e.first_published <= w.hi AND e.last_published >= w.lo)"
)


@dataclass(frozen=True)
class _Window:
    """Which stored events may be the same as an article's: its types, participants and dates (with margin).

    An event is in the window when it has one of the types and one of the participant sets and its
    dates (or, undated, its articles' publication dates) come near: a generous superset of
    :func:`same_corpus_event`, which decides.
    """

    types: frozenset[str]
    keys: frozenset[str]
    lo: date
    hi: date

    @classmethod
    def of(cls, events: list[Event], published: tuple[date, date] | None) -> _Window | None:
        spans = [s for s in (date_span(e.date, e.date_precision) or published for e in events) if s is not None]
        if not spans:
            return None
        margin = timedelta(days=WINDOW_DAYS + 3)
        return cls(
            types=frozenset(e.event for e in events),
            keys=frozenset(participant_key(e) for e in events),
            lo=min(s[0] for s in spans) - margin,
            hi=max(s[1] for s in spans) + margin,
        )

    def holds(self, row: tuple[Any, ...]) -> bool:
        """Whether a stored event (a row of :data:`POOL_COLUMN_NAMES`) is in the window (NULL compares false)."""
        _, type_, key, day, day_end, _, _, _, first, last = row
        if type_ not in self.types or key not in self.keys:
            return False
        if day is not None:
            return day <= self.hi and day_end is not None and day_end >= self.lo
        return first is not None and first <= self.hi and last is not None and last >= self.lo


class Lookup:
    """What the store holds about some articles: read with a few queries for all of them at once.

    Answers, for each of the articles, what one query per article would: whether (and how) the
    article is stored, the stored events that may be the same as its events (the candidate pool of
    cross-article dedup, ordered by id) and which of its event ids are taken. Valid until the
    tables change: the caller then reads a new one, or tells it what changed (:meth:`extend`,
    :meth:`merged`).

    The keys' ``articles`` hold only the reporting articles among these articles: dedup asks of
    them only whether the article at hand already reports the event. The actors of stored events
    come from ``sides`` when known there, else from the store (and are added to it).
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, docs: list[Document], sides: Sides) -> None:
        self.ids = [d.id for d in docs]
        self.articles: dict[str, tuple[str, str]] = {
            r[0]: (r[1], r[2]) for r in _rows_with(conn, "SELECT id, text_hash, status FROM articles", "id", self.ids)
        }
        # an article stored unchanged is skipped: its events need no candidates
        live = [d for d in docs if not _unchanged(self.articles.get(d.id), d)]
        self.rows: dict[str, dict[str, tuple[Any, ...]]] = {}  # pool rows by participants, then id
        self.keys: dict[str, CorpusKey] = {}
        windows = {
            (t, k, w.lo, w.hi)
            for d in live
            if (w := _Window.of(d.events, published_span(d))) is not None
            for t in w.types
            for k in w.keys
        }
        if windows:
            types, keys, los, his = (list(c) for c in zip(*sorted(windows), strict=True))
            rows = conn.execute(_POOL_SQL, {"types": types, "keys": keys, "los": los, "his": his}).fetchall()
            for row in rows:
                self.rows.setdefault(row[2], {})[row[0]] = row
            # only stored articles have mentions in the store
            self.keys = _stored_keys(conn, rows, [d.id for d in live if d.id in self.articles], sides)
        self.taken = TakenIds(_stored_taken(conn, [i for d in live for i in wanted_ids(d)]))

    def pool(self, events: list[Event], published: tuple[date, date] | None) -> list[tuple[str, CorpusKey]]:
        """Stored events that may be the same as any of ``events``, ordered by id (:class:`_Window`)."""
        window = _Window.of(events, published)
        if window is None:
            return []
        rows = sorted(
            (row for key in window.keys for row in self.rows.get(key, {}).values() if window.holds(row)),
            key=lambda r: r[0],
        )
        return [(row[0], self.keys[row[0]]) for row in rows]

    def taken_ids(self, wanted: list[str]) -> set[str]:
        """Which of these event ids (or their ``~n`` variants) the store already holds."""
        return self.taken.among(wanted)

    def extend(self, written: Pending) -> None:
        """Take in the rows just written from the batch: what reading the store again would add."""
        among = set(self.ids)
        for row, key in written.events:
            self.rows.setdefault(row[2], {})[row[0]] = row
            self.keys[row[0]] = replace(key, articles=key.articles & among)
        self.taken.update(written.ids)
        self.articles.update((i, state) for i, state in written.articles.items() if i in among)

    def merged(self, row: tuple[Any, ...], actors: frozenset[str], recipients: frozenset[str], article: str) -> None:
        """A stored event after a merge: its new row and actors, and one more reporting article."""
        event_id = row[0]
        for rows in self.rows.values():
            if rows.pop(event_id, None) is not None:
                break
        self.rows.setdefault(row[2], {})[event_id] = row
        before = self.keys[event_id].articles
        articles = before | {article} if article in self.ids else before
        self.keys[event_id] = _key_of(row, actors, recipients, articles)


class TakenIds:
    """Event ids, indexed by the id each is a ``~n`` variant of: which of them are some wanted ids or
    their variants is asked for every article of a batch, and a scan of every id taken so far (a
    batch's worth, some 1,400 for the ingest command's 64 articles) grew with the batch."""

    __slots__ = ("_by_base", "_ids")

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._ids: set[str] = set()
        self._by_base: dict[str, set[str]] = {}
        self.update(ids)

    def __bool__(self) -> bool:
        return bool(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def add(self, event_id: str) -> None:
        self._ids.add(event_id)
        self._by_base.setdefault(event_id.split("~", 1)[0], set()).add(event_id)

    def update(self, ids: Iterable[str]) -> None:
        for event_id in ids:
            self.add(event_id)

    def among(self, wanted: list[str]) -> set[str]:
        """The ids that are one of ``wanted`` or a ``~n`` variant of one."""
        want = set(wanted)
        out = want & self._ids
        for base in want:
            out |= self._by_base.get(base, _NONE)
        return out


_NONE: frozenset[str] = frozenset()


#: Keys per ``IN (...)`` list: DuckDB answers a list of constants on an indexed column with index
#: look-ups (a join against the keys would scan the whole table).
_IN_CHUNK = 256


def _rows_with(conn: duckdb.DuckDBPyConnection, select: str, column: str, keys: list[str]) -> list[tuple[Any, ...]]:
    """``select`` restricted to the rows whose indexed ``column`` is one of ``keys`` (index look-ups)."""
    out: list[tuple[Any, ...]] = []
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _IN_CHUNK):
        chunk = unique[start : start + _IN_CHUNK]
        out += conn.execute(f"{select} WHERE {column} IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
    return out


def _unchanged(stored: tuple[str, str] | None, doc: Document) -> bool:
    """Whether the store holds ``doc`` as it is (the ingester skips it)."""
    return stored is not None and stored[1] != "failed" and stored[0] == article_hash(doc.article)


def _stored_taken(conn: duckdb.DuckDBPyConnection, wanted: list[str]) -> set[str]:
    """The stored event ids among ``wanted`` and, where they matter, their ``~n`` variants.

    An id's variants are tried only when the id itself is taken: when the store holds it, or when
    it is wanted twice (by two events of the batch). Only then are they looked for (rare): the
    common batch reads the id column once instead of testing every stored id's ``~`` part.
    """
    if not wanted:
        return set()
    # a batch wants about 1,400 ids: one scan of the id column beats as many index look-ups
    taken = {
        r[0] for r in conn.execute("SELECT id FROM events WHERE id IN (SELECT unnest($w))", {"w": wanted}).fetchall()
    }
    counts = Counter(wanted)
    contested = {w for w, n in counts.items() if n > 1 or w in taken}
    if contested:
        taken |= {
            r[0]
            for r in conn.execute(
                "SELECT id FROM events WHERE contains(id, '~') AND split_part(id, '~', 1) IN (SELECT unnest($w))",
                {"w": sorted(contested)},
            ).fetchall()
        }
    return taken


def _stored_keys(
    conn: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]], among: list[str], sides: Sides
) -> dict[str, CorpusKey]:
    """The dedup keys of stored events (rows of :data:`POOL_COLUMN_NAMES`), with their reporting articles ``among``."""
    if not rows:
        return {}
    known = {r[0]: sides.get(r[0]) for r in rows}
    missing = [event_id for event_id, pair in known.items() if pair is None]
    if missing:
        found: dict[str, tuple[set[str], set[str]]] = {i: (set(), set()) for i in missing}
        # many rows match (every pooled event's actors): one scan reads them faster than index look-ups
        for event_id, role, code in conn.execute(
            "SELECT event_id, role, code FROM event_actors WHERE event_id IN (SELECT unnest($ids))", {"ids": missing}
        ).fetchall():
            found[event_id][role == "recipient"].add(code)
        for event_id, (actors, recipients) in found.items():
            read = known[event_id] = (frozenset(actors), frozenset(recipients))
            sides.put(event_id, *read)  # may empty the cache when full: ``known`` holds them
    pooled = {r[0] for r in rows}
    articles: dict[str, set[str]] = {}
    for event_id, article_id in _rows_with(conn, "SELECT event_id, article_id FROM mentions", "article_id", among):
        if event_id in pooled:
            articles.setdefault(event_id, set()).add(article_id)
    out = {}
    for row in rows:
        sided = known[row[0]]
        if sided is None:  # pragma: no cover - every missing event was filled above
            raise StoreError(f"no actors read for stored event {row[0]}", code="E406")
        out[row[0]] = _key_of(row, sided[0], sided[1], frozenset(articles.get(row[0], ())))
    return out


class Sides:
    """The actor and recipient codes of stored events, as the store holds them: a bounded cache.

    Kept in step with every write of the ingester (new events, merges); emptied when an article is
    replaced (its events may go) and after a rollback.
    """

    LIMIT = 50_000

    def __init__(self) -> None:
        self._by_event: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._shared: dict[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], frozenset[str]]] = {}

    def get(self, event_id: str) -> tuple[frozenset[str], frozenset[str]] | None:
        return self._by_event.get(event_id)

    def put(self, event_id: str, actors: frozenset[str], recipients: frozenset[str]) -> None:
        if len(self._by_event) >= self.LIMIT or len(self._shared) >= self.LIMIT:
            self.clear()  # memory stays bounded; what is dropped is read again when needed
        pair = (actors, recipients)
        self._by_event[event_id] = self._shared.setdefault(pair, pair)

    def clear(self) -> None:
        self._by_event.clear()
        self._shared.clear()


def _key_of(
    row: tuple[Any, ...], actors: frozenset[str], recipients: frozenset[str], articles: frozenset[str]
) -> CorpusKey:
    """The dedup key of a stored event from its row of :data:`POOL_COLUMN_NAMES`."""
    _, type_, _, day, _, precision, source, country, first, last = row
    span = date_span(day, precision)
    return CorpusKey(
        type=type_,
        actors=actors,
        recipients=recipients,
        span=span,
        assumed_date=span is not None and source == "published",
        country=country,
        published=(first, last) if first else None,
        articles=articles,
    )


class Pending:
    """New articles and events of the open batch, not written yet."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.articles: dict[str, tuple[str, str]] = {}  # id -> (input hash, status)
        self.ids = TakenIds()
        self.keys: dict[tuple[str, frozenset[str]], list[CorpusKey]] = {}  # by type and participants
        self.events: list[tuple[tuple[Any, ...], CorpusKey]] = []  # (row of POOL_COLUMN_NAMES, key) once written
        self.sources: set[tuple[str, str | None]] = set()  # (stored event, outlet) of the waiting mentions
        self.rows: dict[str, list[list[Any]]] = {table: [] for table in COLUMNS}

    def add(
        self,
        doc: Document,
        article_row: list[Any],
        fresh: list[tuple[Event, list[Mention]]],
        pub: tuple[date, date] | None,
        state: tuple[str, str],
    ) -> None:
        self.articles[doc.id] = state
        self.rows["articles"].append(article_row)
        for event, mentions in fresh:
            self.ids.add(event.id)
            params = event_params(event, pub)
            row, key = _stored_row_and_key(event, params, doc.id)
            self.keys.setdefault((key.type, key.actors | key.recipients), []).append(key)
            self.events.append((row, key))
            self.rows["events"].append(params)
            self.rows["event_actors"].extend(actor_rows(event))
            self.rows["mentions"].extend(mention_rows(event.id, doc, mentions))

    def add_mentions(self, event_id: str, doc: Document, mentions: list[Mention]) -> None:
        """Mentions of a stored event (merged into) in an article of the batch, written with the batch."""
        self.sources.add((event_id, doc.article.source))
        self.rows["mentions"].extend(mention_rows(event_id, doc, mentions))

    def matches(self, keys: list[CorpusKey]) -> bool:
        """Whether a waiting event is the same real-world event as one of ``keys``.

        Same events have the same type and the same participants (:func:`same_corpus_event`).
        """
        return bool(self.keys) and any(
            same_corpus_event(waiting, key)
            for key in keys
            for waiting in self.keys.get((key.type, key.actors | key.recipients), ())
        )

    def taken(self, wanted: list[str]) -> set[str]:
        """The waiting event ids that :meth:`Lookup.taken_ids` would report once they are written."""
        return self.ids.among(wanted) if self.ids else set()

    def write(self, conn: duckdb.DuckDBPyConnection, schemas: dict[str, pa.Schema | None]) -> None:
        """Insert the waiting rows (one Arrow batch per table) and forget them."""
        if self.articles:
            for table, rows in self.rows.items():
                insert_arrow(conn, table, schemas[table], rows)
        self.clear()


def _stored_row_and_key(event: Event, params: list[Any], article_id: str) -> tuple[tuple[Any, ...], CorpusKey]:
    """The row of :data:`POOL_COLUMN_NAMES` and the key :func:`_stored_keys` read back for a new event once written."""
    values = dict(zip(EVENT_COLUMNS, params, strict=True))
    row = tuple(values[c] for c in POOL_COLUMN_NAMES)
    span = date_span(values["date"], values["date_precision"])
    key = CorpusKey(
        type=values["type"],
        actors=frozenset(event.actor_codes),
        recipients=frozenset(event.recipient_codes),
        span=span,
        assumed_date=span is not None and values["date_source"] == "published",
        country=values["country_code"],
        published=(values["first_published"], values["last_published"]) if values["first_published"] else None,
        articles=frozenset({article_id}),
    )
    return row, key
