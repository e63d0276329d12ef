"""What is said in the "to" clause of a call is said to whom the call was made: "called his Azerbaijani
counterpart to express solidarity" supports Azerbaijan, not the story's other parties."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = (
    "Russia accused Armenia of shelling Azerbaijani villages on Monday.\n\nIran urged both sides to show restraint.\n\n"
)


def test_events_recipients_contact_purpose_goes_to_the_one_called(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + 'Turkey\'s defence minister called his Azerbaijani counterpart to express "full solidarity".'
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["TUR"], ["AZE"])]


def test_events_recipients_contact_own_object_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Turkey's president telephoned his Azerbaijani counterpart to thank Russia."
    assert ["RUS"] in [recipients for _, recipients in roles_of_type(pipeline, text, "SUPPORT")]
