"""A demand for the release of one's own people is made of whoever holds them
(parley.events._release_demand.release_demanded_of)."""

from __future__ import annotations

from _events_setup import roles_of_type

_HELD = "SANTIAGO, May 3 - Argentine police detained four Chilean lorry drivers at the Cristo Redentor crossing.\n\n"


def test_release_demand_owner_of_the_release_goes_to_the_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _HELD + "Chile's foreign ministry summoned Argentina's ambassador to demand the drivers' release."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["CHL"], ["ARG"])]


def test_release_demand_bail_for_the_people_goes_to_the_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _HELD + "Chile's consulate in Mendoza sought bail for the drivers."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["CHL"], ["ARG"])]


def test_release_demand_of_another_thing_keeps_its_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a demand of one's own people that asks for no release is left to them
    text = _HELD + "Chile's transport minister urged the drivers to stay calm."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["CHL"], ["CHL"])]
