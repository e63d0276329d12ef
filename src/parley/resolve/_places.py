"""Resolve place names offline with the bundled gazetteer."""

from __future__ import annotations

from typing import Any

from ..document import Place

__all__ = ["resolve_place"]


def resolve_place(gazetteer: Any, name: str, country: str | None = None) -> Place:
    """A Place for a name; unresolved names keep only the extracted text."""
    name = name[4:] if name.lower().startswith("the ") else name
    entry = gazetteer.lookup(name, country)
    if entry is None:
        return Place(extracted_place=name)
    return Place(
        extracted_place=name,
        resolved_place=entry.name,
        country_code=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        feature_code=entry.feature_code,
    )
