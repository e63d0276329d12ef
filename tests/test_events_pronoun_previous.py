"""A subject "they" opening a sentence and an object "them" its sentence names no one before read in the
sentence before (parley.events._pronoun_previous, parley.events._pronouns), on invented sentences."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_pronoun_previous_they_is_the_doer_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "They" is the police who arrested, not both states of the sentence before; "them" the fishermen taken
    text = "Tanzanian police arrested twelve Kenyan fishermen on Monday. They released them on Friday."
    assert roles_of_type(pipeline, text, "RETREAT") == [(["TZA"], ["KEN"])]


def test_events_pronoun_previous_they_of_a_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The traders' associations in Goma have said they will end the strike against Rwanda's new border fee. "
        "They have vowed to extend the strike to Bukavu if the fee is not scrapped."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "THREATEN")] == [["COD"]]
