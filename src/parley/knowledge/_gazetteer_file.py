"""The gazetteer files (gazetteer.tsv, places_extra.tsv, regions.tsv, namesake_divisions.tsv) read into one
:class:`Gazetteer`."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from ..errors import KnowledgeError
from ._model import Gazetteer, GazetteerEntry
from ._tables import _CODE_RE
from ._tsv import check_version

__all__ = ["_load_gazetteer"]

logger = logging.getLogger(__name__)


_GAZETTEER_COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternates",
    "country",
    "lat",
    "lon",
    "population",
    "feature_code",
)


def _check_division(path: Path, lineno: int, country: str, feature: str) -> None:
    """A namesake division row names its state and is first-order: only such rows are kept aside for a
    dateline's region, so a row of another kind would never be read as one, and no error would say so."""
    if feature != "ADM1" or not country:
        raise KnowledgeError(
            f"{path}:{lineno}: a namesake division needs a country and feature_code ADM1 "
            f"(got {country or 'no country'!r}, {feature!r})",
            code="E301",
        )


def _load_gazetteer(files: list[Path]) -> Gazetteer:
    """The places of all gazetteer files, a later file's row replacing an earlier one with the same id
    (or name and country, for a row with no id)."""
    started = time.perf_counter()
    merged: dict[object, tuple[GazetteerEntry, list[str]]] = {}
    for path in files:
        # The bundled file has ~34,000 rows: parse it with a tight loop, not read_table.
        table = {
            "gazetteer.tsv": "gazetteer",
            "regions.tsv": "regions",
            "namesake_divisions.tsv": "namesake_divisions",
        }.get(path.name, "places_extra")
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeError(f"{path}: cannot read gazetteer: {exc}", code="E306") from exc
        header: list[str] | None = None
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line or line.startswith("#"):
                if header is None and line.startswith("#"):
                    check_version(path, lineno, line, table)
                continue
            fields = line.rstrip("\r").split("\t")
            if header is None:
                header = fields
                if tuple(fields) != _GAZETTEER_COLUMNS:
                    raise KnowledgeError(
                        f"{path}:{lineno}: gazetteer header must be {' '.join(_GAZETTEER_COLUMNS)} (tab-separated)",
                        code="E302",
                    )
                continue
            if len(fields) != 9:
                raise KnowledgeError(f"{path}:{lineno}: {len(fields)} tab-separated fields, expected 9", code="E301")
            gid, name, ascii_name, alternates, country, lat, lon, population, feature = fields
            if not name:
                raise KnowledgeError(f"{path}:{lineno}: empty 'name'", code="E301")
            try:
                entry = GazetteerEntry(
                    int(gid) if gid else None,
                    name,
                    country or None,
                    float(lat),
                    float(lon),
                    int(population) if population else 0,
                    feature or "PPL",
                )
            except ValueError as exc:
                raise KnowledgeError(
                    f"{path}:{lineno}: bad number ({exc}) in geonameid/lat/lon/population",
                    code="E304",
                ) from None
            if country and not _CODE_RE.match(country):
                raise KnowledgeError(f"{path}:{lineno}: country {country!r} is not an ISO3 code", code="E301")
            if table == "namesake_divisions":
                _check_division(path, lineno, country, entry.feature_code)
            others = [ascii_name] if ascii_name and ascii_name != name else []
            if alternates:
                others.extend(alternates.split("|"))
            merged[entry.geonameid if entry.geonameid is not None else (name, country)] = (
                entry,
                others,
            )
        if header is None:
            raise KnowledgeError(f"{path}: no header row", code="E302")
    gazetteer = Gazetteer(merged.values())
    logger.debug(
        "gazetteer: %d places from %d file(s) in %.2f s",
        len(gazetteer),
        len(files),
        time.perf_counter() - started,
    )
    return gazetteer
