"""A bridge is where two states meet: in a story of two states, a blockade of a bridge with no target
named is aimed across it, while one of a road at home stays at home."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = (
    "Zimbabwe banned Zambian lorries on Monday over unpaid road tolls.\n\n"
    "Zambia condemned the ban, and Harare summoned its envoy.\n\n"
)


def test_events_recipients_bridge_blockade_is_aimed_across(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Zambian farmers blocked the bridge for six hours on Tuesday."
    assert roles_of_type(pipeline, text, "PROTEST") == [(["ZMB"], ["ZWE"])]


def test_events_recipients_bridge_road_blockade_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Zambian farmers blocked the road to the capital for six hours on Tuesday."
    assert roles_of_type(pipeline, text, "PROTEST") == [(["ZMB"], ["ZMB"])]
