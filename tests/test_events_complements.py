"""Targets read from a trigger's gerund or infinitive complement (parley.events._complements)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_complements_target_of_the_gerund_is_the_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story's other party (Armenia) is not whom the visas were stopped for
    text = "Russia and Armenia held talks on Monday. Russia stopped issuing entry visas to citizens of Georgia."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["RUS"], ["GEO"])]


def test_events_complements_object_of_the_infinitive_is_the_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "promised to consult the business community": at home, not the story's other party
    story = "Nepal and India met in Delhi on Monday. "
    text = story + "The Nepalese ministry promised to consult the business community before any new charges."
    assert roles_of_type(pipeline, text, "CONCEDE") == [(["NPL"], ["NPL"])]
