"""Seas, gulfs, straits and lakes as event places (parley.events._clause_anchors, places_extra.tsv)."""

from __future__ import annotations

from _events_setup import read_context, token_of
from parley.knowledge import load_knowledge
from parley.knowledge._places import is_water


def test_events_clause_anchors_water_bodies_resolve_with_no_state() -> None:
    gaz = load_knowledge().gazetteer
    for name in ("South China Sea", "Gulf of Aden", "Strait of Malacca", "Lake Victoria", "Arabian Gulf"):
        entry = gaz.lookup(name)
        assert entry is not None and not entry.country and is_water(entry), name
    for name in ("Migingo", "Halaib", "Mekong River"):  # disputed or shared: found, but no state's
        entry = gaz.lookup(name)
        assert entry is not None and not entry.country and not is_water(entry), name


def test_events_clause_anchors_water_is_no_stand_in_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In the Caribbean Sea, the Venezuelan navy said Guyanese ships had blocked its patrol craft."
    ctx = read_context(pipeline, text)
    # a town there would be where the story is told from; a sea is not
    assert ctx.clause_place(token_of(ctx, "blocked")) is None
