"""A bare title word right before a name whose noun the story used before with a country: "a Venezuelan
opposition deputy ... Deputy Rafael Montiel entered the residence". The title words alone give no
sector or state ("Deputy" is no office by itself); the earlier noun phrase gives both. Read by the
people reading of the mentions stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._spans import _country_in
from ._title_window import _left_window

__all__ = ["bare_title_told_before"]


def bare_title_told_before(
    ent: Any, entry_at: dict[int, Any], sector_of: Callable[[Any], tuple[str | None, str | None]]
) -> tuple[str, str, str | None] | None:
    """The country, sector and office (of ``sector_of`` over the earlier noun phrase; a private
    person's when it gives none) of the title words right before the name ("Deputy" of
    "Deputy Rafael Montiel"): the nearest earlier lower-case use of the title's last word as a noun,
    with a country among its own modifiers ("a Venezuelan opposition deputy"). None when the words
    before the name are no capitalised title, or that earlier use names no country."""
    window = _left_window(ent)
    if not len(window) or not all(t.is_title and t.pos_ in {"PROPN", "NOUN"} for t in window):
        return None
    if any(i in entry_at for i in range(window.start, window.end)):
        return None  # "Kenyan Deputy X": the window's own country is read elsewhere
    head = window[-1].lower_
    for tok in reversed(ent.doc[: window.start]):
        if tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_ == head:
            phrase = tok.doc[tok.left_edge.i : tok.i + 1]
            code = _country_in(phrase, entry_at)
            if code is None:
                return None
            sector, office = sector_of(phrase)
            return code, sector or "CVL", office
    return None
