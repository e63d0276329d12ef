"""Resolve place names offline with the bundled gazetteer.

A building or venue ("the White House", "the Kremlin") is reported as the city it stands
in, which the gazetteer gives by its coordinates: the main town close by.
"""

from __future__ import annotations

import math
from typing import Any

from ..document import Place

__all__ = ["WATER_CODES", "is_water", "resolve_place", "resolve_place_in", "venue_city"]

#: GeoNames feature codes of buildings and venues inside a town (places_extra.tsv).
VENUE_CODES = {"BLDG", "PAL", "CSTL", "GOVL", "ADMF", "HQ"}
#: GeoNames feature codes of seas, gulfs, straits and lakes (places_extra.tsv): places, but no towns
#: where a story is told from (training gold names "South China Sea" as an event's place 1 of 12 times).
WATER_CODES = {"SEA", "OCN", "GULF", "BAY", "STRT", "LK", "CHN"}
#: How far (km) a venue may stand from the centre of the town it belongs to.
_VENUE_RADIUS_KM = 30.0
_towns_cache: dict[int, tuple[Any, list[Any]]] = {}


def _towns(gazetteer: Any) -> list[Any]:
    """The gazetteer's populated places (read once per gazetteer)."""
    key = id(gazetteer)
    if key not in _towns_cache or _towns_cache[key][0] is not gazetteer:
        index = getattr(gazetteer, "_index", {})
        seen: dict[int, Any] = {}
        for bucket in index.values():
            for entry in bucket:
                if entry.feature_code.startswith("PPL") and entry.population > 0:
                    seen[id(entry)] = entry
        _towns_cache[key] = (gazetteer, list(seen.values()))
    return _towns_cache[key][1]


def is_water(entry: Any) -> bool:
    """Whether a gazetteer entry is a body of water (a sea, gulf, strait or lake), not a town."""
    return entry is not None and entry.feature_code in WATER_CODES


def _km(a: Any, b: Any) -> float:
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def venue_city(gazetteer: Any, entry: Any) -> Any | None:
    """The town a venue entry stands in: of its country's towns within reach, the one that
    weighs most by population over squared distance (the capital beside a palace, not the
    larger port twenty kilometres off). The national capital within reach wins outright: a seat
    of government stands in it even where a larger town surrounds it (Rashtrapati Bhavan is in New
    Delhi, not Delhi; Bayan Palace in Kuwait City, not Hawalli)."""
    if entry is None or entry.feature_code not in VENUE_CODES:
        return None
    near = [
        town
        for town in _towns(gazetteer)
        if (entry.country is None or town.country == entry.country)
        and abs(town.lat - entry.lat) < 0.5
        and _km(town, entry) <= _VENUE_RADIUS_KM
    ]
    capital = next((town for town in near if town.feature_code == "PPLC"), None)
    if capital is not None:
        return capital
    return max(near, key=lambda t: t.population / max(_km(t, entry), 1.5) ** 2, default=None)


def _without_closing_stop(name: str) -> str:
    """``name`` without a sentence's full stop the parse left on it ("trained officers at Kochi."); a
    stop that shortens its last word stays ("Washington D.C.", "St."). Training (932 documents): one
    predicted place ended so, unresolved until the stop went."""
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if last.endswith(".") and len(last) > 3 and "." not in last[:-1] else name


def resolve_place_in(gazetteer: Any, name: str, country: str) -> Place:
    """A Place for a name that a written region puts in ``country`` ("BRUSSELS, Wisconsin", "Santa
    Cruz, Bolivia"): a namesake the gazetteer holds only abroad is never it, so the town keeps the
    region's state without the namesake's coordinates."""
    place = resolve_place(gazetteer, name, country)
    if place.country_code is None or place.country_code == country:
        return place
    return Place(extracted_place=place.extracted_place, country_code=country)


def resolve_place(gazetteer: Any, name: str, country: str | None = None) -> Place:
    """A Place for a name; unresolved names keep only the extracted text; a venue resolves
    to the town it stands in ("White House" -> Washington)."""
    name = _without_closing_stop(name[4:] if name.lower().startswith("the ") else name)
    entry = gazetteer.lookup(name, country)
    if entry is None:
        return Place(extracted_place=name)
    entry = venue_city(gazetteer, entry) or entry
    return Place(
        extracted_place=name,
        resolved_place=entry.name,
        country_code=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        feature_code=entry.feature_code,
    )
