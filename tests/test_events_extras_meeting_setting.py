"""Talks the story points back at as the setting of another act ("at the talks", "during the talks") are
no new meeting, for the rules coder; talks that name their parties stay a meeting."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types


def test_extras_meeting_setting_drops_the_talks_as_where_people_sat(rules_pipeline: Any) -> None:
    text = "Seated at the talks from the Lao side were the deputy foreign minister and two advisers."
    assert "CONSULT" not in coded_types(rules_pipeline, text)


def test_extras_meeting_setting_drops_the_talks_as_when_support_came(rules_pipeline: Any) -> None:
    text = "The Thai prime minister thanked Hanoi for its support during the talks."
    assert "CONSULT" not in coded_types(rules_pipeline, text)


def test_extras_meeting_setting_keeps_the_meeting_of_a_named_body(rules_pipeline: Any) -> None:
    text = "The accord was reached at the ninth meeting of the Lao-Thai Joint Boundary Commission in Vientiane."
    assert "CONSULT" in coded_types(rules_pipeline, text)
