"""A deployment against crime is police work aimed at no state; undoing a blockade answers the state
across the border it closed."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = (
    "Jordan accused Syria on Monday of shelling a border village.\n\n"
    "Syria rejected the charge, and Amman summoned its envoy.\n\n"
)


def test_events_recipients_policing_deployment_against_smugglers_has_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Jordan deployed 300 soldiers along the river to stop smugglers on Tuesday."
    assert roles_of_type(pipeline, text, "MOBILIZE") == [(["JOR"], [])]


def test_events_recipients_policing_plain_deployment_answers_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Jordan deployed 300 soldiers along the river on Tuesday."
    assert roles_of_type(pipeline, text, "MOBILIZE") == [(["JOR"], ["SYR"])]


def test_events_recipients_policing_lifted_blockade_answers_the_state_across(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Jordanian truckers lifted their blockade on Tuesday after the talks."
    assert roles_of_type(pipeline, text, "RETREAT") == [(["JOR"], ["SYR"])]
