"""Holders guessed from the story: forces withdrawn in the passive, goods taken in the passive."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_holders_forces_pulled_back_by_their_own_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Armenia accused Azerbaijan on Monday of shelling two border villages.\n\n"
        "Azerbaijan denied the charge and accused Armenia of provocations.\n\n"
        "Armenian troops who had been moved up to the villages were pulled back to their barracks on Friday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["ARM"], ["AZE"])]


def test_events_holders_forces_pulled_back_by_whoever_sent_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Greece protested to Turkey on Monday over a survey ship in the Aegean.\n\n"
        "A frigate that Ankara sent to the area at the weekend has since been pulled back to port."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["TUR"]]


def test_events_holders_forces_pulled_out_are_those_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Russian regiment held a night exercise close to the Estonian border in May.\n\n"
        "Tallinn protested, and the regiment was pulled out within a month."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "RETREAT")] == [["RUS"]]


def test_events_holders_goods_taken_by_the_named_holder_not_a_guessed_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the detention told by a bare participle has only a guessed doer; the release names Mauritania
    text = (
        "DAKAR - Mauritanian authorities on Tuesday released 23 Senegalese fishermen detained last week off "
        "Nouadhibou, the Senegalese fisheries ministry said.\n\n"
        "Their nets were returned, but the catch was confiscated."
    )
    assert roles_of_type(pipeline, text, "COERCE")[-1] == (["MRT"], ["SEN"])
