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


def test_events_standing_role_present_relative_meeting_is_no_event(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "in which ... meet" tells what the commission is for, not a meeting the story reports
    text = "Chad and Niger praised the river commission, in which their ministers meet on water sharing."
    for coder in (pipeline, rules_pipeline):
        assert "CONSULT" not in coded_types(coder, text)


def test_events_standing_role_past_relative_meeting_is_kept(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the past tense reports the act itself
    text = "Chad's foreign minister, who met Niger's president in Niamey on Monday, praised the river commission."
    assert "CONSULT" in coded_types(rules_pipeline, text)
