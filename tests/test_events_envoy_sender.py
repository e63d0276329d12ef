"""An envoy recalled in the passive with no state of its own in its phrase belongs to the state the
sentence before is about; its post names the host, never the sender."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_envoy_sender_its_ambassador_of_previous_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LONDON, May 3 - Uganda called the border closure a hostile act on Monday. "
        "Its ambassador in Nairobi was recalled on Tuesday."
    )
    assert roles_of_type(pipeline, text, "SANCTION") == [(["UGA"], ["KEN"])]


def test_envoy_sender_named_sender_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the post ("in Nairobi") names the host, never the envoy's own state
    text = (
        "LONDON, May 3 - Uganda accused Kenya of hostility on Monday. "
        "The Ugandan ambassador in Nairobi was recalled on Tuesday."
    )
    assert roles_of_type(pipeline, text, "SANCTION") == [(["UGA"], ["KEN"])]


def test_envoy_sender_titled_name_recalled(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Ambassador <name>": the parser hangs the title on the surname, which is the subject; the named
    # envoy's own state recalls him from the state the sentence is set in
    text = "WASHINGTON, May 7 - Ambassador Anatoly Antonov was recalled for consultations on Tuesday."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["RUS"], ["USA"])]
