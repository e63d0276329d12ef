"""A place name several countries share is, in a story, the namesake in a state the story names: an
abduction "near Kuito" in a story of Angola hit Angola, not Ecuador (whose capital GeoNames also spells
"Kuito")."""

from __future__ import annotations

from _events_setup import read_context, roles_of_type

_STORY = (
    "LUANDA, 15 September - Angola's government said on Monday that gunmen had seized a convoy of aid lorries.\n\n"
    "The Angolan army has sent troops to the central highlands.\n\n"
)


def _clause_country(pipeline, text: str, verb: str) -> str | None:  # type: ignore[no-untyped-def]
    """The country of the clause place parley gives the act ``verb`` in ``text``."""
    ctx = read_context(pipeline, text)
    trigger = next(t for t in ctx.sdoc if t.text == verb)
    place = ctx.clause_place(trigger)
    return None if place is None else place.country_code


def test_events_story_places_namesake_in_the_story_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Rebels attacked a police post near Kuito on Sunday."
    roles = roles_of_type(pipeline, text, "ASSAULT")
    assert roles and all("ECU" not in actors + recipients for actors, recipients in roles)


def test_events_story_places_seat_city_beats_a_story_state_namesake(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Geneva, Illinois is a town of a state the story names, but the Swiss city that seats
    international bodies is far larger: talks there are in Switzerland."""
    text = (
        "Envoys of Canada and the United States sat down in Geneva on Monday to discuss fishing quotas.\n\n"
        "Canada said the talks would go on for a second day."
    )
    ctx = read_context(pipeline, text)
    assert {"USA", "CAN"} <= ctx.story_states
    town = ctx.town("Geneva")
    assert town is not None and town.country == "CHE"


def test_events_story_places_a_qualified_namesake_stays_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A seat city's name the text itself qualifies with a region of another state ("Geneva,
    Illinois") is the story state's town, not the Swiss city."""
    text = (
        "Deputies in Geneva, Illinois, detained three Canadian hikers on Tuesday near a rail yard.\n\n"
        "The United States said Canada's consul had been told."
    )
    assert _clause_country(pipeline, text, "detained") == "USA"


def test_events_story_places_a_new_clause_after_the_city_is_no_qualifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A place name opening the next clause ("in Geneva, Ottawa said") does not qualify the seat
    city: the talks stay in Switzerland."""
    text = (
        "Envoys of Canada and the United States sat down in Geneva, Ottawa said on Monday.\n\n"
        "Canada said the talks would go on for a second day."
    )
    assert _clause_country(pipeline, text, "sat") == "CHE"


def test_events_story_places_a_framing_qualified_namesake_stays_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A fronted "In Geneva, Illinois, ..." frames the act with the story state's town, as the
    in-clause form does."""
    text = (
        "In Geneva, Illinois, a Canadian consul said on Tuesday that deputies had detained three hikers.\n\n"
        "The United States said Canada's consul had been told."
    )
    assert _clause_country(pipeline, text, "detained") == "USA"


def test_events_story_places_a_qualifier_places_a_seat_city_in_an_unnamed_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A written region wins for a seat city even when the story names no party of that state:
    "Vienna, Virginia" is the American town, "Vienna, Austria" the capital."""
    text = "Fishery officials of Peru and Chile sat down in Vienna, Virginia, on Thursday over squid quotas."
    assert _clause_country(pipeline, text, "sat") == "USA"
    text = "Fishery officials of Peru and Chile sat down in Vienna, Austria, on Thursday over squid quotas."
    assert _clause_country(pipeline, text, "sat") == "AUT"


def test_events_story_places_a_venue_qualifier_is_no_meeting_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The country written after a meeting's venue ("talks in Geneva, Switzerland") says where the
    venue lies; it is not a side of the talks."""
    text = "Trade envoys of Peru and Chile held two rounds of talks in Geneva, Switzerland, on Thursday."
    roles = roles_of_type(pipeline, text, "CONSULT")
    assert roles and all("CHE" not in recipients for _actors, recipients in roles)
    text = "A Peruvian trade envoy held two rounds of talks in Geneva, Switzerland, on Thursday."
    roles = roles_of_type(pipeline, text, "CONSULT")
    assert roles and all("CHE" not in recipients for _actors, recipients in roles)


def test_events_story_places_a_qualifier_keeps_a_seat_city_with_no_namesake_in_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A seat city whose only namesake the gazetteer knows lies abroad, qualified by a region of
    another state ("Brussels, Wisconsin"), is a town of that state, not the Belgian capital."""
    text = "Fishery officials of Peru and Chile sat down in Brussels, Wisconsin, on Thursday over squid quotas."
    assert _clause_country(pipeline, text, "sat") == "USA"


def test_events_story_places_a_state_named_like_a_country_qualifies_as_a_dateline_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A region that is a country's name and also an American state ("Vienna, Georgia") is read as a
    dateline's region is: the town lies in the state, not in the Caucasus republic, which has none."""
    text = "Poultry inspectors of Brazil and Chile met in Vienna, Georgia, on Friday to compare test results."
    assert _clause_country(pipeline, text, "met") == "USA"
    assert pipeline.knowledge.region_country("Georgia", "Vienna") == "USA"
