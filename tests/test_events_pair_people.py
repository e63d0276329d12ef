"""A counted phrase of people ("the two men", "the two presidents") stands for the people the article
named, not for the two sides of a third party's event told before them."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_pair_people_men_skip_the_sides_of_another_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "France presses Togo on visas\n\n"
        "France asked Togo on Sunday to drop its new visa fees, and Togo refused. Ghanaian President John "
        "Mahama spent Monday in Abuja with Nigerian President Muhammadu Buhari; the two men promised to "
        "build a coastal railway."
    )
    assert _events(pipeline, text, "AGREE") == [(["GHA", "NGA"], [])]


def test_events_pair_people_presidents_keep_a_pair_of_named_presidents(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ghanaian President John Mahama received Nigerian President Muhammadu Buhari in Accra on Monday. "
        "The two presidents agreed to open a shared customs post."
    )
    assert _events(pipeline, text, "AGREE", outlet="GHA")[-1] == (["GHA", "NGA"], [])
