"""Recipients read from the phrases around a trigger's object: to whom a trigger noun is handed, and
whose the people a state acts on are."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_roles_objects_noun_sent_to_a_state_is_aimed_at_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea sent an ultimatum to South Korea on Sunday."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["PRK"], ["KOR"])]


def test_events_roles_objects_listed_states_inside_the_object_are_all_targets(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the first state named inside the object brings the states listed with it, not one named further on
    text = "Canada announced it has forgiven C$120 million of debt owed by Haiti and Guyana."
    assert roles_of_type(pipeline, text, "AID") == [(["CAN"], ["GUY", "HTI"])]


def test_events_roles_objects_people_from_a_state_are_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "from Equatorial Guinea" on the verb: the fishermen are still that state's
    text = "Gabonese gendarmes detained 14 fishermen from Equatorial Guinea off the islet of Mbanie on Wednesday."
    assert roles_of_type(pipeline, text, "COERCE") == [(["GAB"], ["GNQ"])]


def test_events_roles_objects_people_from_a_named_village(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kyrgyz police arrested three men from the Kazakh village on suspicion of murder."
    assert roles_of_type(pipeline, text, "COERCE") == [(["KGZ"], ["KAZ"])]


def test_events_roles_objects_foreigners_among_the_held_join_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peruvian police said they had detained 37 people, including 11 Ecuadorean nationals."
    assert roles_of_type(pipeline, text, "COERCE") == [(["PER"], ["ECU", "PER"])]


def test_events_roles_objects_people_from_home_stay_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan police detained 14 protesters from Mombasa on Wednesday."
    assert roles_of_type(pipeline, text, "COERCE") == [(["KEN"], ["KEN"])]


def test_events_roles_objects_lowercase_south_korean_is_south_korea(pipeline) -> None:  # type: ignore[no-untyped-def]
    # North Korean state media write "south Korean" in lower case
    text = "The Korean People's Army sent an ultimatum to the south Korean military authorities on Sunday."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["PRK"], ["KOR"])]


def test_events_roles_objects_go_between_acts_on_both_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Qatari foreign minister shuttled between Kabul and Islamabad on Monday."
    assert roles_of_type(pipeline, text, "CONSULT") == [(["QAT"], ["AFG", "PAK"])]


def test_events_roles_objects_envoy_called_in_is_summoned(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser reads the particle "in" as a preposition: the envoy after it is still the object
    text = "Poland's foreign ministry called in the Belarusian ambassador on Tuesday."
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["POL"], ["BLR"])]


def test_events_roles_objects_refusal_is_aimed_at_whom_the_refused_act_was_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia declined to issue visas to Georgian officials."
    assert roles_of_type(pipeline, text, "REJECT") == [(["RUS"], ["GEO"])]
