"""Analysts' reviews of stored events: verdicts and corrections, kept apart from the extracted events.

Reviews live in their own DuckDB file beside the store (``events.duckdb`` ->
``events.reviews.duckdb``), table ``reviews``: one row per review (who, when, the verdict,
what changed and a note). The extracted events are never overwritten, an ingest never
touches the file (so a review survives re-ingesting the same articles, even into a new
store), and a server can take reviews while ``parley ingest`` holds the store.

A review names its event by id and by an anchor (article, sentence number and span, event
type): when the event id is gone after a re-ingest, the review re-attaches to the event now
reported by the same sentence of the same article.

>>> reviews = ReviewStore(review_path(Path("events.duckdb")))       # doctest: +SKIP
>>> reviews.add(record, verdict="corrected", changes={"type": "THREATEN"}, reviewer="ana")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ._gold_rows import gold_article, gold_event, review_anchors

__all__ = [
    "FIELDS",
    "VERDICTS",
    "ReviewStore",
    "apply_review",
    "attach",
    "gold_documents",
    "matches",
    "review_path",
    "validate_changes",
    "write_gold",
]

VERDICTS = ("correct", "wrong", "corrected")
#: the fields a review may correct
FIELDS = ("type", "mode", "actors", "recipients", "date", "place")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,     -- the event as it was when reviewed
    article_id VARCHAR,            -- anchor: the evidence's article, sentence and span
    sequence INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    event_type VARCHAR,            -- the extracted type at review time
    reviewer VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    verdict VARCHAR NOT NULL,      -- correct | wrong | corrected
    changes VARCHAR NOT NULL,      -- JSON: field -> {"from": extracted, "to": corrected}
    note VARCHAR
);
"""
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
_TYPE = re.compile(r"^[A-Z_]{2,20}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COLUMNS = (
    "id", "event_id", "article_id", "sequence", "char_start", "char_end", "event_type",
    "reviewer", "created_at", "verdict", "changes", "note",
)  # fmt: skip


def review_path(db: Path) -> Path:
    """The reviews file of a store: ``events.duckdb`` -> ``events.reviews.duckdb``."""
    db = Path(db)
    return db.with_name(f"{db.stem}.reviews.duckdb")


def _codes(value: Any, name: str) -> list[str]:
    if isinstance(value, str):
        value = [v for v in re.split(r"[\s,;]+", value) if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StoreError(f"{name}: a list of actor codes", code="E411")
    codes = [v.strip().upper() for v in value]
    for code in codes:
        if not _CODE.match(code):
            raise StoreError(f"{name}: {code!r} is not an actor code (letters and digits)", code="E411")
    if len(codes) > 20:
        raise StoreError(f"{name}: at most 20 codes", code="E411")
    return codes


def validate_changes(changes: dict[str, Any], known_types: Iterable[str] = ()) -> dict[str, Any]:
    """Corrections, normalised: codes upper-cased, dates YYYY[-MM[-DD]]; raises StoreError (E411)."""
    out: dict[str, Any] = {}
    types = {t.upper() for t in known_types}
    for name, value in changes.items():
        if name not in FIELDS:
            raise StoreError(f"cannot correct {name!r}; fields: {', '.join(FIELDS)}", code="E411")
        if value is None or value == "":
            out[name] = None
            continue
        if name == "type":
            if not isinstance(value, str) or not _TYPE.match(value.upper()) or (types and value.upper() not in types):
                raise StoreError(f"type: {value!r} is not a PLOVER event type", code="E411")
            out[name] = value.upper()
        elif name == "mode":
            if not isinstance(value, str) or len(value) > 40:
                raise StoreError("mode: a short text", code="E411")
            out[name] = value.strip()
        elif name in ("actors", "recipients"):
            out[name] = _codes(value, name)
        elif name == "date":
            if not isinstance(value, str) or not _DATE.match(value):
                raise StoreError(f"date: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", code="E411")
            try:
                datetime.strptime(value, {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}[len(value)])
            except ValueError as exc:
                raise StoreError(f"date: {value!r} is not a real date", code="E411") from exc
            out[name] = value
        elif name == "place":
            if not isinstance(value, str) or len(value) > 200:
                raise StoreError("place: a place name of at most 200 characters", code="E411")
            out[name] = value.strip()
    return out


def _extracted_value(record: dict[str, Any], name: str) -> Any:
    if name == "type":
        return (record.get("event") or [None])[0]
    if name == "mode":
        return (record.get("mode") or [None])[0]
    if name == "actors":
        return [a["code"] for a in record.get("actor") or []]
    if name == "recipients":
        return [a["code"] for a in record.get("recipient") or []]
    if name == "date":
        value, precision = record.get("date"), record.get("date_precision")
        if value and precision in ("month", "year"):
            return value[: 7 if precision == "month" else 4]
        return value
    loc = record.get("event_loc") or {}
    return loc.get("resolved_place") or loc.get("extracted_place")


class ReviewStore:
    """The reviews file of a store. Every call opens the file briefly (thread-safe within a process)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._cache: tuple[tuple[int, int], list[dict[str, Any]]] | None = None
        #: goes up each time the reviews are read again (callers that cache what they derive check it)
        self.version = 0

    def _stamp(self) -> tuple[int, int]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return (0, 0)
        wal = self.path.with_name(self.path.name + ".wal")
        return (st.st_mtime_ns, wal.stat().st_mtime_ns if wal.exists() else 0)

    def _connect(self, *, write: bool) -> duckdb.DuckDBPyConnection:
        try:
            conn = duckdb.connect(str(self.path), read_only=not write)
        except duckdb.Error as exc:
            reason = "locked by another process" if "lock" in str(exc).lower() else str(exc).splitlines()[0]
            raise StoreError(f"{self.path}: cannot open the reviews: {reason}", code="E412") from exc
        if write:
            conn.execute(_SCHEMA)
        return conn

    def all(self) -> list[dict[str, Any]]:
        """Every review, oldest first (cached until the file changes)."""
        with self._lock:
            stamp = self._stamp()
            if self._cache is not None and self._cache[0] == stamp:
                return self._cache[1]
            if stamp == (0, 0):
                rows: list[dict[str, Any]] = []
            else:
                conn = self._connect(write=False)
                try:
                    tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
                    found = (
                        conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM reviews ORDER BY created_at, id").fetchall()
                        if "reviews" in tables
                        else []
                    )
                finally:
                    conn.close()
                rows = [self._row(dict(zip(_COLUMNS, r, strict=True))) for r in found]
            self._cache = (stamp, rows)
            self.version += 1
            return rows

    @staticmethod
    def _row(row: dict[str, Any]) -> dict[str, Any]:
        row["changes"] = json.loads(row["changes"] or "{}")
        row["created_at"] = row["created_at"].isoformat(timespec="seconds") + "Z"
        return row

    def add(
        self,
        record: dict[str, Any],
        *,
        verdict: str,
        changes: dict[str, Any] | None = None,
        reviewer: str = "analyst",
        note: str | None = None,
        known_types: Iterable[str] = (),
    ) -> dict[str, Any]:
        """Record a review of an event (a PLOVER record as :func:`parley.analysis.events` returns it)."""
        if verdict not in VERDICTS:
            raise StoreError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}", code="E411")
        fixed = validate_changes(changes or {}, known_types)
        if verdict == "corrected" and not fixed:
            raise StoreError("a correction needs at least one changed field", code="E411")
        if verdict != "corrected" and fixed:
            verdict = "corrected"
        reviewer = (reviewer or "analyst").strip()[:80] or "analyst"
        if note is not None and len(note) > 2000:
            raise StoreError("note: at most 2000 characters", code="E411")
        diff = {
            name: {"from": _extracted_value(record, name), "to": value}
            for name, value in fixed.items()
            if _extracted_value(record, name) != value
        }
        info = record.get("text_info") or {}
        row = {
            "id": uuid.uuid4().hex,
            "event_id": record["id"],
            "article_id": record.get("doc_id"),
            "sequence": info.get("sequence"),
            "char_start": info.get("start"),
            "char_end": info.get("end"),
            "event_type": (record.get("event") or [None])[0],
            "reviewer": reviewer,
            "created_at": datetime.now(UTC).replace(tzinfo=None),
            "verdict": verdict,
            "changes": json.dumps(diff, ensure_ascii=False),
            "note": note,
        }
        with self._lock:
            conn = self._connect(write=True)
            try:
                conn.execute(
                    f"INSERT INTO reviews ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
                    [row[c] for c in _COLUMNS],
                )
            finally:
                conn.close()
            self._cache = None
        return self._row(dict(row))


def attach(
    reviews: list[dict[str, Any]], anchors: dict[tuple[Any, ...], Any], event_ids: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """Reviews by the event they belong to now.

    ``event_ids``: the stored event ids; ``anchors``: (article, sequence, char_start) -> event id of
    every stored mention (used for reviews whose event id is gone). Reviews of vanished events are
    left out.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for review in reviews:
        target = review["event_id"] if review["event_id"] in event_ids else None
        if target is None:
            found = anchors.get((review["article_id"], review["sequence"], review["char_start"]))
            target = str(found) if found is not None else None
        if target is not None:
            out.setdefault(target, []).append(review)
    return out


def apply_review(
    record: dict[str, Any], reviews: list[dict[str, Any]], types: dict[str, tuple[int, float]] | None = None
) -> dict[str, Any]:
    """The record as its reviews leave it: the latest verdict, every correction applied in order.

    The extracted values stay under ``extracted``; ``review`` holds the latest verdict, who, when
    and the history. ``types`` (type -> quad class, score) re-scores a corrected type.
    """
    if not reviews:
        return {**record, "review": None}
    out = dict(record)
    extracted = {name: _extracted_value(record, name) for name in FIELDS}
    for review in reviews:
        for name, change in review["changes"].items():
            value = change["to"]
            if name == "type":
                out["event"] = [value] if value else out["event"]
                if value and types and value in types:  # the quad class and base score of the new type
                    out["quad_code"], out["event_scale"] = types[value]
            elif name == "mode":
                out["mode"] = [value] if value else []
            elif name in ("actors", "recipients"):
                key = "actor" if name == "actors" else "recipient"
                old = {a["code"]: a for a in record.get(key) or []}
                out[key] = [old.get(c, {"code": c, "sector": None, "entity_text": ""}) for c in value or []]
            elif name == "date":
                out["date"] = (value + "-01-01"[len(value) - 4 :]) if value else None
                out["date_precision"] = {4: "year", 7: "month", 10: "day"}[len(value)] if value else None
            elif name == "place":
                out["event_loc"] = {
                    "extracted_place": value,
                    "resolved_place": value,
                    "country_code": None,
                    "lat": None,
                    "lon": None,
                    "geonameid": None,
                }
    latest = reviews[-1]
    out["extracted"] = extracted
    out["review"] = {
        "verdict": latest["verdict"],
        "reviewer": latest["reviewer"],
        "created_at": latest["created_at"],
        "note": latest["note"],
        "history": reviews,
    }
    return out


def _safe_name(article_id: str) -> str:
    name = re.sub(r"[^\w.-]+", "_", article_id).strip("._") or "article"
    return name[:150]


def gold_documents(store: Any, reviews: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str | None]]:
    """Each reviewed article as a gold file (``../shared/gold`` format) and its stored text.

    The events of an article are its events marked correct, or corrected (with the corrections);
    events marked wrong, and events nobody reviewed, are left out. ``store``: a
    :class:`~parley.store.Store`.
    """
    from ..analysis import event_detail

    if not reviews:
        return []
    anchors, present = review_anchors(store, reviews)
    by_event = attach(reviews, anchors, present)
    docs: dict[str, dict[str, Any]] = {}
    texts: dict[str, str | None] = {}
    for event_id in sorted(by_event):
        record = event_detail(store, event_id)
        if record is None:  # pragma: no cover - attach only keeps stored events
            continue
        final = apply_review(record, by_event[event_id])
        article_id = record["doc_id"]
        if article_id not in docs:
            docs[article_id], texts[article_id] = gold_article(store, article_id)
        if final["review"]["verdict"] == "wrong":
            continue
        events = docs[article_id]["events"]
        events.append(gold_event(final, len(events) + 1, event_id))
    return [(docs[a], texts[a]) for a in sorted(docs)]


def write_gold(store: Any, reviews: list[dict[str, Any]], out: Path) -> list[Path]:
    """Write the gold files of the reviewed articles to ``out`` (one ``<article>.json`` each) and
    their texts to ``out/docs/``; ``parley eval OUT`` scores against them. Returns the files."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out}: not a directory", code="E415")
    (out / "docs").mkdir(parents=True, exist_ok=True)
    written = []
    from ..evaluate._gold import _shared_root

    root = _shared_root(out)  # where load_gold resolves ``doc`` paths
    for doc, text in gold_documents(store, reviews):
        name = _safe_name(doc["id"])
        text_path = out / "docs" / f"{name}.txt"
        text_path.write_text(text or "", encoding="utf-8")
        doc["doc"] = text_path.resolve().relative_to(root).as_posix()
        path = out / f"{name}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


def _pairs(record: dict[str, Any]) -> set[tuple[str, str]]:
    actors = [a["code"] for a in record.get("actor") or []]
    recipients = [a["code"] for a in record.get("recipient") or []]
    others = recipients or actors
    return {(min(a, b), max(a, b)) for a in actors for b in others if a != b}


def _period(record: dict[str, Any]) -> tuple[str, str] | None:
    value = record.get("date")
    if not value:
        return None
    precision = record.get("date_precision") or "day"
    if precision == "year":
        return value[:4] + "-01-01", value[:4] + "-12-31"
    if precision == "month":
        return value[:7] + "-01", value[:7] + "-31"
    return value, value


def matches(record: dict[str, Any], filters: dict[str, Any]) -> bool:
    """Whether a (reviewed) record passes the filters of :func:`parley.analysis.events` (+ ``dyad``)."""
    actors = {a["code"] for a in record.get("actor") or []}
    recipients = {a["code"] for a in record.get("recipient") or []}
    checks = {
        "actor": lambda v: v.upper() in actors,
        "recipient": lambda v: v.upper() in recipients,
        "either": lambda v: v.upper() in actors | recipients,
        "dyad": lambda v: (min(v[0].upper(), v[1].upper()), max(v[0].upper(), v[1].upper())) in _pairs(record),
        "type": lambda v: (record.get("event") or [""])[0] in {t.strip().upper() for t in v.split(",")},
        "quad": lambda v: record.get("quad_code") == int(v),
        "context": lambda v: v.lower() in (record.get("context") or []),
        "country": lambda v: ((record.get("event_loc") or {}).get("country_code") or "") == v.upper(),
        "search": lambda v: v.lower() in (record.get("text") or "").lower(),
    }
    for name, value in filters.items():
        if value is None or value == "":
            continue
        if name in ("since", "until"):
            span = _period(record)
            if span is None:
                return False
            day = str(value)
            if (name == "since" and span[1] < day) or (name == "until" and span[0] > day):
                return False
        elif name in checks and not checks[name](value):
            return False
    return True
