"""A counted phrase of people ("the two men", "the two presidents") stands for the people the article
named, not for the two sides of a third party's event told before them."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_pair_people_men_skip_the_sides_of_another_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "U.S. presses Uganda on embassy\n\n"
        "The United States urged Uganda on Sunday to reopen its embassy in Washington, and Uganda rejected "
        "the demand. Kenyan President William Ruto was in Arusha with Tanzanian President Samia Suluhu Hassan "
        "on Monday, and the two men pledged to reopen the border."
    )
    assert _events(pipeline, text, "AGREE") == [(["KEN", "TZA"], [])]


def test_events_pair_people_presidents_keep_a_pair_of_named_presidents(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
        "The two presidents agreed to meet again in Nairobi."
    )
    assert _events(pipeline, text, "AGREE", outlet="KEN")[-1] == (["KEN", "TZA"], [])
