"""A sentence's full stop that the parse left on a place name is no part of the name."""

from __future__ import annotations

from parley.knowledge import load_knowledge
from parley.knowledge._places import resolve_place


def test_knowledge_place_stops_closing_stop_is_dropped() -> None:
    # "trained 80 of its officers at Kochi.": the model's place entity took the full stop
    place = resolve_place(load_knowledge().gazetteer, "Kochi.", "IND")
    assert place.extracted_place == "Kochi"
    assert place.resolved_place == "Kochi" and place.country_code == "IND"


def test_knowledge_place_stops_unknown_name_loses_its_stop_too() -> None:
    place = resolve_place(load_knowledge().gazetteer, "Lokiriama.")
    assert place.extracted_place == "Lokiriama"


def test_knowledge_place_stops_shortened_words_keep_their_stop() -> None:
    gaz = load_knowledge().gazetteer
    assert resolve_place(gaz, "Washington D.C.").extracted_place == "Washington D.C."
    assert resolve_place(gaz, "St.").extracted_place == "St."
