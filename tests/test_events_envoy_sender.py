"""An envoy recalled in the passive with no state of its own in its phrase belongs to the state the
sentence before is about; its post names the host, never the sender."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_envoy_sender_its_ambassador_of_previous_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "NAIROBI, May 3 - Somalia called the port deal an act of aggression on Monday. "
        "Its ambassador in Addis Ababa was recalled on Tuesday."
    )
    assert roles_of_type(pipeline, text, "SANCTION") == [(["SOM"], ["ETH"])]


def test_envoy_sender_named_sender_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the post ("in Addis Ababa") names the host, never the envoy's own state
    text = (
        "NAIROBI, May 3 - Somalia accused Ethiopia of aggression on Monday. "
        "The Somali ambassador in Addis Ababa was recalled on Tuesday."
    )
    assert roles_of_type(pipeline, text, "SANCTION") == [(["SOM"], ["ETH"])]
