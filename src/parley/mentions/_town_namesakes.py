"""A one-word name the parser reads as a person's, shared by an office holder and a town abroad.

"the Bush administration" in 2003 is George W. Bush's, not Būsh, an Egyptian town of 136,000: the
people reading drops a surname the gazetteer knows as a large place ("a Sabah trader" is of the
Malaysian state, not of Kuwait's emirs). That guard is right for regions and for towns of the
story's own states; a town (no region) in a state the story never names, against a holder in
office on the article's date whom the parser tagged as a person, is the holder.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

__all__ = ["holder_over_town"]


def holder_over_town(ent: Any, place: Any, holders: list[Any], day: date | None, states: Collection[str]) -> bool:
    """True when ``ent`` (one word the parser tagged PERSON) names one of ``holders`` in office on
    ``day`` rather than ``place``, a populated place (not a region) of a state outside ``states``
    (the states the story names)."""
    if place is None or not str(place.feature_code or "").startswith("PPL") or place.country in states:
        return False
    if not all(t.ent_type_ == "PERSON" for t in ent):
        return False
    return any(h.valid_on(day) for h in holders)
