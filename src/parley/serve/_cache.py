"""Answers kept for reuse: a bounded least-recently-used cache of serialised responses.

The workbench reads a snapshot that never changes, so an answer depends only on the request and
on which snapshot and which reviews it was computed from: callers put both versions in the key,
and a new snapshot or a new review makes every older key unreachable (they age out of the LRU).
One computation per key at a time: a request that finds its key being computed waits for that
answer instead of computing it again.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

__all__ = ["Busy", "RawJSON", "ResponseCache", "to_json"]


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class Busy(Exception):
    """Another thread is computing the key, and the caller would not wait for it."""


@dataclass(frozen=True)
class RawJSON:
    """An answer already serialised (:func:`to_json` passes it on as it is)."""

    data: bytes


def to_json(value: Any) -> bytes:
    """Compact UTF-8 JSON (dates as ISO strings), as FastAPI's JSONResponse would write it."""
    if isinstance(value, RawJSON):
        return value.data
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_default).encode()


class ResponseCache:
    """At most ``max_entries`` answers and ``max_bytes`` bytes, the least recently used dropped first."""

    def __init__(self, max_entries: int = 2048, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._pending: dict[Hashable, threading.Event] = {}
        self._aliases: OrderedDict[Hashable, Hashable] = OrderedDict()  # another name of a key
        self.alias_hits = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size(self) -> int:
        return self._bytes

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: Hashable, body: bytes) -> None:
        if self.max_entries <= 0 or len(body) > self.max_bytes // 4:
            return  # too big to keep: it would push out many others
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old)
            self._entries[key] = body
            self._bytes += len(body)
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped)

    def alias(self, name: Hashable, key: Hashable) -> None:
        """Let :meth:`get_alias` find ``key``'s answer under ``name`` (the raw request, say)."""
        with self._lock:
            self._aliases[name] = key
            self._aliases.move_to_end(name)
            while len(self._aliases) > max(self.max_entries, 1):
                self._aliases.popitem(last=False)

    def get_alias(self, name: Hashable) -> bytes | None:
        """The answer kept under the key that ``name`` is another name of."""
        with self._lock:
            key = self._aliases.get(name)
            found = self._entries.get(key) if key is not None else None
            if found is None:
                return None
            self._entries.move_to_end(key)
            self._aliases.move_to_end(name)
            self.hits += 1
            self.alias_hits += 1
            return found

    def get_or_compute(
        self, key: Hashable, compute: Callable[[], tuple[bytes, bool]], wait: float = 30.0, *, block: bool = True
    ) -> bytes:
        """The cached answer of ``key``, or ``compute()``'s (kept when its second value is True).
        ``block=False``: raise :class:`Busy` instead of waiting while another thread computes it."""
        while True:
            with self._lock:
                found = self._entries.get(key)
                if found is not None:
                    self._entries.move_to_end(key)
                    self.hits += 1
                    return found
                pending = self._pending.get(key)
                if pending is None:
                    pending = self._pending[key] = threading.Event()
                    self.misses += 1
                    break
            if not block:
                raise Busy(key)
            if not pending.wait(wait):  # the other computation is stuck: compute it here too
                with self._lock:
                    self.misses += 1
                return compute()[0]
            with self._lock:
                if key in self._entries or self._pending.get(key) is not None:
                    continue
            return compute()[0]  # the other computation failed or was not kept: try it here
        try:
            body, keep = compute()
            if keep:
                self.put(key, body)
            return body
        finally:
            with self._lock:
                self._pending.pop(key, None)
            pending.set()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._aliases.clear()
            self._bytes = 0
