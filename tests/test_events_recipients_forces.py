"""An army's seizures and pullbacks with no target named answer the story's other state; police
acting the same way may deal with their own people."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = (
    "Jordan accused Syria on Monday of letting smugglers cross the frontier.\n\n"
    "Syria rejected the charge, and Amman summoned its envoy.\n\n"
)


def test_events_recipients_forces_army_seizure_answers_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Jordanian troops seized two tonnes of cannabis on Tuesday."
    assert roles_of_type(pipeline, text, "COERCE") == [(["JOR"], ["SYR"])]


def test_events_recipients_forces_army_pullback_answers_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "The Jordanian army pulled back two artillery units on Tuesday."
    assert roles_of_type(pipeline, text, "RETREAT") == [(["JOR"], ["SYR"])]


def test_events_recipients_forces_police_seizure_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Jordanian police seized two tonnes of cannabis on Tuesday."
    assert roles_of_type(pipeline, text, "COERCE") == [(["JOR"], ["JOR"])]
