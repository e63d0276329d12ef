"""Noun phrases read as actors (parley.events._phrase_entities)."""

from __future__ import annotations

from _events_setup import role_finder, roles_of_type


def test_events_phrase_entities_headline_pair_by_apposition_acts_together(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser reads the second state of "Kenya, Uganda" as an apposition of the first
    text = "Kenya, Uganda agree to reopen their border."
    assert roles_of_type(pipeline, text, "AGREE") == [(["KEN", "UGA"], [])]


def test_events_phrase_entities_headline_pair_before_subject_keeps_its_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the first state of "Peru, Ecuador" is hung off the verb; named first, it acts with the other
    text = "Peru, Ecuador begin joint patrols."
    assert roles_of_type(pipeline, text, "COOPERATE") == [(["PER"], ["ECU"])]


def test_events_phrase_entities_city_and_its_state_are_one_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow, Russia's capital, rejected the plan."
    assert [actors for actors, _ in roles_of_type(pipeline, text, "REJECT")] == [["RUS"]]


def test_events_phrase_entities_officials_in_a_town_are_its_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a role word placed by its own "in" phrase: the town's state's officials (no actor before)
    text = "Officials in Malabo accused Spain of financing the plot."
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["GNQ"], ["ESP"])]


def test_events_phrase_entities_an_official_in_a_state_is_its(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "An official in Greece accused Israel of piracy."
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["GRC"], ["ISR"])]


def test_events_phrase_entities_bare_ministry_is_the_state_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "The ministry" opening a sentence after "Chile has summoned ...": Chile's, not the story's home Norway
    text = (
        "Norway expelled two diplomats from Norway on Monday. Chile has summoned the Norwegian ambassador. "
        "The ministry called the expulsions a disgrace."
    )
    finder = role_finder(pipeline, text)
    ministry = next(t for t in finder.ctx.sdoc if t.text == "ministry")
    assert sorted(e.code for e in finder.np_entities(ministry)) == ["CHL"]
