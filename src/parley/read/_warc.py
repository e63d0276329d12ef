"""Web archives (``.warc``, ``.warc.gz``): one article per HTML response record.

Records stream one at a time through warcio. ``request``, ``warcinfo``,
``metadata`` and ``revisit`` records are not articles and are passed over
silently; a ``response`` whose Content-Type is not HTML (images, PDFs, scripts)
is skipped and counted (``skipped["non-HTML record"]``), with one warning per
archive; a response with an HTTP status other than 2xx (redirects, 404 pages)
is skipped and counted too. A damaged archive ends with one error; the records
before the damage are kept.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ._report import ReadReport

__all__ = ["WarcPage", "warc_pages"]


@dataclass
class WarcPage:
    record: int  # 1-based position of the record in the archive
    url: str | None
    warc_date: str | None
    body: bytes


def warc_pages(path: Path, handle: IO[bytes], report: ReadReport, *, max_bytes: int) -> Iterator[WarcPage]:
    """The HTML responses of an archive, in order; everything else is counted or reported."""
    from warcio.archiveiterator import ArchiveIterator

    other_types: Counter[str] = Counter()
    number = 0
    try:
        records = iter(ArchiveIterator(handle))
        while True:
            with contextlib.redirect_stderr(io.StringIO()) as said:  # warcio prints its doubts: they are ours
                record = next(records, None)
                if record is None:
                    break
                number += 1
                page = _page(record, number, path, report, other_types, max_bytes)
            if said.getvalue().strip():
                doubt = " ".join(said.getvalue().split())
                raise _Truncated(f"record {number}: {_short(doubt)}")
            if page is not None:
                yield page
    except Exception as exc:  # noqa: BLE001 - warcio/zlib raise many kinds on damaged archives
        where = "" if isinstance(exc, _Truncated) else f" after record {number}"
        report.add(InputError(f"damaged WARC archive{where} ({_short(str(exc))})", source=str(path), code="E116"))
    else:
        if number == 0:
            report.add(InputError("empty or not a WARC archive (no records)", source=str(path), code="E116"))
        elif path.suffix.lower() == ".gz" and not _gzip_complete(path):
            # warcio stops quietly at a gzip member cut short: the archive lost its last record(s)
            report.add(
                InputError(
                    f"damaged WARC archive after record {number} (truncated: the file ends inside a record)",
                    source=str(path),
                    code="E116",
                )
            )
    if other_types:
        total = sum(other_types.values())
        report.skip("non-HTML record", total)
        kinds = ", ".join(f"{kind}: {n}" for kind, n in other_types.most_common(5))
        report.warn(InputError(f"{total} non-HTML records skipped ({kinds})", source=str(path), code="E118"))


def _page(
    record: Any, number: int, path: Path, report: ReadReport, other_types: Counter[str], max_bytes: int
) -> WarcPage | None:
    """The page of one record, or None for a record that is no article (counted or reported)."""
    if not record.rec_type:
        raise ValueError(f"record {number} has no WARC-Type")
    declared = str(record.rec_headers.get_header("Content-Length") or "0").strip()
    if not declared.isdigit():
        raise _Truncated(f"record {number}: Content-Length {_short(declared)!r} is not a number")
    if record.rec_type != "response":
        return None
    if not _http_ok(record):
        report.skip("non-2xx response")
        return None
    ctype = _content_type(record)
    if "html" not in ctype:
        other_types[ctype or "no content type"] += 1
        return None
    if int(declared) > max_bytes:
        report.add(InputError(f"record too large ({declared} bytes)", source=f"{path}#{number}", code="E104"))
        return None
    body = record.content_stream().read()
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        # the archive ends inside this record: a partial page is no article
        raise _Truncated(f"truncated: record {number} ends {missing} bytes short of its length; not read")
    return WarcPage(
        record=number,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        warc_date=record.rec_headers.get_header("WARC-Date"),
        body=body,
    )


def _short(text: str, limit: int = 160) -> str:
    """A reason fit for one line: printable, and cut at ``limit`` characters."""
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _gzip_complete(path: Path) -> bool:
    """Whether a (multi-member) gzip file ends with a whole member; read in chunks, nothing kept."""
    try:
        with path.open("rb") as handle:
            inflate, fed = zlib.decompressobj(wbits=31), False
            while chunk := handle.read(1 << 20):
                data = chunk
                while data:
                    fed = True
                    inflate.decompress(data, 1 << 16)  # bounded output: a gzip bomb costs no memory
                    data = inflate.unconsumed_tail
                    if inflate.eof:
                        data = inflate.unused_data + data
                        inflate, fed = zlib.decompressobj(wbits=31), False
            return not fed or inflate.eof
    except (OSError, zlib.error):
        return False


class _Truncated(Exception):
    """The archive ends inside a record."""


def _http_ok(record: Any) -> bool:
    if record.http_headers is None:
        return True
    code = record.http_headers.get_statuscode() or "200"
    return str(code).startswith("2")


def _content_type(record: Any) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return str(value or "").split(";")[0].strip().lower()
