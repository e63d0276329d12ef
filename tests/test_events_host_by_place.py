"""A meeting, help or cooperation of one party with no receiver named goes to the state it took place
in (events._merging.host_by_place, run by the resolve stage once every event is placed).

The events are made up, not taken from the gold articles.
"""

from __future__ import annotations

from parley.document import Entity, Event, Place
from parley.events._merging import host_by_place


def _event(
    kind: str, actors: list[str], place: str | None, country: str | None, recipients: tuple[str, ...] = ()
) -> Event:
    return Event(
        doc_id="t",
        event=kind,
        actors=[Entity(code=c) for c in actors],
        recipients=[Entity(code=c) for c in recipients],
        place=Place(extracted_place=place, country_code=country) if place else None,
    )


def test_merging_host_by_place_talks_abroad_are_with_the_host() -> None:
    # "KUWAIT - A visiting Bangladeshi envoy sat down with a deputy foreign minister on Sunday"
    event = _event("CONSULT", ["BGD"], "Kuwait", "KWT")
    host_by_place(event)
    assert event.recipient_codes == ["KWT"]
    assert event.actor_codes == ["BGD"]


def test_merging_host_by_place_help_delivered_abroad_goes_to_that_state() -> None:
    # "A Saudi relief agency handed out flour and rice to displaced villagers in Baidoa"
    event = _event("AID", ["SAU"], "Baidoa", "SOM")
    host_by_place(event)
    assert event.recipient_codes == ["SOM"]


def test_merging_host_by_place_keeps_a_meeting_at_home_or_of_a_bloc() -> None:
    at_home = _event("CONSULT", ["KEN"], "Nairobi", "KEN")
    bloc = _event("CONSULT", ["IGO"], "Djibouti", "DJI")  # IGAD's council meets among its members
    pair = _event("CONSULT", ["ERI", "YEM"], "Sanaa", "YEM")  # "spoke by telephone": no guest named
    for event in (at_home, bloc, pair):
        host_by_place(event)
        assert event.recipients == []


def test_merging_host_by_place_keeps_a_named_recipient_and_other_types() -> None:
    named = _event("CONSULT", ["MWI"], "Maputo", "MOZ", recipients=("ZAF",))
    threat = _event("THREATEN", ["IRN"], "Muscat", "OMN")
    unplaced = _event("CONSULT", ["BGD"], None, None)
    for event in (named, threat, unplaced):
        host_by_place(event)
    assert named.recipient_codes == ["ZAF"]
    assert threat.recipients == [] and unplaced.recipients == []


def test_merging_host_by_place_talks_at_a_seat_of_international_bodies_have_no_host() -> None:
    # "The Peruvian delegate spent the afternoon in talks at Vienna": a venue city, not Austria's guest
    venue = _event("CONSULT", ["PER"], "Vienna", "AUT")
    capital = _event("CONSULT", ["PER"], "Lisbon", "PRT")
    for event in (venue, capital):
        host_by_place(event)
    assert venue.recipients == []
    assert capital.recipient_codes == ["PRT"]


def test_merging_host_by_place_a_seat_city_written_with_its_country_has_no_host() -> None:
    # "The Chilean envoy spent two days in talks in Geneva, Switzerland": the written country changes nothing
    written = _event("CONSULT", ["CHL"], "Geneva, Switzerland", "CHE")
    bare = _event("CONSULT", ["CHL"], "Geneva", "CHE")
    for event in (written, bare):
        host_by_place(event)
    assert written.recipients == [] and bare.recipients == []
