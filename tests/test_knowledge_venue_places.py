"""A venue written with its town's name ("Khartoum airport") keeps the name as written and resolves to
the town (parley.knowledge._places; the training gold writes such places in full)."""

from __future__ import annotations

from _events_setup import read_context, token_of
from parley.knowledge import load_knowledge
from parley.knowledge._places import is_venue, resolve_place


def test_knowledge_venue_places_written_in_full_resolved_to_the_town() -> None:
    place = resolve_place(load_knowledge().gazetteer, "Harare International Airport")
    assert place.extracted_place == "Harare International Airport"
    assert place.resolved_place == "Harare" and place.country_code == "ZWE"


def test_knowledge_venue_places_other_nouns_stay_unresolved() -> None:
    place = resolve_place(load_knowledge().gazetteer, "Harare Accord")
    assert place.extracted_place == "Harare Accord" and place.resolved_place is None


def test_knowledge_venue_places_clause_place_writes_the_venue(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudanese police arrested two Egyptian journalists at Khartoum airport on Tuesday."
    ctx = read_context(pipeline, text)
    place = ctx.clause_place(token_of(ctx, "arrested"))
    assert place is not None and place.extracted_place == "Khartoum airport"
    assert place.resolved_place == "Khartoum"


def test_knowledge_venue_places_a_court_stays_the_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Georgian farmers sued the Armenian operator in a Tbilisi court in 2005."
    ctx = read_context(pipeline, text)
    place = ctx.clause_place(token_of(ctx, "sued"))
    assert place is not None and place.extracted_place == "Tbilisi"


def test_knowledge_venue_places_a_venue_is_no_town_to_spread() -> None:
    """The resolver spreads no venue to a story's other events (an arrival at an airport is not where
    the talks were)."""
    gaz = load_knowledge().gazetteer
    assert is_venue(resolve_place(gaz, "Sunan International Airport"))
    assert not is_venue(resolve_place(gaz, "Pyongyang"))
    assert not is_venue(resolve_place(gaz, "Port"))
