"""An in-memory index of a snapshot's events: what an uncached page, timeline or profile needs,
answered with numpy instead of a DuckDB scan.

DuckDB is a column store: a page of 50 events with a filter and a sort order reads whole row
groups of every column it returns, then two more scans find the page's actors and mentions
(50-150 ms of CPU at 120,000 events), and even a lookup in a small table costs 0.5-1 ms of
query overhead. With 20 clients asking for pages nobody asked before, that CPU is the latency.
A snapshot never changes, so once, when it is opened, the events are numbered by id and kept as
arrays (the filters' columns, each sort order's permutation), the records' columns as an Arrow
table, their actors and mentions as Arrow tables with offsets per event, the events of each
dyad and each actor code, each event's place, and the actor profiles' aggregates. A page is then
a boolean mask, a walk along a precomputed permutation and an Arrow ``take`` of 51 rows: about a
millisecond; with the records serialised (:meth:`EventIndex.build_json`, in the background) it
joins 50 strings instead of building and serialising 50 records.

The answers are those of :func:`parley.analysis.event_page`, :func:`parley.analysis.count_events`,
:func:`parley.analysis.timeline`, :func:`parley.analysis.actor_profile` and
:func:`parley.analysis.places` (tested against them). A filter the index does not hold (the
text search) makes :meth:`EventIndex.mask` return None: the caller runs the query in DuckDB.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..analysis._browse import SORTS, _decode_cursor, _encode_cursor
from ..analysis._event_filters import _as_date
from ..analysis._event_records import assemble_records
from ..analysis._periods import _FINE_ENOUGH, _PERIODS
from . import _index_arrays as arrays
from ._cache import to_json
from ._index_sql import RECORDS_JSON_SQL

__all__ = ["EventIndex"]

_NO_DATE_HIGH = (date(9999, 12, 31) - arrays.EPOCH).days  # the sort keys' stand-ins for a missing date
_NO_DATE_LOW = (date(1, 1, 1) - arrays.EPOCH).days
_MISSING_HIGH = np.iinfo(np.int32).max  # a missing date never passes `until` ...
_MISSING_LOW = np.iinfo(np.int32).min  # ... and a missing date_end never passes `since`
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 28, "year": 365}  # at least the days of a period
_PROFILES_KEPT = 512  # actor profiles kept serialised per snapshot (code and period; 10-80 KB each)
_CALENDAR_MAX = 50_000  # periods a snapshot's calendar may have (of days: 137 years)
_RECORD_COLUMNS = (
    "id", "doc_id", "date", "date_precision", "type", "mode", "context", "extracted_place", "resolved_place",
    "country_code", "lat", "lon", "geonameid", "quad_code", "event_scale", "cameo", "event_text", "text",
    "sequence", "char_start", "char_end", "modality", "confidence", "num_mentions", "num_articles", "num_sources",
    "coder",
)  # fmt: skip


class EventIndex:
    """The index of one snapshot (built by :func:`._index_build.build_index`)."""

    def __init__(
        self,
        rows: pa.Table,
        actors: pa.Table,
        mentions: pa.Table,
        dyads: pa.Table,
        dyad_counts: list[tuple[str, str, int]],
        profiles: dict[str, dict[str, Any]],
        place_of: pa.Table,
        place_rows: list[dict[str, Any]],
    ) -> None:
        self.n = rows.num_rows
        self.ids: list[str] = rows.column("id").to_pylist()
        # one chunk per column: Arrow's take on several chunks first concatenates them (a copy per call)
        self.rows = rows.select(list(_RECORD_COLUMNS) + ["url", "title", "source"]).combine_chunks()
        self.types, self.type_names = arrays.codes(rows.column("type"))
        self.countries, self.country_names = arrays.codes(rows.column("country_code"))
        self.precisions, self.precision_names = arrays.codes(rows.column("date_precision"))
        self.quad = np.asarray(pc.fill_null(rows.column("quad_code"), 0).to_numpy(), dtype=np.int16)
        self.date = arrays.days(rows.column("date"), _MISSING_HIGH)
        self.date_end = arrays.days(rows.column("date_end"), _MISSING_LOW)
        scale = rows.column("event_scale")
        self.has_scale = np.asarray(pc.is_valid(scale).to_numpy(zero_copy_only=False), dtype=bool)
        self.scale = np.asarray(pc.fill_null(scale, 0.0).to_numpy(), dtype=np.float64)
        context = rows.column("context").combine_chunks()
        self.context_events = np.asarray(pc.list_parent_indices(context).to_numpy(), dtype=np.int32)
        self.context_values = [None if v is None else str(v) for v in pc.list_flatten(context).to_pylist()]
        self.orders = {
            "date": arrays.Order(np.where(self.date == _MISSING_HIGH, _NO_DATE_HIGH, self.date), False),
            "-date": arrays.Order(np.where(self.date == _MISSING_HIGH, _NO_DATE_LOW, self.date), True),
            "score": arrays.Order(np.where(self.has_scale, self.scale, 99.0), False),
            "-score": arrays.Order(np.where(self.has_scale, self.scale, -99.0), True),
            "-mentions": arrays.Order(rows.column("num_mentions").to_numpy().astype(np.float64), True),
        }
        # actors and mentions: sorted by event number, with offsets per event
        self.actors = actors.combine_chunks()
        self.actor_offsets = arrays.offsets(actors.column("n").to_numpy(), self.n)
        self.mentions = mentions.combine_chunks()
        self.mention_offsets = arrays.offsets(mentions.column("n").to_numpy(), self.n)
        # the events of each code (and the role of each row), grouped by code
        codes, names = arrays.codes(actors.column("code"))
        by_code = np.argsort(codes, kind="stable")
        self.code_events = np.asarray(actors.column("n").to_numpy(), dtype=np.int32)[by_code]
        roles, role_names = arrays.codes(actors.column("role"))
        self.code_roles = roles[by_code]
        self.role_names = role_names
        bounds = np.searchsorted(codes[by_code], np.arange(len(names) + 1))
        self.code_slices = {name: (int(bounds[i]), int(bounds[i + 1])) for i, name in enumerate(names)}
        # the events of each dyad (a <= b), each dyad's rows together
        self.dyad_events = np.asarray(dyads.column("n").to_numpy(), dtype=np.int32)
        self.dyad_slices: dict[tuple[str, str], tuple[int, int]] = {}
        at = 0
        for a, b, count in dyad_counts:
            self.dyad_slices[(a, b)] = (at, at + count)
            at += count
        self.profiles = profiles
        self.fragments: pa.Array | None = None  # each event's record as JSON (build_json)
        # each event's place (-1: no coordinates), the places with their rounded coordinates
        self.place_of = np.asarray(pc.fill_null(place_of.column("p"), -1).to_numpy(), dtype=np.int64)
        self.place_rows = place_rows
        # the places are numbered by name (then country and coordinates): ties of the counts keep that order
        self.place_order = np.arange(len(place_rows), dtype=np.int64)
        self._all = np.ones(self.n, dtype=bool)
        self._calendars: dict[str, arrays.Calendar | None] = {}  # by -> its periods (_calendar)
        self._profile_parts: dict[tuple[str, str | None], tuple[bytes, list[bytes], bytes]] = {}

    # -- which events ---------------------------------------------------------------------------
    def positions(self, ids: Sequence[str]) -> np.ndarray:
        """The event numbers of the stored events among ``ids``."""
        found = []
        for event_id in ids:
            at = bisect.bisect_left(self.ids, event_id)
            if at < self.n and self.ids[at] == event_id:
                found.append(at)
        return np.asarray(found, dtype=np.int64)

    def _members(self, numbers: np.ndarray) -> np.ndarray:
        mask = np.zeros(self.n, dtype=bool)
        mask[numbers] = True
        return mask

    def dyad(self, a: str, b: str) -> np.ndarray:
        """The event numbers of the dyad (either order)."""
        lo, hi = sorted((a.upper(), b.upper()))
        start, end = self.dyad_slices.get((lo, hi), (0, 0))
        return self.dyad_events[start:end]

    def _code(self, code: str, role: str | None) -> np.ndarray:
        start, end = self.code_slices.get(code.upper(), (0, 0))
        events = self.code_events[start:end]
        if role is not None:
            wanted = self.role_names.index(role) if role in self.role_names else -2
            events = events[self.code_roles[start:end] == wanted]
        return events

    def mask(
        self,
        filters: dict[str, Any],
        *,
        only_ids: list[str] | None = None,
        skip_ids: list[str] | None = None,
        judged: tuple[list[str], list[str]] | None = None,
    ) -> np.ndarray | None:
        """The events that pass ``filters`` (the keywords of :func:`parley.analysis.event_page`) as
        a boolean array, as :func:`parley.analysis._event_filters._filters` selects them; None for a
        filter the index does not hold (a text search: DuckDB answers it)."""
        if filters.get("search"):
            return None
        mask: np.ndarray | None = None

        def narrow(more: np.ndarray) -> None:
            nonlocal mask
            mask = more if mask is None else mask & more

        dyad = filters.get("dyad")
        if dyad:
            narrow(self._members(self.dyad(dyad[0], dyad[1])))
        for role, name in (("actor", "actor"), ("recipient", "recipient"), (None, "either")):
            if filters.get(name):
                narrow(self._members(self._code(filters[name], role)))
        if filters.get("type"):
            wanted = {t.strip().upper() for t in filters["type"].split(",") if t.strip()}
            narrow(
                arrays.among(
                    self.types, [i for i, name in enumerate(self.type_names) if name in wanted], self.type_names
                )
            )
        if filters.get("quad") is not None:
            narrow(self.quad == int(filters["quad"]))
        if filters.get("context"):
            wanted_context = filters["context"].lower()
            hits = [i for i, v in enumerate(self.context_values) if v == wanted_context]
            narrow(self._members(self.context_events[hits]))
        start, end = _as_date(filters.get("since"), "since"), _as_date(filters.get("until"), "until")
        if start:
            narrow(self.date_end >= (start - arrays.EPOCH).days)
        if end:
            narrow(self.date <= (end - arrays.EPOCH).days)
        if filters.get("country"):
            country = filters["country"].upper()
            code = self.country_names.index(country) if country in self.country_names else -2
            narrow(self.countries == code)
        if judged is not None and judged[0]:
            ids, matching = judged
            mask = (~self._members(self.positions(ids)) & (self._all if mask is None else mask)) | self._members(
                self.positions(matching)
            )
        if only_ids is not None:
            narrow(self._members(self.positions(only_ids)))
        if skip_ids:
            narrow(~self._members(self.positions(skip_ids)))
        return self._all if mask is None else mask

    # -- pages ----------------------------------------------------------------------------------
    def page(
        self,
        mask: np.ndarray,
        *,
        sort: str = "date",
        cursor: str | None = None,
        limit: int = 100,
        count: int | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """:func:`parley.analysis.event_page` of the events in ``mask`` (``count``: how many there
        are, when the caller knows)."""
        picked, next_cursor = self.pick(mask, sort=sort, cursor=cursor, limit=limit, count=count)
        return self.records(picked), next_cursor

    def pick(
        self,
        mask: np.ndarray,
        *,
        sort: str = "date",
        cursor: str | None = None,
        limit: int = 100,
        count: int | None = None,
    ) -> tuple[np.ndarray, str | None]:
        """The event numbers of :meth:`page`, and the cursor of the next page."""
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        order = self.orders[sort]
        begin, end = 0, self.n  # the candidates' span of the ascending permutation
        if cursor:
            key, last_id = _decode_cursor(cursor, sort)
            if order.descending:
                end = order.start(self._key(key), bisect.bisect_left(self.ids, last_id))
            else:
                begin = order.start(self._key(key), bisect.bisect_right(self.ids, last_id))
        picked = order.first(mask, begin, end, limit + 1, count)
        more = len(picked) > limit
        picked = picked[:limit]
        next_cursor = None
        if more and len(picked):
            last = int(picked[-1])
            next_cursor = _encode_cursor(self._cursor_key(sort, last), self.ids[last])
        return picked, next_cursor

    def records_json(self, numbers: np.ndarray) -> list[str] | None:
        """The records of these events as JSON (what :meth:`records` gives, serialised), or None
        while :meth:`build_json` has not run."""
        fragments = self.fragments
        if fragments is None:
            return None
        return [str(f) for f in fragments.take(np.asarray(numbers, dtype=np.int64)).to_pylist()]

    def build_json(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Serialise every event's record once, in DuckDB (a page then joins 50 strings instead of
        building and serialising 50 records in Python: 3 of its 5-6 ms). Done in the background
        after the snapshot serves (it takes seconds and ~900 bytes per event)."""
        fragments = conn.sql(RECORDS_JSON_SQL).to_arrow_table().column("record").combine_chunks()
        if len(fragments) == self.n:
            self.fragments = fragments

    def _key(self, key: Any) -> float:
        return float((key - arrays.EPOCH).days) if isinstance(key, date) else float(key)

    def _cursor_key(self, sort: str, number: int) -> Any:
        """The sort key of an event as :func:`parley.analysis.event_page` puts it in a cursor."""
        if sort in ("date", "-date"):
            days = int(self.date[number])
            if days == _MISSING_HIGH:
                days = _NO_DATE_HIGH if sort == "date" else _NO_DATE_LOW
            return arrays.EPOCH + timedelta(days=days)
        if sort in ("score", "-score"):
            return float(self.scale[number]) if self.has_scale[number] else (99.0 if sort == "score" else -99.0)
        return float(self.rows.column("num_mentions")[number].as_py())

    def records(self, numbers: np.ndarray) -> list[dict[str, Any]]:
        """The PLOVER records of these events (in this order), as :func:`parley.analysis.event_page` gives them."""
        if not len(numbers):
            return []
        numbers = np.asarray(numbers, dtype=np.int64)
        rows = self.rows.take(numbers).to_pylist()
        actors: dict[str, dict[str, list[dict[str, Any]]]] = {r["id"]: {"actor": [], "recipient": []} for r in rows}
        for a in self.actors.take(arrays.ranges(self.actor_offsets, numbers)).to_pylist():
            entity: dict[str, Any] = {"code": a["code"], "sector": a["sector"], "entity_text": a["entity_text"] or ""}
            if a["office"]:
                entity["office"] = a["office"]
            if a["resolved_by"]:
                entity["resolved_by"] = a["resolved_by"]
            actors[self.ids[a["n"]]][a["role"]].append(entity)
        mentions: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
        for m in self.mentions.take(arrays.ranges(self.mention_offsets, numbers)).to_pylist():
            event_id = self.ids[m.pop("n")]
            mentions[event_id].append(m)
        return assemble_records(rows, actors, mentions)

    def places(self, mask: np.ndarray, limit: int = 500) -> list[dict[str, Any]]:
        """:func:`parley.analysis.places` of the events in ``mask``: places with coordinates, the
        most events first (then by name), with the mean score rounded as DuckDB rounds it."""
        which = self.place_of[mask]
        which = which[which >= 0]
        if not len(which):
            return []
        size = len(self.place_rows)
        counts = np.bincount(which, minlength=size)
        scored = mask & self.has_scale & (self.place_of >= 0)
        score_n = np.bincount(self.place_of[scored], minlength=size)
        score_sum = np.bincount(self.place_of[scored], weights=self.scale[scored], minlength=size)
        order = self.place_order[counts[self.place_order] > 0]
        order = order[np.argsort(-counts[order], kind="stable")][:limit]
        out = []
        for i in order.tolist():
            n_scores = int(score_n[i])
            out.append(
                {
                    **self.place_rows[i],
                    "events": int(counts[i]),
                    "mean_score": arrays.duckdb_round(float(score_sum[i]) / n_scores) if n_scores else None,
                }
            )
        return out

    # -- analysis -------------------------------------------------------------------------------
    def timeline(
        self,
        a: str,
        b: str,
        by: str,
        mask: np.ndarray | None = None,
        extra: list[tuple[date, str, int | None, float | None]] | None = None,
    ) -> list[dict[str, Any]]:
        """:func:`parley.analysis.timeline` of the dyad's events in ``mask`` (all when None)."""
        found = self._periods(a, b, by, mask, extra)
        if found is None:
            return []
        calendar, lo, columns = found
        return [
            {
                "period": calendar.labels[lo + i],
                "start": calendar.dates[lo + i],
                "q1": q1,
                "q2": q2,
                "q3": q3,
                "q4": q4,
                "events": n,
                "mean_score": round(total / n_scores, 2) if n_scores else None,
            }
            for i, (q1, q2, q3, q4, n, n_scores, total) in enumerate(zip(*columns, strict=True))
        ]

    def timeline_json(
        self,
        a: str,
        b: str,
        by: str,
        mask: np.ndarray | None = None,
        extra: list[tuple[date, str, int | None, float | None]] | None = None,
    ) -> tuple[str, int]:
        """:meth:`timeline` as the JSON of its list (the bytes :func:`._cache.to_json` writes of
        it), written from the calendar's ready heads, and the number of periods."""
        found = self._periods(a, b, by, mask, extra)
        if found is None:
            return "[]", 0
        calendar, lo, columns = found
        heads = calendar.heads
        rows = [
            f'{heads[lo + i]}"q1":{q1},"q2":{q2},"q3":{q3},"q4":{q4},"events":{n},"mean_score":'
            f"{round(total / n_scores, 2)!r}}}"
            if n_scores
            else f'{heads[lo + i]}"q1":{q1},"q2":{q2},"q3":{q3},"q4":{q4},"events":{n},"mean_score":null}}'
            for i, (q1, q2, q3, q4, n, n_scores, total) in enumerate(zip(*columns, strict=True))
        ]
        return "[" + ",".join(rows) + "]", len(rows)

    def _periods(
        self,
        a: str,
        b: str,
        by: str,
        mask: np.ndarray | None,
        extra: list[tuple[date, str, int | None, float | None]] | None,
    ) -> tuple[arrays.Calendar, int, list[list[Any]]] | None:
        """The dyad's periods from its first to its last: the calendar, the position of the
        first in it, and per period its counts of quad 1-4, of events, of scores and their sum."""
        if by not in _PERIODS:
            raise ValueError(f"by must be one of {', '.join(_PERIODS)}, not {by!r}")
        events = self.dyad(a, b)
        if mask is not None:
            events = events[mask[events]]
        fine = [i for i, name in enumerate(self.precision_names) if name in _FINE_ENOUGH[by]]
        events = events[
            (self.date[events] != _MISSING_HIGH) & arrays.among(self.precisions[events], fine, self.precision_names)
        ]
        days = self.date[events].astype(np.int64)
        quads = self.quad[events].astype(np.int64)
        scored = self.has_scale[events]
        scales = self.scale[events]
        for day, precision, quad, score in extra or []:
            if precision in _FINE_ENOUGH[by]:
                days = np.append(days, (day - arrays.EPOCH).days)
                quads = np.append(quads, quad or 0)
                scored = np.append(scored, score is not None)
                scales = np.append(scales, score or 0.0)
        if not len(days):
            return None
        starts = arrays.period_starts(days, by)
        first, last = int(starts.min()), int(starts.max())
        calendar = self._calendar(by)
        if calendar is None or first < calendar.starts[0] or last > calendar.starts[-1]:
            # a corrected date outside the snapshot's dates, or a calendar too long to keep
            calendar = arrays.Calendar(arrays.EPOCH + timedelta(days=first), arrays.EPOCH + timedelta(days=last), by)
        which = np.searchsorted(calendar.starts, starts)
        lo, hi = int(which.min()), int(which.max())
        which -= lo
        size = hi - lo + 1
        columns = [np.bincount(which[quads == q], minlength=size).tolist() for q in (1, 2, 3, 4)]
        columns.append(np.bincount(which, minlength=size).tolist())
        columns.append(np.bincount(which[scored], minlength=size).tolist())
        columns.append(np.bincount(which[scored], weights=scales[scored], minlength=size).tolist())
        return calendar, lo, columns

    def _calendar(self, by: str) -> arrays.Calendar | None:
        """The periods from the snapshot's first dated event to its last (made at the first
        timeline of each length; None when there would be more than ``_CALENDAR_MAX``)."""
        if by not in self._calendars:
            dated = self.date[self.date != _MISSING_HIGH]
            calendar = None
            if len(dated):
                first, last = arrays.period_starts(np.array([dated.min(), dated.max()], dtype=np.int64), by).tolist()
                if (last - first) // _PERIOD_DAYS[by] < _CALENDAR_MAX:
                    calendar = arrays.Calendar(
                        arrays.EPOCH + timedelta(days=first), arrays.EPOCH + timedelta(days=last), by
                    )
            self._calendars[by] = calendar  # two threads may both make it: the same either way
        return self._calendars[by]

    def actor_profile(self, code: str, by: str | None = None) -> dict[str, Any]:
        """:func:`parley.analysis.actor_profile` from the aggregates computed with the index."""
        code = code.upper()
        found = self.profiles.get(code)
        totals: dict[str, Any] = dict(found["totals"]) if found else {"events": 0, "as_actor": 0, "as_recipient": 0}
        first: date | None = totals.get("first")
        last: date | None = totals.get("last")
        if by is None:
            by = "year" if first and last and (last - first).days > 3 * 366 else "month"
        if by not in ("month", "year"):
            raise ValueError(f"by must be month or year, not {by!r}")
        return {
            "code": code,
            "events": totals["events"],
            "as_actor": totals["as_actor"],
            "as_recipient": totals["as_recipient"],
            "first": first,
            "last": last,
            "mean_score": totals.get("mean_score"),
            "partners": [dict(p) for p in found["partners"]] if found else [],
            "types": dict(found["types"]) if found else {},
            "by": by,
            "mix": [dict(m) for m in found["mix"][by]] if found else [],
        }

    def actor_profile_json(self, code: str, by: str | None, top: int) -> bytes | None:
        """The JSON of :meth:`actor_profile` with its first ``top`` partners (the bytes
        :func:`._cache.to_json` writes of it), or None for a code without events. Its parts are
        serialised once per code and period length (a monthly profile is 1,500 rows of type mix:
        2-3 ms of JSON) and kept for the snapshot, at most ``_PROFILES_KEPT`` of them."""
        code = code.upper()
        if by is None and code in self.profiles:
            by = self.actor_profile(code)["by"]
        key = (code, by)
        parts = self._profile_parts.get(key)
        if parts is None:
            profile = self.actor_profile(code, by)
            if not profile["events"]:
                return None
            keys = list(profile)
            at = keys.index("partners")
            head = to_json({k: profile[k] for k in keys[:at]})[:-1]
            tail = to_json({k: profile[k] for k in keys[at + 1 :]})[1:]
            parts = (head, [to_json(p) for p in profile["partners"]], tail)
            if len(self._profile_parts) >= _PROFILES_KEPT:
                self._profile_parts.clear()
            self._profile_parts[key] = parts
        head, partners, tail = parts
        return head + b',"partners":[' + b",".join(partners[:top]) + b"]," + tail
