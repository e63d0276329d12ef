"""A town's GeoNames alternate that is an ordinary English word is no name of the town."""

from __future__ import annotations

from parley.knowledge import load_knowledge


def test_knowledge_common_word_places_port_alone_is_no_town() -> None:
    # GeoNames lists "Port" among the names of Le Port (Reunion): "the Port" made Reunion a recipient
    gaz = load_knowledge().gazetteer
    assert gaz.lookup("Port") is None
    town = gaz.lookup("Le Port")
    assert town is not None and town.country == "REU"
    assert gaz.lookup("More") is None and gaz.lookup("Side") is None
