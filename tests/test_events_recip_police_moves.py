"""A police deployment with no target named is policing at home, not a move against the story's other
state (parley.events._recip_police_moves.moves_police); troops and police boats still face it."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.pipeline import Pipeline

_STORY = (
    "Cattle raiders from Ethiopia killed 19 people near Moyale, and Kenya accused Ethiopia of doing nothing. "
    "Ethiopia rejected the charge. "
)


def test_events_recip_police_moves_police_sent_answer_no_state(pipeline: Pipeline) -> None:
    text = _STORY + "Kenya sent 300 additional police officers to Moyale on Tuesday."
    assert roles_of_type(pipeline, text, "MOBILIZE") == [(["KEN"], [])]


def test_events_recip_police_moves_troops_still_face_the_other_side(pipeline: Pipeline) -> None:
    text = _STORY + "Kenya sent 300 additional troops to Moyale on Tuesday."
    assert roles_of_type(pipeline, text, "MOBILIZE") == [(["KEN"], ["ETH"])]


def test_events_recip_police_moves_police_at_the_border_face_the_other_side(pipeline: Pipeline) -> None:
    text = _STORY + "Kenya sent 300 additional police officers to the border on Tuesday."
    assert roles_of_type(pipeline, text, "MOBILIZE") == [(["KEN"], ["ETH"])]
