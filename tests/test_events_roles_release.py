"""Releases told in the passive with nobody named as doing them: the state that held the people did."""

from __future__ import annotations

from datetime import date

from _events_setup import roles_of_type
from parley.document import Article


def test_events_roles_release_in_a_place_is_by_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ghana said on Monday that 14 of its sailors were missing off the coast.\n\n"
        "The sailors were released in Lome on Tuesday."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["TGO"]]


def test_events_roles_release_of_one_sides_people_is_by_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a third country's outlet: the fishermen's nationality, not the story's home, names the other side
    text = (
        "Croatia accused Slovenia on Monday of holding three Croatian fishermen.\n\n"
        "Slovenia denied the charge, and Croatia summoned its envoy.\n\n"
        "The fishermen were freed on Saturday."
    )
    assert roles_of_type(pipeline, text, "RETREAT", outlet="CZE") == [(["SVN"], ["HRV"])]


def test_events_roles_release_of_unknown_people_nowhere_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya and Ethiopia held talks on the border on Monday.\n\n"
        "Ethiopia and Kenya agreed to meet again.\n\n"
        "The men were freed on Saturday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == []


def test_events_roles_release_is_by_whoever_held_the_same_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the release is told in a place of another state: who took the crew, not where they were let go
    text = (
        "The Eritrean navy detained the crew of a Yemeni fishing boat on Monday.\n\n"
        "Yemen protested to Eritrea on Tuesday.\n\n"
        "The crew were released in Djibouti on Saturday."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["ERI"]]


def test_events_roles_release_of_other_people_keeps_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the detention held someone else: the release is read from where it happened, as before
    text = "The Eritrean navy detained two journalists on Monday.\n\nThe sailors were released in Lome on Tuesday."
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["TGO"]]


def test_events_roles_release_of_people_named_by_a_pronoun_is_by_their_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "they" names nobody: the people the sentence before told were held
    text = (
        "The Eritrean navy detained the crew of a Yemeni fishing boat on Monday.\n\n"
        "They were released in Djibouti on Saturday."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["ERI"]]


def test_events_roles_release_of_people_named_by_other_words_is_by_the_storys_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "both men" are the fishermen taken: no place is said, so whoever held anyone in the story let them go
    text = (
        "Gibraltar's police arrested two Spanish fishermen on Tuesday.\n\n"
        "Spain protested to Britain on Wednesday.\n\n"
        "Both men were released on bail within hours."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["GIB"]]


def test_events_roles_release_of_goods_said_to_be_theirs_is_by_who_let_them_go(pipeline) -> None:  # type: ignore[no-untyped-def]
    # whoever released the fishermen held them, and gives back their boats
    text = (
        "Sudan on Friday released 31 Egyptian fishermen detained since June for fishing without permits.\n\n"
        "Their three boats were also returned."
    )
    article = Article(id="t", text=text, published=date(2024, 5, 8))
    (doc,) = list(pipeline.process([article]))
    returned = [e for e in doc.events if e.event == "RETREAT" and any("boats" in m.text for m in e.mentions)]
    assert [e.actor_codes for e in returned] == [["SDN"]]


def test_events_roles_release_of_goods_of_nobody_said_is_not_the_holders(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the sheep were not said to be the arrested men's: the police who held the men need not have had them
    text = (
        "Kyrgyz police arrested three men from a Kazakh village on Monday.\n\n"
        "The interior ministers spoke by phone on Tuesday.\n\n"
        "The sheep were returned on Wednesday."
    )
    assert all(actors != ["KGZ"] for actors, _ in roles_of_type(pipeline, text, "RETREAT"))


def test_events_roles_release_people_allowed_to_go_home_are_let_go_by_their_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "were allowed to go home/return": a release told by its permission, by whoever held the same people
    text = (
        "Croatian police detained six Montenegrin fishermen on Monday.\n\n"
        "The fishermen were allowed to go home on Wednesday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["HRV"], ["MNE"])]


def test_events_roles_release_boat_allowed_to_leave_is_no_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "allowed to leave" after a fine: the training gold codes no release (a boat let sail, 0 of 2)
    text = (
        "Croatian police seized a Montenegrin fishing boat and detained its crew on Monday.\n\n"
        "The boat was allowed to leave after its owner paid a fine."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == []


def test_events_roles_release_of_people_named_by_a_numeral_is_by_the_story_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the three" names no noun, sentences after the detention: the story's latest holder let them go
    text = (
        "Sudanese police detained three Egyptian traders near the border on Monday.\n\n"
        "Egypt's consul travelled to Khartoum on Tuesday.\n\n"
        "Residents of the town staged a sit-in outside the consulate.\n\n"
        "After talks on Wednesday, the three were freed."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["SDN"], ["EGY"])]
