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
