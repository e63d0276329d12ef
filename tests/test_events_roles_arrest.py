"""Arrests told in the passive, with no one named as making them: whose people were held."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_roles_arrest_in_one_state_of_the_pair_holds_the_others_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # people of no nationality said, held where one state of the story's pair rules: the other's
    text = (
        "Colombia accused Venezuela on Monday of sheltering smugglers on the border.\n\n"
        "Venezuela rejected the charge, and Bogota summoned its envoy.\n\n"
        "The men were arrested in Cucuta in February."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["COL"], ["VEN"])]


def test_events_roles_arrest_of_those_pointed_back_to_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "those arrested" points back to people the story told of, not to the other state of the pair
    text = (
        "Colombia accused Venezuela on Monday of sheltering smugglers on the border.\n\n"
        "Venezuela rejected the charge, and Bogota summoned its envoy.\n\n"
        "Those arrested in Cucuta were charged on Friday."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["COL"], ["COL"])]


def test_events_roles_arrest_past_tense_relative_is_passive(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "lorries seized last month at Oruro": a reduced relative the parser tags as a past tense; the
    # lorries suffered the seizure, made by the state of the town it happened in
    text = "Bolivian customs on Thursday returned 15 Chilean lorries seized last month at Oruro."
    assert roles_of_type(pipeline, text, "COERCE") == [(["BOL"], ["CHL"])]


def test_events_roles_arrest_relative_read_as_main_verb_is_passive(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "reporters detained near Tacna ... were released": the sentence's verb is "were released"; the
    # reporters were detained, by the state of Tacna (the rules' reading: the learned coder's role
    # labeller replaces an actor not named in the sentence)
    text = (
        "Two Chilean radio reporters detained near Tacna while covering a strike by miners were released "
        "on Sunday and driven to the border."
    )
    assert roles_of_type(rules_pipeline, text, "COERCE") == [(["PER"], ["CHL"])]


def test_events_roles_arrest_without_place_is_the_story_holders(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a seizure with no doer and no place, after the story told Gabon let Cameroonians go: Gabon's
    text = (
        "YAOUNDE, May 3 - Gabon released 40 Cameroonian traders on Tuesday after Yaounde protested.\n\n"
        "Their goods were confiscated."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["GAB"], ["CMR"])]


def test_events_roles_arrest_without_place_after_a_release_is_the_releasers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the arrest of the one let go, told after the release with no place: by the state that let go
    text = (
        "LIMA - Peru on Monday freed a Chilean geologist held for a year.\n\n"
        "Ramos was arrested in March while photographing a military base."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["PER"], ["CHL"])]
