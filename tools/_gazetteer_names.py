"""The hand lists of tools/build_gazetteer.py, read from tools/data/gazetteer_hand_lists.tsv: which GeoNames
alternates a city keeps or loses, and the small towns the build adds.

Ids are GeoNames ids; the names are as GeoNames spells them. Each row of the file names its list:
``not_name`` (an alternate that is an ordinary English word), ``shadowing`` (an alternate that is a
better-known place's name), ``preferred`` (an alternate news uses, kept first) or ``extra`` (a town below
the population cut). A user extends a list by adding a row there.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["EXTRA_IDS", "NOT_NAMES", "PREFERRED", "SHADOWING", "read_hand_lists"]

HAND_LISTS = Path(__file__).resolve().parent / "data" / "gazetteer_hand_lists.tsv"
_LISTS = ("not_name", "shadowing", "preferred", "extra")


def read_hand_lists(path: Path = HAND_LISTS) -> dict[str, dict[int, list[str]]]:
    """Each list's rows, GeoNames id -> names, in file order; a malformed row raises ``ValueError``."""
    lists: dict[str, dict[int, list[str]]] = {name: {} for name in _LISTS}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        for number, row in enumerate(rows, start=1):
            kind, gid = row.get("list") or "", (row.get("geonames_id") or "").strip()
            if kind not in lists or not gid.isdigit():
                raise ValueError(f"{path.name}: data row {number}: unknown list {kind!r} or id {gid!r}")
            names = [name for name in (row.get("names") or "").split("|") if name]
            lists[kind].setdefault(int(gid), []).extend(names)
    return lists


_HAND = read_hand_lists()
NOT_NAMES: dict[int, list[str]] = _HAND["not_name"]
SHADOWING: dict[int, list[str]] = _HAND["shadowing"]
PREFERRED: dict[int, list[str]] = _HAND["preferred"]
EXTRA_IDS: list[int] = list(_HAND["extra"])
