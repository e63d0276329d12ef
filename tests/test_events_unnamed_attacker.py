"""Attacks told in the passive with no attacker named (parley.events._unnamed_attacker)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_unnamed_attacker_is_the_other_state_of_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of Latvia and Russia: the Latvian patrol fired upon was attacked from the Russian side
    text = (
        "Latvia summoned Russia's ambassador on Monday over a string of incidents on the border.\n\n"
        "Russia denied that its guards had crossed into Latvia.\n\n"
        "On Sunday night a Latvian patrol was fired upon near the river."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["RUS"], ["LVA"])]


def test_events_unnamed_attacker_needs_a_pair_of_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of one state only: nothing tells who fired
    text = "Latvia opened a new border post on Monday.\n\nA Latvian patrol was fired upon near the river."
    assert roles_of_type(pipeline, text, "ASSAULT") == []


def test_events_unnamed_attacker_not_for_a_casualty_count(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "were killed" with no doer counts the dead of a fight, and is no attack of its own
    text = (
        "Latvia summoned Russia's ambassador on Monday over a string of incidents on the border.\n\n"
        "Russia denied that its guards had crossed into Latvia.\n\n"
        "Two Latvian guards were killed, the ministry said."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == []


def test_events_unnamed_attacker_unclaimed_bomb_is_coded_where_it_went_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nobody named but the device: a bombing told as one at home, in the state of the town it hit
    text = "A bomb hidden in a fruit stall exploded in the central market in Osh on Friday, killing four people."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["KGZ"], ["KGZ"])]


def test_events_unnamed_attacker_unclaimed_bomb_in_a_vehicle(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a van loaded with explosives": the bomb is told inside the vehicle's phrase
    text = "A van loaded with explosives blew up near a police station in Mombasa, wounding six officers."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["KEN"], ["KEN"])]


def test_events_unnamed_attacker_not_for_a_device_of_a_named_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the shell is said to be someone's: it is not an unclaimed bombing at home
    text = "An Armenian shell exploded in a field near Tovuz, the Azerbaijani defence ministry said."
    assert (["AZE"], ["AZE"]) not in roles_of_type(pipeline, text, "ASSAULT")


def test_events_unnamed_attacker_gunmen_striking_foreigners_are_of_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # gunmen of no named state who hit foreigners are told as armed men of the state where it happened
    text = "Gunmen kidnapped three Ghanaian engineers from a road camp near Kaya on Thursday, the ministry said."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["BFA"], ["GHA"])]


def test_events_unnamed_attacker_gunmen_striking_their_own_state_stay_stateless(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the victims are of the place's state: nothing ties the gunmen to it
    text = "Gunmen ambushed a Burkinabe army patrol near Kaya on Thursday, the ministry said."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["IMG"], ["BFA"])]


def test_events_unnamed_attacker_gunmen_not_placed_where_they_fled(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the place names where they went after, in another clause: not where the raid took place
    text = "Gunmen seized a Burkinabe customs officer as they fled across the river into Niger on Friday."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["IMG"], ["BFA"])]


def test_events_unnamed_attacker_gunmen_placed_by_the_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the clause names no place: the raid is where the dateline files the story from (the dateline is no raider)
    text = "OUAGADOUGOU, May 3 - Gunmen kidnapped three Ghanaian engineers from a road camp on Thursday."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["BFA"], ["GHA"])]


def test_events_unnamed_attacker_gunmen_with_no_place_nor_dateline_stay_stateless(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen kidnapped three Ghanaian engineers from a road camp on Thursday."
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["IMG"], ["GHA"])]
