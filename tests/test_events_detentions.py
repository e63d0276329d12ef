"""Harm done to people in someone's hands, told with no doer (parley.events._detentions)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_detentions_beaten_detainees_are_the_detainers_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "several of the detainees" names the people by no noun the arrest used: the story's detainer beat them
    text = (
        "Liberia recalled its ambassador from Conakry on Wednesday after Guinean gendarmes detained 17 Liberian "
        "traders at a market in Macenta.\n\n"
        "Liberia's foreign minister said several of the detainees had been beaten in custody."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["GIN"], ["LBR"])]


def test_events_detentions_beating_with_no_hold_told_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nobody held anyone and nothing speaks of custody: no doer can be told
    text = "Kenya and Ethiopia held talks on the border on Monday.\n\nThe men had been beaten, a witness said."
    assert roles_of_type(pipeline, text, "ASSAULT") == []


def test_events_detentions_beaten_in_custody_of_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no detention told, but the story speaks of custody: one side's people were beaten by the other
    text = (
        "Three Mozambican traders died in police custody in Malawi last week.\n\n"
        "Mozambique summoned Malawi's envoy, and Malawi promised an inquiry.\n\n"
        "A post-mortem found that the Mozambican traders had been beaten."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["MWI"], ["MOZ"])]


def test_events_detentions_taken_in_a_relative_clause_is_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "it had detained": the release also tells the arrest before it, by the releaser, of those it frees
    text = "Ghana on Thursday freed three Togolese traders it had detained at the Aflao crossing in March."
    assert roles_of_type(pipeline, text, "COERCE") == [(["GHA"], ["TGO"])]


def test_events_detentions_held_in_a_relative_clause_is_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "it had held" only says who is freed: no detention of its own
    text = "Ghana on Thursday freed three Togolese traders it had held since March."
    assert roles_of_type(pipeline, text, "COERCE") == []


def test_events_detentions_filed_cases_in_a_relative_clause_name_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a past-perfect clause of an act that is no taking still only names its noun
    text = "Ghana agreed to withdraw the complaints it had lodged against Togo."
    assert roles_of_type(pipeline, text, "ACCUSE") == []


def test_events_detentions_goods_handed_back_on_a_day_are_their_takers_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "on Thursday" times the return: no receiver is named, so the navy that seized the boats gave them back
    text = (
        "The Senegalese navy seized the canoes of six Gambian fishermen on Sunday.\n\n"
        "Their canoes were handed back on Thursday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["SEN"], ["GMB"])]


def test_events_detentions_goods_handed_back_with_others_are_their_takers_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "with their engines" says what went back along with them, not who received them
    text = (
        "The Senegalese navy seized the canoes of six Gambian fishermen on Sunday.\n\n"
        "The men's canoes were handed back with their engines."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["SEN"], ["GMB"])]


def test_events_detentions_goods_handed_back_to_their_owners_are_their_takers_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "to their owners" names the goods' own people, no other party receiving them
    text = (
        "Zambian customs officers impounded 30 Malawian lorries at the border on Monday.\n\n"
        "Twelve of the lorries had been handed back to their owners by Wednesday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["ZMB"], ["MWI"])]


def test_events_detentions_goods_given_back_are_their_takers_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Senegalese navy seized the canoes of six Gambian fishermen on Sunday.\n\n"
        "Their canoes were given back on Thursday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["SEN"], ["GMB"])]


def test_events_detentions_goods_handed_back_to_a_state_are_read_from_the_receiver(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a receiver named after "to": the handover rule reads the giver from the story, as before
    text = (
        "The Senegalese navy seized the canoes of six Gambian fishermen on Sunday.\n\n"
        "The canoes were handed back to Gambia on Thursday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["SEN"], ["GMB"])]


def test_events_detentions_people_held_in_a_relative_clause_are_the_held_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "who were held" stands for "herders": what the holder later gives back with them is its own to return
    text = (
        "Nine Ugandan herders who were held for a week by Kenyan police were let go in Kenya on Friday.\n\n"
        "The herders' cattle were handed back with them."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["KEN"], ["KEN"]]
