"""Fewer malloc arenas in a writing process, so that its memory stays flat over a long ingest."""

from __future__ import annotations

import contextlib
import ctypes
import platform
import sys

__all__ = ["WRITER_ARENAS", "limit_malloc_arenas"]

#: glibc gives each thread that allocates its own arena (up to 8 per core). In the process that
#: stores, DuckDB's threads and the worker pool's result thread allocate and free small blocks
#: arena by arena, and the freed space stayed scattered: the process grew about 20 MB per 500
#: articles although Python's heap (tracemalloc) and DuckDB's own buffers hardly grew.
WRITER_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number


def limit_malloc_arenas(arenas: int = WRITER_ARENAS) -> bool:
    """Cap glibc's malloc arenas for this process (threads started later share them); False elsewhere.

    Arenas already made stay; the cap holds for the process and the workers it forks afterwards.
    It changes the whole process's allocator, so the library never calls it on its own: the
    application that owns the process does (``parley ingest`` before it opens the store).
    """
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    with contextlib.suppress(OSError, AttributeError):
        return bool(ctypes.CDLL(None).mallopt(_M_ARENA_MAX, arenas))
    return False
