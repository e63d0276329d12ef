"""Reading parley's TSV data files.

Format: UTF-8 text; lines starting with ``#`` are comments; blank lines are ignored;
the first non-comment line is the header row naming the columns. Bundled files start
with a ``# parley-data <name> v<version>`` line; user files may omit it, but when they
have one it must name the same table and a version this parley can read.

A version is the file's format, the columns and the set or role names a file of that table may use.
It rises when a name a user file could have used is removed or moved to another file, so that such a
file no longer reads as it was written; added rows and added names leave it as it is. This parley
reads its own version of each table and every older one (an older file naming a removed set stops
with E301, a newer version with E305).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import KnowledgeError

__all__ = [
    "Row",
    "SUPPORTED_VERSION",
    "check_version",
    "parse_date",
    "read_table",
    "split_list",
]

SUPPORTED_VERSION = 1
#: Tables whose format has moved past ``SUPPORTED_VERSION``: event_words v2 (since stop 67) no longer has the
#: sets relative_pronoun, future_aux, length_unit, definite_determiner, definite_article and
#: indefinite_determiner, which left it in stops 65-66 and are kept once as roles of resolve_words.tsv.
_TABLE_VERSIONS = {"event_words": 2}
_VERSION_RE = re.compile(r"^#\s*parley-data\s+(\S+)\s+v(\d+)\s*$")


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its values by column name and where it came from."""

    values: dict[str, str]
    path: Path
    line: int

    def get(self, column: str) -> str:
        return self.values.get(column, "")

    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def error(self, message: str, code: str = "E301") -> KnowledgeError:
        return KnowledgeError(f"{self.where()}: {message}", code=code)


def read_table(
    path: Path,
    name: str,
    required: Sequence[str],
    optional: Sequence[str] = (),
    text: str | None = None,
) -> list[Row]:
    """Read a data file into rows.

    Args:
        path: the file (used in error messages even when ``text`` is given).
        name: the table name expected in the ``# parley-data`` line.
        required: columns the header must have; their values may not be empty.
        optional: further columns that may be absent or empty.
        text: the file's content, when already read.

    Raises:
        KnowledgeError: an unreadable file (E306), a missing or wrong header (E302),
            an unsupported version (E305), or a row with too many fields or an empty
            required value (E301). Messages name the file and line.
    """
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{path}: cannot read knowledge file: {exc}", code="E306") from exc
    header: list[str] | None = None
    rows: list[Row] = []
    known = set(required) | set(optional)
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            if header is None:
                check_version(path, lineno, line, name)
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip() for f in fields]
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeError(
                    f"{path}:{lineno}: header row lacks column(s) {', '.join(missing)} "
                    f"(expected {'/'.join(required)} separated by tabs)",
                    code="E302",
                )
            unknown = [c for c in header if c not in known]
            if unknown:
                raise KnowledgeError(
                    f"{path}:{lineno}: unknown column(s) {', '.join(unknown)} in header row",
                    code="E302",
                )
            continue
        if len(fields) > len(header):
            raise KnowledgeError(
                f"{path}:{lineno}: {len(fields)} tab-separated fields, header has {len(header)}",
                code="E301",
            )
        values = {col: (fields[i].strip() if i < len(fields) else "") for i, col in enumerate(header)}
        row = Row(values, path, lineno)
        for col in required:
            if not values[col]:
                raise row.error(f"empty {col!r}")
        rows.append(row)
    if header is None:
        raise KnowledgeError(f"{path}: no header row", code="E302")
    return rows


def check_version(path: Path, lineno: int, line: str, name: str) -> None:
    """Check a ``# parley-data <name> v<N>`` comment line (other comments pass)."""
    match = _VERSION_RE.match(line)
    if match is None:
        return
    table, version = match.group(1), int(match.group(2))
    if table != name:
        raise KnowledgeError(f"{path}:{lineno}: this is a {table!r} file, expected {name!r}", code="E302")
    supported = _TABLE_VERSIONS.get(name, SUPPORTED_VERSION)
    if version > supported:
        raise KnowledgeError(
            f"{path}:{lineno}: {name} format v{version} is newer than this parley reads (v{supported})",
            code="E305",
        )


def check_first_line(path: Path, line: str, name: str) -> None:
    """A plain data file's first line must be ``# parley-data <name> v<N>``: any other line stops with
    E301, another table's name with E302, a version newer than this parley reads with E305."""
    first = line.strip()
    if _VERSION_RE.match(first) is None:
        raise KnowledgeError(f"{path}:1: first line must be '# parley-data {name} v<N>'", code="E301")
    check_version(path, 1, first, name)


def parse_date(row: Row, column: str) -> date | None:
    """An optional YYYY-MM-DD value; a bad one raises KnowledgeError (E303)."""
    value = row.get(column)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise row.error(f"{column} {value!r} is not a YYYY-MM-DD date", code="E303") from None


def split_list(value: str) -> list[str]:
    """The non-empty items of a ``|``-separated list, in order, without duplicates."""
    out: list[str] = []
    for item in value.split("|"):
        item = item.strip()
        if item and item not in out:
            out.append(item)
    return out
