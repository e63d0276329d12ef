"""Groups placed in two states and the people two states' authorities act on together
(parley.events._phrase_entities, parley.events._phrases.joint_authorities)."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.document import Entity
from parley.events._phrases import joint_authorities


def test_events_joint_authorities_police_in_two_states_are_of_both(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Serbia and Bosnia and Herzegovina arrested fourteen people in coordinated raids on Tuesday."
    assert roles_of_type(pipeline, text, "COERCE") == [(["BIH", "SRB"], ["BIH", "SRB"])]


def test_events_joint_authorities_need_two_states_authorities() -> None:
    police = [Entity(code="SRB", sector="COP"), Entity(code="BIH", sector="COP")]
    assert joint_authorities(police, "COERCE") == ["SRB", "BIH"]
    assert joint_authorities(police[:1], "COERCE") == []  # one state: its own people, read as before
    assert joint_authorities([police[0], Entity(code="BIH", sector="CVL")], "COERCE") == []
    assert joint_authorities(police, "ACCUSE") == []  # not an act done to people at home
