"""One known only as inside a body speaks for it ("a source in the Russian defence ministry";
event_words insider_noun, insider_prep); one who speaks for a body is of it ("a spokesman for
the ministry": voice_noun, voice_prep)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_insiders_source_in_a_ministry_is_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Georgia said Russian troops had moved boundary markers near the village. "
        "A source in the Russian defence ministry warned Georgia that any provocation would be met with force."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "THREATEN", outlet="GBR")] == [["RUS"]]


def test_events_insiders_source_with_no_body_is_no_guess(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a source" alone names no one: the threat is not given to the story's state
    text = (
        "Georgia said Russian troops had moved boundary markers near the village. "
        "A source warned Georgia that any provocation would be met with force."
    )
    assert all("RUS" not in actors for actors, _ in roles_of_type(pipeline, text, "THREATEN", outlet="GBR"))


def test_events_insiders_spokesman_for_a_ministry_is_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a spokesman for the Belarusian foreign ministry" speaks for Belarus, not for the story's Lithuania
    text = (
        "Lithuania closed two crossings on its border with Belarus on Monday. "
        "A spokesman for the Belarusian foreign ministry warned Lithuania that it would bear responsibility."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "THREATEN", outlet="LTU")] == [["BLR"]]
