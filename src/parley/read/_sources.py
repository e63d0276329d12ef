"""Walk sources (files, directories, globs, stdin) and turn each into Articles."""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import logging
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..document import Article
from ..errors import InputError
from ..settings import Settings
from ._html import read_html
from ._report import ReadReport

__all__ = ["iter_articles"]

logger = logging.getLogger(__name__)

META_NAME = "meta.jsonl"
_TEXT = {".txt", ".text"}
_HTML = {".html", ".htm"}
_JSONL = {".jsonl", ".json", ".ndjson"}
_WARC = {".warc"}
_KNOWN = _TEXT | _HTML | _JSONL | _WARC
_META_FIELDS = ("source", "source_country", "url", "language", "title")


def iter_articles(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    meta: Path | None = None,
    report: ReadReport | None = None,
) -> Iterator[Article]:
    """Every article of every source, once; bad inputs go to ``report`` and are skipped."""
    report = report if report is not None else ReadReport()
    reader = _Reader(settings, report)
    if meta is not None:
        reader.load_meta(Path(meta))
    for source in paths:
        for article in reader.source(str(source)):
            if reader.is_duplicate(article):
                report.skip("duplicate")
                continue
            report.read += 1
            yield article


class _Reader:
    def __init__(self, settings: Settings, report: ReadReport) -> None:
        self.settings = settings
        self.report = report
        self.meta_by_path: dict[Path, dict[str, Any]] = {}
        self.meta_files: set[Path] = set()
        self.seen_ids: set[str] = set()
        self.seen_texts: set[str] = set()

    # -- metadata -------------------------------------------------------------------
    def load_meta(self, path: Path) -> None:
        resolved = path.resolve()
        if resolved in self.meta_files:
            return
        self.meta_files.add(resolved)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self.report.add(InputError(f"cannot read metadata: {exc}", source=str(path), code="E110"))
            return
        for _, row in self._json_rows(enumerate(lines, 1), str(path)):
            if "path" in row:
                self.meta_by_path[(path.parent / str(row["path"])).resolve()] = row

    # -- sources --------------------------------------------------------------------
    def source(self, source: str) -> Iterator[Article]:
        if source == "-":
            yield from self.stdin()
            return
        path = Path(source)
        if path.is_dir():
            yield from self.directory(path)
        elif path.is_file():
            yield from self.file(path)
        elif any(ch in source for ch in "*?["):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                self.report.add(InputError("no file matches this pattern", source=source, code="E101"))
            for match in matches:
                yield from self.source(match)
        else:
            self.report.add(InputError("no such file or directory", source=source, code="E101"))

    def directory(self, folder: Path) -> Iterator[Article]:
        for meta in sorted(folder.rglob(META_NAME)):
            self.load_meta(meta)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if path.name == META_NAME or path.name.startswith("."):
                continue
            yield from self.file(path)

    def file(self, path: Path) -> Iterator[Article]:
        if path.resolve() in self.meta_files:
            return
        kind = _kind(path)
        if kind is None:
            self.report.add(
                InputError(f"unknown file type {''.join(path.suffixes) or '(none)'}", source=str(path), code="E102")
            )
            return
        try:
            size = path.stat().st_size
        except OSError as exc:
            self.report.add(InputError(f"cannot read: {exc.strerror}", source=str(path), code="E103"))
            return
        if kind == "warc" or (kind == "jsonl" and size > self.settings.max_bytes):
            # archives and big JSONL dumps stream record by record; the size limit is per article
            yield from self.stream(path, kind)
            return
        if size > self.settings.max_bytes:
            limit = self.settings.max_bytes // (1024 * 1024)
            self.report.add(
                InputError(f"file too large ({size // (1024 * 1024)} MB > {limit} MB)", source=str(path), code="E104")
            )
            return
        data = self.raw_bytes(path)
        if data is None:
            return
        text = self.decode(data, str(path))
        if text is None:
            return
        if kind == "jsonl":
            yield from self.json_file(text, str(path), path.parent)
            return
        article = self.article_from(text, kind, path)
        if article is not None:
            yield article

    def stream(self, path: Path, kind: str) -> Iterator[Article]:
        """Records of a WARC archive or lines of a JSONL dump, read one at a time."""
        opener = gzip.open if path.suffix.lower() == ".gz" and kind == "jsonl" else open
        try:
            with opener(path, "rb") as handle:
                if kind == "warc":
                    yield from self.warc(path, handle)
                    return
                for lineno, raw in enumerate(handle, 1):
                    if len(raw) > self.settings.max_bytes:
                        self.report.add(InputError("record too large", source=str(path), line=lineno, code="E104"))
                        continue
                    line = self.decode(raw, str(path), lineno) if raw.strip() else None
                    if line is None:
                        continue
                    for _, row in self._json_rows([(lineno, line)], str(path)):
                        article = self.article_from_row(row, str(path), lineno, path.parent)
                        if article is not None:
                            yield article
        except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
            self.report.add(InputError(f"truncated or unreadable ({exc})", source=str(path), code="E105"))

    def raw_bytes(self, path: Path) -> bytes | None:
        try:
            data = path.read_bytes()
            if path.suffix.lower() == ".gz":
                data = gzip.decompress(data)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            self.report.add(InputError(f"truncated or corrupt gzip ({exc})", source=str(path), code="E105"))
            return None
        except OSError as exc:
            self.report.add(InputError(f"cannot read: {exc}", source=str(path), code="E103"))
            return None
        return data

    def decode(self, data: bytes, where: str, line: int | None = None) -> str | None:
        if not data.strip():
            self.report.add(InputError("empty", source=where, line=line, code="E106"))
            return None
        if b"\x00" in data[:8192]:
            self.report.add(InputError("binary file, not text", source=where, line=line, code="E107"))
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.report.add(
                InputError(
                    f"not UTF-8 (byte {exc.start}); convert it, e.g. with iconv", source=where, line=line, code="E108"
                )
            )
            return None

    def stdin(self) -> Iterator[Article]:
        text = self.decode(sys.stdin.buffer.read(), "<stdin>")
        if text is None:
            return
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if lines and all(ln.lstrip().startswith("{") for ln in lines):
            yield from self.jsonl(text.splitlines(), "<stdin>", Path.cwd())
            return
        article = self._article(_hash_id(text), text, None, {}, "<stdin>")
        if article is not None:
            yield article

    def json_file(self, text: str, where: str, base: Path) -> Iterator[Article]:
        """A JSON document (one article or a list of them), else JSON Lines."""
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            yield from self.jsonl(text.splitlines(), where, base)
            return
        rows = whole if isinstance(whole, list) else [whole]
        for n, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                self.report.add(InputError("not a JSON object", source=where, line=n, code="E112"))
                continue
            article = self.article_from_row(row, where, n, base)
            if article is not None:
                yield article

    def jsonl(self, lines: list[str], where: str, base: Path) -> Iterator[Article]:
        for lineno, row in self._json_rows(enumerate(lines, 1), where):
            article = self.article_from_row(row, where, lineno, base)
            if article is not None:
                yield article

    def _json_rows(self, lines: Iterable[tuple[int, str]], where: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line number, object) of each numbered JSON line; a bad line is reported and skipped."""
        for lineno, line in lines:
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                self.report.add(InputError(f"malformed JSON ({exc.msg})", source=where, line=lineno, code="E111"))
                continue
            if not isinstance(row, dict):
                self.report.add(InputError("not a JSON object", source=where, line=lineno, code="E112"))
                continue
            yield lineno, row

    def article_from_row(self, row: dict[str, Any], where: str, lineno: int, base: Path) -> Article | None:
        origin = f"{where}:{lineno}"
        html = row.get("html")
        text = row.get("text")
        if not text and not html and row.get("path"):
            path = base / str(row["path"])
            data = self.raw_bytes(path) if path.is_file() else None
            if data is None:
                self.report.add(
                    InputError(f"no readable file at path {row['path']!r}", source=where, line=lineno, code="E113")
                )
                return None
            decoded = self.decode(data, str(path))
            if decoded is None:
                return None
            kind = _kind(path)
            text, html = (None, decoded) if kind == "html" else (decoded, None)
        if not text and not html:
            self.report.add(InputError("no text, html or path", source=where, line=lineno, code="E114"))
            return None
        ident = str(row.get("id") or _hash_id(str(text or html)))
        if html:
            return self._article(ident, None, str(html), row, origin)
        return self._article(ident, str(text), None, row, origin)

    def article_from(self, text: str, kind: str, path: Path) -> Article | None:
        row = self.meta_by_path.get(path.resolve(), {})
        ident = str(row.get("id") or _stem(path))
        if kind == "html":
            return self._article(ident, None, text, row, str(path))
        return self._article(ident, text, None, row, str(path))

    def warc(self, path: Path, stream: Any) -> Iterator[Article]:
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError:  # pragma: no cover - warcio is a dependency
            self.report.add(InputError("warcio is not installed", source=str(path), code="E115"))
            return
        try:
            for n, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    self.report.skip("non-HTML record")
                    continue
                where = f"{path}#{n}"
                body = self.decode(record.content_stream().read(), where)
                if body is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                row: dict[str, Any] = {"url": url, "published": (record.rec_headers.get_header("WARC-Date") or "")[:10]}
                article = self._article(_hash_id(url or body), None, body, row, where)
                if article is not None:
                    yield article
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damaged archives
            self.report.add(InputError(f"damaged WARC archive ({exc})", source=str(path), code="E116"))

    # -- articles -------------------------------------------------------------------
    def _article(
        self, ident: str, text: str | None, html: str | None, row: dict[str, Any], origin: str
    ) -> Article | None:
        title = row.get("title")
        published = _day(row.get("published"), origin, self.report)
        if html is not None:
            text, page_title, page_date = read_html(html, url=row.get("url"))
            title = title or page_title
            published = published or page_date
            if not text:
                self.report.add(InputError("HTML page with no article text", source=origin, code="E117"))
                return None
        fields = {k: row.get(k) for k in _META_FIELDS}
        fields["title"] = title
        return Article(id=ident, text=text or "", published=published, origin=origin, **fields)

    def is_duplicate(self, article: Article) -> bool:
        key = hashlib.sha1(" ".join(article.text.split()).encode("utf-8")).hexdigest()
        if article.id in self.seen_ids or key in self.seen_texts:
            return True
        self.seen_ids.add(article.id)
        self.seen_texts.add(key)
        return False


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in _TEXT:
        return "text"
    if ext in _HTML:
        return "html"
    if ext in _JSONL:
        return "jsonl"
    if ext in _WARC:
        return "warc"
    return None


def _stem(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        if suffix.lower() in _KNOWN | {".gz"}:
            name = name[: -len(suffix)]
    return name


def _hash_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _day(value: object, origin: str, report: ReadReport) -> date | None:
    if not value:
        return None
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(value))
    try:
        if match is None:
            raise ValueError(value)
        return date.fromisoformat(match.group(0))
    except ValueError:
        report.problems.append(
            InputError(f"bad published date {value!r}; read without a date", source=origin, code="E118")
        )
        return None
