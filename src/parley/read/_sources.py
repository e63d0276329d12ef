"""Walk sources (files, directories, globs, stdin) and turn each into Articles."""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import logging
import os
import sys
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from ..document import Article
from ..errors import InputError
from ..settings import Settings
from ._decode import DecodeError, decode
from ._html import read_html
from ._meta import META_NAME, Fields, MetaIndex, json_rows, parse_day, row_fields
from ._report import ReadReport
from ._warc import warc_pages

__all__ = ["iter_articles"]

logger = logging.getLogger(__name__)

STDIN = "<stdin>"
_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".warc": "warc",
}
_GLOB_CHARS = set("*?[")


def iter_articles(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    meta: Path | None = None,
    report: ReadReport | None = None,
) -> Iterator[Article]:
    """Every article of every source, once, in order; bad inputs go to ``report`` and are skipped.

    Args:
        paths: files, directories (walked recursively, sorted), glob patterns, or
            ``"-"`` for standard input.
        settings: ``settings.max_bytes`` caps the size of one file, record or line.
        meta: a metadata JSONL file whose rows describe the files (``path`` relative to it).
        report: filled with counts and problems as the articles stream; never raised.
    """
    report = report if report is not None else ReadReport()
    reader = _Reader(settings, report)
    if meta is not None:
        meta_path = Path(meta)
        if meta_path.is_file():
            reader.meta.load(meta_path)
        else:
            report.add(InputError("metadata file not found", source=str(meta_path), code="E101"))
    for source in paths:
        for article in reader.source(str(source)):
            first = reader.duplicate_of(article)
            if first is not None:
                report.skip("duplicate")
                if first[1]:
                    logger.info("%s: duplicate of an article already read, skipped", article.origin)
                else:  # another text under an id already used: say so, it is not stored
                    report.warn(
                        InputError(
                            f"duplicate id {article.id!r} (first used by {first[0]}) with another text: skipped",
                            source=article.origin,
                            code="E119",
                        )
                    )
                continue
            report.read += 1
            yield article


class _Failure(Exception):
    """One bad input, carried up to where it is reported."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class _Reader:
    def __init__(self, settings: Settings, report: ReadReport) -> None:
        self.max_bytes = settings.max_bytes
        self.report = report
        self.meta = MetaIndex(report, settings.max_bytes)
        self.allow_outside = settings.allow_outside_paths
        self.seen_ids: dict[str, tuple[str, bytes]] = {}  # id -> (origin, text key)
        self.seen_texts: set[bytes] = set()

    def fail(self, message: str, code: str, source: str, line: int | None = None) -> None:
        self.report.add(InputError(message, source=source, line=line, code=code))

    # -- sources ----------------------------------------------------------------------
    def source(self, source: str) -> Iterator[Article]:
        if source == "-":
            yield from self.stdin()
            return
        path = Path(source)
        if path.is_dir():
            yield from self.directory(path)
        elif path.is_file():
            if path.name != META_NAME:  # a meta.jsonl named on its own is read as JSONL rows
                self.meta.load_beside(path)
            yield from self.file(path)
        elif _GLOB_CHARS & set(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                self.fail("no file matches this pattern", "E101", source)
            for match in matches:  # the folders' meta.jsonl first, so that it is metadata, not input
                if Path(match).is_file():
                    self.meta.load_beside(Path(match))
            for match in matches:
                yield from self.source(match)
        else:
            self.fail("no such file or directory", "E101", source)

    def directory(self, root: Path) -> Iterator[Article]:
        def unreadable(exc: OSError) -> None:
            self.fail(f"cannot read folder ({exc.strerror or exc}); its files are not read", "E122", exc.filename)

        for folder, dirs, files in os.walk(root, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            here = Path(folder)
            if META_NAME in files:
                self.meta.load(here / META_NAME)
            for name in sorted(files):
                if not name.startswith("."):
                    yield from self.file(here / name)

    def file(self, path: Path) -> Iterator[Article]:
        source = str(path)
        try:  # every step of a file inside: nothing one file does may stop the others
            if not path.exists():
                how = "a symbolic link loop" if path.is_symlink() and _loops(path) else "a broken symbolic link"
                raise _Failure(f"cannot read ({how})", "E103")
            if self.meta.is_meta(path):
                return
            kind = _kind(path)
            if kind is None:
                self.fail(f"unknown file type {''.join(path.suffixes) or '(no extension)'}", "E102", source)
                return
            if kind in ("text", "html"):
                article = self.single(path, kind)
                if article is not None:
                    yield article
            elif kind == "warc":
                yield from self.warc(path)
            else:
                yield from self.json_file(path, kind)
        except _Failure as exc:
            self.fail(str(exc), exc.code, source)
        except Exception as exc:  # noqa: BLE001 - one unexpected bad file must not stop the others
            logger.debug("unexpected failure reading %s", path, exc_info=True)
            self.fail(f"cannot read ({type(exc).__name__}: {exc})", "E103", source)

    def single(self, path: Path, kind: str) -> Article | None:
        text = self.decoded(self.read_bytes(path), str(path))
        fields = self.meta.lookup(path, _stem(path))
        ident = fields.get("id") or _stem(path)
        return self.article(ident, text, kind == "html", fields, origin=str(path))

    # -- JSON ---------------------------------------------------------------------------
    def json_file(self, path: Path, kind: str) -> Iterator[Article]:
        source = str(path)
        if kind == "json" and _size(path) <= self.max_bytes:
            text = self.decoded(self.read_bytes(path), source)
            try:
                whole = json.loads(text)
            except json.JSONDecodeError:
                whole = None  # not one JSON document: JSON Lines, read below
            except RecursionError as exc:
                raise _Failure("JSON nested too deeply", "E111") from exc
            if isinstance(whole, dict):
                article = self.from_row(whole, source, None, path.parent, origin=source)
                if article is not None:
                    yield article
                return
            if isinstance(whole, list):
                for number, row in enumerate(whole, 1):
                    if not isinstance(row, dict):
                        self.fail("not a JSON object", "E112", f"{source}#{number}")
                        continue
                    article = self.from_row(row, f"{source}#{number}", None, path.parent, origin=f"{source}#{number}")
                    if article is not None:
                        yield article
                return
            if whole is not None:
                raise _Failure("not a JSON object or list of objects", "E112")
        try:
            with _open(path) as handle:
                yield from self.jsonl(handle, source, path.parent)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise _Failure(f"truncated or corrupt gzip ({exc})", "E105") from exc

    def jsonl(self, handle: IO[bytes], source: str, base: Path) -> Iterator[Article]:
        for number, row in json_rows(handle, self.report, source=source, max_bytes=self.max_bytes):
            article = self.from_row(row, source, number, base, origin=f"{source}:{number}")
            if article is not None:
                yield article

    def from_row(
        self, row: dict[str, Any], source: str, line: int | None, base: Path, *, origin: str
    ) -> Article | None:
        """The article of one JSON object: inline ``text``, inline ``html``, or ``path`` to a file."""
        fields = row_fields(row, self.report, source=source, line=line)
        text, html = row.get("text"), row.get("html")
        if isinstance(text, str) and text.strip():
            return self.article(fields.get("id") or _hash_id(text), text, False, fields, origin, source, line)
        if isinstance(html, str) and html.strip():
            return self.article(fields.get("id") or _hash_id(html), html, True, fields, origin, source, line)
        if isinstance(row.get("path"), str) and row["path"].strip():
            target = base / row["path"]
            kind = _kind(target)
            try:
                if not self.allow_outside and not _inside(target, base):
                    raise _Failure("outside the JSONL file's folder; pass --allow-outside-paths to read it", "E121")
                if kind not in ("text", "html"):
                    raise _Failure("must name a .txt or .html file", "E113")
                if not target.is_file():
                    raise _Failure("no such file", "E113")
                content = self.decoded(self.read_bytes(target), str(target))
            except _Failure as exc:
                self.fail(f"path {row['path']!r}: {exc}", exc.code, source, line)
                return None
            ident = fields.get("id") or _stem(target)
            return self.article(ident, content, kind == "html", fields, origin, source, line)
        self.fail("no text, html or path", "E114", source, line)
        return None

    # -- WARC ---------------------------------------------------------------------------
    def warc(self, path: Path) -> Iterator[Article]:
        base = {k: v for k, v in self.meta.lookup(path, _stem(path)).items() if k not in ("id", "url", "title")}
        with path.open("rb") as handle:
            for page in warc_pages(path, handle, self.report, max_bytes=self.max_bytes):
                where = f"{path}#{page.record}"
                try:
                    html = self.decoded(page.body, where)
                except _Failure as exc:
                    self.fail(str(exc), exc.code, where)
                    continue
                fields = dict(base)
                if page.url:
                    fields["url"] = page.url
                ident = _hash_id(page.url or html)
                article = self.article(ident, html, True, fields, where)
                if article is not None:
                    if article.published is None and page.warc_date:
                        article.published = parse_day(page.warc_date[:10])
                    yield article

    # -- stdin --------------------------------------------------------------------------
    def stdin(self) -> Iterator[Article]:
        """Standard input: JSON Lines when every non-empty line is a ``{...}`` object, else one text."""
        stream: IO[bytes] = sys.stdin.buffer
        with tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
            total, lines, all_objects = 0, 0, True
            while chunk := stream.readline(self.max_bytes + 1):
                spool.write(chunk)
                total += len(chunk)
                stripped = chunk.strip()
                if stripped:
                    lines += 1
                    all_objects = all_objects and stripped.startswith(b"{") and stripped.endswith(b"}")
            spool.seek(0)
            if lines and all_objects:
                yield from self.jsonl(spool, STDIN, Path.cwd())
                return
            try:
                if total > self.max_bytes:
                    raise _Failure(f"input too large ({total} bytes > {self.max_bytes})", "E104")
                text = self.decoded(spool.read(), STDIN)
            except _Failure as exc:
                self.fail(str(exc), exc.code, STDIN)
                return
        article = self.article(_hash_id(text), text, False, {}, STDIN)
        if article is not None:
            yield article

    # -- helpers ------------------------------------------------------------------------
    def read_bytes(self, path: Path) -> bytes:
        """The (gunzipped) bytes of a file, refusing it before reading when it is too large."""
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise _Failure(f"file too large ({size} bytes > max_bytes {self.max_bytes})", "E104")
            if path.suffix.lower() != ".gz":
                return path.read_bytes()
            with gzip.open(path, "rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise _Failure(f"truncated or corrupt gzip ({exc})", "E105") from exc
        except OSError as exc:
            raise _Failure(f"cannot read ({exc.strerror or exc})", "E103") from exc
        if len(data) > self.max_bytes:
            raise _Failure(f"file too large once decompressed (> max_bytes {self.max_bytes})", "E104")
        return data

    def decoded(self, data: bytes, source: str) -> str:
        try:
            result = decode(data)
        except DecodeError as exc:
            raise _Failure(str(exc), exc.code) from exc
        if result.fallback_lines:
            self.report.warn(
                InputError(
                    f"not UTF-8: {result.fallback_lines} line(s) read as Windows-1252", source=source, code="E109"
                )
            )
        return result.text

    def article(
        self,
        ident: str,
        content: str,
        is_html: bool,
        fields: Fields,
        origin: str,
        source: str | None = None,
        line: int | None = None,
    ) -> Article | None:
        """An Article from text (or HTML, reduced to its main text); metadata fields beat the page's own."""
        title, published = fields.get("title"), fields.get("published")
        text = content
        if is_html:
            text, page_title, page_date = read_html(content, url=fields.get("url"))
            if not text:
                self.fail("HTML page with no article text", "E117", source or origin, line)
                return None
            title = title or page_title
            published = published or page_date
        return Article(
            id=str(ident),
            text=text,
            html=None,
            title=title,
            published=published,
            source=fields.get("source"),
            source_country=fields.get("source_country"),
            url=fields.get("url"),
            language=fields.get("language"),
            origin=origin,
        )

    def duplicate_of(self, article: Article) -> tuple[str, bool] | None:
        """None for a new article; for one with the id or the whitespace-normalised text of an article
        already yielded, ``(where the first came from, whether the texts are the same)``."""
        key = hashlib.sha1(" ".join(article.text.split()).encode("utf-8", "surrogatepass")).digest()
        first = self.seen_ids.get(article.id)
        if first is not None:
            return first[0], first[1] == key
        if key in self.seen_texts:
            return "", True
        self.seen_ids[article.id] = (article.origin or "", key)
        self.seen_texts.add(key)
        return None


def _loops(path: Path) -> bool:
    try:
        path.resolve(strict=True)
    except (RuntimeError, OSError) as exc:
        return isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == 40  # ELOOP
    return False


def _inside(target: Path, folder: Path) -> bool:
    """Whether ``target`` (links resolved) lies inside ``folder``."""
    try:
        return target.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return _KINDS.get(suffixes[-1]) if suffixes else None


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    root, ext = os.path.splitext(name)
    return root if ext.lower() in _KINDS else name


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _hash_id(content: str) -> str:
    """A stable id for an article without one: a sha1 prefix of its whitespace-normalised content."""
    return hashlib.sha1(" ".join(content.split()).encode("utf-8")).hexdigest()[:16]
