"""Array helpers of the snapshot index (:mod:`._index`): dictionary codes, per-event row ranges,
sort orders walked by mask, the calendars of timelines, and DuckDB's rounding."""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..analysis._periods import _label, _next_period

__all__ = [
    "EPOCH", "Calendar", "Order", "among", "codes", "days", "duckdb_round", "offsets", "period_starts", "ranges",
]  # fmt: skip

EPOCH = date(1970, 1, 1)


def days(column: pa.ChunkedArray, missing: int) -> np.ndarray:
    return np.asarray(pc.fill_null(column.cast(pa.int32()), missing).to_numpy(), dtype=np.int32)


def codes(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """Dictionary codes of a string column (-1 where missing) and the dictionary."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    indices = np.asarray(pc.fill_null(encoded.indices, -1).to_numpy(), dtype=np.int32)
    return indices, [str(v) for v in encoded.dictionary.to_pylist()]


def offsets(numbers: np.ndarray, n: int) -> np.ndarray:
    """Where each event's rows start in a table sorted by event number (``n + 1`` offsets)."""
    return np.searchsorted(numbers, np.arange(n + 1), side="left").astype(np.int64)


def ranges(offsets: np.ndarray, events: np.ndarray) -> np.ndarray:
    """The row positions of ``events`` (in that order) in a table with ``offsets``."""
    starts, ends = offsets[events], offsets[events + 1]
    if not len(events):
        return np.zeros(0, dtype=np.int64)
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    shift = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return np.arange(total, dtype=np.int64) + shift


class Order:
    """One sort order: the events by (key, id) ascending; a descending order walks it backwards."""

    def __init__(self, key: np.ndarray, descending: bool) -> None:
        numbers = np.arange(len(key), dtype=np.int32)  # event numbers follow the ids
        self.perm = np.lexsort((numbers, key)).astype(np.int32)
        self.keys = key[self.perm]
        self.rank = np.empty(len(key), dtype=np.int64)  # an event's position in the permutation
        self.rank[self.perm] = np.arange(len(key))
        self.descending = descending

    def first(self, mask: np.ndarray, begin: int, end: int, k: int, count: int | None) -> np.ndarray:
        """The first ``k`` events of ``mask`` in this order among positions ``begin:end`` of the
        ascending permutation (walked backwards for a descending order)."""
        if count is None or count * 16 > len(mask):
            # many candidates: walk the order a block at a time until k are found
            found: list[np.ndarray] = []
            have, block = 0, max(4 * k, 2048)
            at = end if self.descending else begin
            while have < k and begin < end and (at > begin if self.descending else at < end):
                if self.descending:
                    chunk = self.perm[max(begin, at - block) : at][::-1]
                    at -= len(chunk)
                else:
                    chunk = self.perm[at : min(end, at + block)]
                    at += len(chunk)
                hits = chunk[mask[chunk]]
                found.append(hits)
                have += len(hits)
                block *= 4
            picked = np.concatenate(found) if found else np.zeros(0, dtype=np.int32)
            return picked[:k]
        # few candidates (a dyad, a rare type): rank them instead of walking the order
        candidates = np.flatnonzero(mask)
        ranks = self.rank[candidates]
        ranks = ranks[(ranks >= begin) & (ranks < end)]
        if self.descending:
            ranks = -ranks
        if len(ranks) > k:
            ranks = np.partition(ranks, k - 1)[:k]
        ranks = np.sort(ranks)
        return self.perm[-ranks if self.descending else ranks]

    def start(self, key: float, after: int) -> int:
        """Position in the ascending permutation where the page after (``key``, the id ranked
        ``after``: the number of ids below or equal) begins; for a descending order, the end."""
        lo = int(np.searchsorted(self.keys, key, side="left"))
        hi = int(np.searchsorted(self.keys, key, side="right"))
        return lo + int(np.searchsorted(self.perm[lo:hi], after, side="left"))


class Calendar:
    """Consecutive periods of one length (day, week, month or year) from ``first`` to ``last``
    (the first days of periods): their first days (days since 1970), dates and labels, and the
    head of each period's JSON object (``{"period":"2024-05","start":"2024-05-01",``)."""

    def __init__(self, first: date, last: date, by: str) -> None:
        self.dates: list[date] = []
        current = first
        while current <= last:
            self.dates.append(current)
            current = _next_period(current, by)
        self.starts = np.asarray([(d - EPOCH).days for d in self.dates], dtype=np.int64)
        self.labels = [_label(d, by) for d in self.dates]
        self.heads = [
            f'{{"period":{json.dumps(label, ensure_ascii=False)},"start":"{d.isoformat()}",'
            for d, label in zip(self.dates, self.labels, strict=True)
        ]


def duckdb_round(value: float, digits: int = 2) -> float:
    """``round(value, digits)`` as DuckDB computes it: the exact binary value rounded, a tie
    (0.125) away from zero where Python's round goes to the even neighbour (0.12)."""
    return float(Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def among(codes: np.ndarray, wanted: list[int], names: list[str]) -> np.ndarray:
    """Which dictionary ``codes`` (-1: missing) are among ``wanted``: a comparison per wanted code
    when there are few (20 times quicker than a lookup on a whole column), else a lookup table."""
    if len(wanted) <= 4:
        found = np.zeros(len(codes), dtype=bool)
        for code in wanted:
            found |= codes == code
        return found
    table = np.zeros(len(names) + 1, dtype=bool)  # the last entry stands for -1
    table[wanted] = True
    return np.take(table, codes)


def period_starts(days: np.ndarray, by: str) -> np.ndarray:
    """The first day (days since 1970) of each day's period."""
    if by == "day":
        return days
    if by == "week":
        return days - (days + 3) % 7  # 1970-01-01 was a Thursday: Monday starts the week
    unit = "M" if by == "month" else "Y"
    return days.astype("datetime64[D]").astype(f"datetime64[{unit}]").astype("datetime64[D]").astype(np.int64)
