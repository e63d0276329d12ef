"""Article metadata: ``--meta`` files, ``meta.jsonl`` beside the articles, JSONL rows.

A metadata row is a JSON object with any of ``id``, ``path`` (relative to the
metadata file), ``published`` (``YYYY-MM-DD``), ``source``, ``source_country``,
``url``, ``language``, ``title``. A file takes the fields of the row whose
``path`` names it (or, for rows without ``path``, whose ``id`` is the file's
stem). The first row loaded for a file wins, so an explicit ``--meta`` beats a
``meta.jsonl`` found in a folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ._decode import DecodeError, decode
from ._report import ReadReport

__all__ = ["META_NAME", "Fields", "MetaIndex", "json_rows", "row_fields"]

META_NAME = "meta.jsonl"
TEXT_FIELDS = ("id", "title", "source", "source_country", "url", "language")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_ISO3 = re.compile(r"[A-Za-z]{3}$")

Fields = dict[str, Any]  # id, title, source, source_country, url, language: str; published: date


def row_fields(row: dict[str, Any], report: ReadReport, *, source: str, line: int | None) -> Fields:
    """The article fields of a metadata/JSONL row; a malformed date is a warning and is dropped."""
    fields: Fields = {}
    for key in TEXT_FIELDS:
        value = row.get(key)
        if value is not None and str(value).strip():
            fields[key] = str(value).strip()
    country = fields.pop("source_country", None)
    if country is not None:
        if _ISO3.match(country):
            fields["source_country"] = country.upper()
        else:  # as strict as the --source-country option
            report.warn(
                InputError(
                    f"source_country {country!r} is not an ISO 3166 alpha-3 code (e.g. BRA); "
                    "the article is read without it",
                    source=source,
                    line=line,
                    code="E120",
                )
            )
    published = row.get("published")
    if published not in (None, ""):
        day = parse_day(published)
        if day is None:
            report.warn(
                InputError(
                    f"published {published!r} is not a YYYY-MM-DD date; the article is read without a date",
                    source=source,
                    line=line,
                    code="E115",
                )
            )
        else:
            fields["published"] = day
    return fields


def parse_day(value: object) -> date | None:
    """``YYYY-MM-DD`` (a longer ISO timestamp is cut to its day) as a date, else None."""
    text = str(value).strip()
    if "T" in text[10:11]:
        text = text[:10]
    if not _DAY.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def json_rows(
    handle: IO[bytes], report: ReadReport, *, source: str, max_bytes: int
) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` of each line of a JSON Lines stream, one line in memory at a time.

    A line longer than ``max_bytes``, not decodable, not JSON or not an object is
    reported (with its line number) and skipped; blank lines are ignored.
    """
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = handle.readline(1 << 20)
            report.add(InputError(f"line longer than {max_bytes} bytes", source=source, line=number, code="E104"))
            continue
        if not raw.strip():
            continue
        try:
            line = decode(raw).text
        except DecodeError as exc:
            report.add(InputError(str(exc), source=source, line=number, code=exc.code))
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            report.add(InputError(f"malformed JSON ({exc.msg})", source=source, line=number, code="E111"))
            continue
        except RecursionError:
            report.add(InputError("JSON nested too deeply", source=source, line=number, code="E111"))
            continue
        if not isinstance(row, dict):
            report.add(InputError("not a JSON object", source=source, line=number, code="E112"))
            continue
        yield number, row


class MetaIndex:
    """Metadata rows by the resolved path (and by the id) of the file they describe."""

    def __init__(self, report: ReadReport, max_bytes: int) -> None:
        self.report = report
        self.max_bytes = max_bytes
        self.files: set[Path] = set()
        self.by_path: dict[Path, Fields] = {}
        self.by_id: dict[str, Fields] = {}

    def is_meta(self, path: Path) -> bool:
        return _resolved(path) in self.files

    def load(self, path: Path) -> None:
        """Read a metadata file once; bad lines are reported, good ones indexed."""
        resolved = _resolved(path)
        if resolved in self.files:
            return
        self.files.add(resolved)
        try:
            with path.open("rb") as handle:
                ids: dict[str, int] = {}
                for number, row in json_rows(handle, self.report, source=str(path), max_bytes=self.max_bytes):
                    fields = row_fields(row, self.report, source=str(path), line=number)
                    ident = fields.get("id")
                    if ident is not None and ident in ids:
                        self.report.warn(
                            InputError(
                                f"duplicate id {ident!r} (also on line {ids[ident]}): only the first article "
                                "with an id is stored",
                                source=str(path),
                                line=number,
                                code="E119",
                            )
                        )
                    elif ident is not None:
                        ids[ident] = number
                    if row.get("path"):
                        self.by_path.setdefault(_resolved(path.parent / str(row["path"])), fields)
                    elif "id" in fields:
                        self.by_id.setdefault(fields["id"], fields)
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on Python < 3.13
            reason = getattr(exc, "strerror", None) or str(exc)
            self.report.add(InputError(f"cannot read metadata ({reason})", source=str(path), code="E110"))

    def load_beside(self, path: Path) -> None:
        """Load the ``meta.jsonl`` of the file's folder, if there is one."""
        candidate = path.parent / META_NAME
        if candidate.is_file():
            self.load(candidate)

    def lookup(self, path: Path, stem: str) -> Fields:
        return self.by_path.get(_resolved(path)) or self.by_id.get(stem) or {}


def _resolved(path: Path) -> Path:
    """``path.resolve()``, or the path itself (made absolute) when it cannot be resolved (a symlink loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
