"""A standing role told in a bare simple present (parley.events._standing_role)."""

from __future__ import annotations

from _events_setup import coded_types


def test_events_standing_role_bare_present_hosting_is_no_event(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "hosts" in the simple present tells what the country does year after year, no act of the story
    text = "Senegal hosts more than 20,000 Gambian refugees."
    for coder in (pipeline, rules_pipeline):
        assert coded_types(coder, text) == []


def test_events_standing_role_progressive_hosting_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "is hosting" reports the present act: the learned coder still reads it
    text = "Ghana is hosting about 40,000 Ivorian refugees who fled the fighting last week."
    assert coded_types(pipeline, text) != []
