"""A seat of government resolves to the national capital it stands in, not a larger town around it.

The sentences are made up, not taken from the gold articles.
"""

from __future__ import annotations

from typing import Any

from parley.knowledge import load_knowledge
from parley.knowledge._places import resolve_place
from test_resolve_rules import resolved


def test_knowledge_venue_capital_seat_of_government_is_in_the_capital() -> None:
    gaz = load_knowledge().gazetteer
    for venue, city in {
        "Rashtrapati Bhavan": "New Delhi",
        "Bayan Palace": "Kuwait City",
        "Jamaica House": "Kingston",
    }.items():
        assert resolve_place(gaz, venue).resolved_place == city, venue


def test_knowledge_venue_capital_other_venues_keep_their_town() -> None:
    gaz = load_knowledge().gazetteer
    assert resolve_place(gaz, "Peace Palace").resolved_place == "The Hague"
    assert resolve_place(gaz, "White House").resolved_place == "Washington"


def test_knowledge_venue_capital_event_at_the_palace_is_placed_in_the_capital(pipeline: Any) -> None:
    text = "The Indian president welcomed Ghana's foreign minister at Rashtrapati Bhavan on Thursday."
    (event,) = resolved(pipeline, text, [("CONSULT", "welcomed", ["IND"])])
    assert event.place is not None
    assert event.place.resolved_place == "New Delhi"
