"""A state's own measure told in the passive with nobody named as taking it: the story's state did."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_agentless_curfew_lifted_by_the_state_where_it_was(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BAMAKO, March 4 - Mali imposed a curfew on the town of Gao after clashes between herders last week.\n\n"
        "The curfew in Gao was lifted on Sunday evening."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["MLI"]]


def test_agentless_sentence_commuted_by_the_home_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MINSK, May 2 - A court in Belarus jailed two Polish anglers for a year for crossing the border.\n\n"
        "The sentence was commuted to a fine after an appeal by their families."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "CONCEDE")] == [["BLR"]]


def test_agentless_call_on_the_public_is_the_home_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ABUJA, June 9 - Nigeria closed two border posts after an attack on a customs patrol.\n\n"
        "Traders have been asked to use the main road until further notice."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "REQUEST")] == [["NGA"]]


def test_agentless_doer_named_but_uncoded_is_not_guessed(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BANJUL, July 1 - Gambia suspended two ferries after an inspection at the port.\n\n"
        "The operators said they would carry out the repairs demanded by the inspectors."
    )
    assert roles_of_type(pipeline, text, "REQUEST") == []


def test_agentless_people_pardoned_by_the_state_holding_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nobody named as pardoning: only the state that holds the prisoners can, the dateline's here
    text = (
        "DODOMA, May 2 - Tanzania freed 900 inmates to mark the union's anniversary.\n\n"
        "Among those pardoned were 12 Kenyan traders held for smuggling."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "CONCEDE")] == [["TZA"]]
