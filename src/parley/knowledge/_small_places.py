"""The small tier of the gazetteer: towns and villages of 1,000 to 15,000 people (places_small.tsv).

Conflict and border news names villages ("villagers of Akhtala blocked the road"), and the story then
needs their state. Such names are many and often shared with people, words or other towns, so the
tier is read only where the story names the town's country (or the dateline is in it); elsewhere a
name stays unknown rather than guessed. The file holds over 100,000 rows, sorted and led by the
folded name: loading keeps the lines as they are, and a look-up finds its rows by bisection and
parses only those."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from pathlib import Path

from ..errors import KnowledgeError
from ._model import GazetteerEntry
from ._tsv import check_version

__all__ = ["SMALL_COLUMNS", "SmallPlaces", "load_small_places"]

SMALL_COLUMNS = ("key", "geonameid", "name", "country", "lat", "lon", "population")


class SmallPlaces:
    """Small towns by folded name: rows ``key<TAB>...`` in string order, parsed on first look-up."""

    __slots__ = ("_lines", "_parsed", "_path", "_taken")

    def __init__(self, lines: list[str], taken: Collection[str] = (), path: Path | None = None) -> None:
        self._lines = lines
        self._taken = taken
        self._path = path
        self._parsed: dict[str, list[GazetteerEntry]] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def get(self, key: str) -> list[GazetteerEntry]:
        """The towns called ``key`` (a folded name); none for a name in ``taken``."""
        found = self._parsed.get(key)
        if found is None:
            found = self._parsed[key] = [] if key in self._taken else self._rows(key) + self._spaced_rows(key)
        return found

    def _spaced_rows(self, key: str) -> list[GazetteerEntry]:
        """The rows of a hyphened name the file keeps with spaced hyphens ("alt - lehndorf"): folding
        now drops that spacing, the file's older keys keep it."""
        return self._rows(key.replace("-", " - ")) if "-" in key else []

    def _rows(self, key: str) -> list[GazetteerEntry]:
        prefix = key + "\t"
        lines = self._lines
        out: list[GazetteerEntry] = []
        i = bisect_left(lines, prefix)
        while i < len(lines) and lines[i].startswith(prefix):
            out.append(self._entry(lines[i]))
            i += 1
        return out

    def _entry(self, line: str) -> GazetteerEntry:
        fields = line.rstrip("\r").split("\t")
        try:
            _, gid, name, country, lat, lon, population = fields
            return GazetteerEntry(int(gid), name, country, float(lat), float(lon), int(population), "PPL")
        except ValueError:
            raise KnowledgeError(f"{self._path}: bad small-tier row {line!r}", code="E304") from None


def load_small_places(path: Path, taken: Collection[str]) -> SmallPlaces:
    """The small towns of ``path``, leaving out names in ``taken`` (folded names of bigger places,
    states, people and their name words: those keep their own reading)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read gazetteer: {exc}", code="E306") from exc
    lines = text.split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        check_version(path, start + 1, lines[start], "places_small")
        start += 1
    if start == len(lines) or tuple(lines[start].rstrip("\r").split("\t")) != SMALL_COLUMNS:
        raise KnowledgeError(f"{path}:{start + 1}: header must be {' '.join(SMALL_COLUMNS)}", code="E302")
    rows = [line for line in lines[start + 1 :] if line]
    rows.sort()  # linear on the built file, which is in order; a hand-edited one still bisects
    return SmallPlaces(rows, taken, path)
