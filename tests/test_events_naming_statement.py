"""A naming joined by "and" to what a speaker said is the speaker's own second act ("says its soldiers
have not crossed the line and calls the accusation 'baseless'"); one hung as "calling" on what was said
stays in that statement (parley.events._naming_statement)."""

from __future__ import annotations

from _events_setup import coded_types


def test_events_naming_statement_joined_naming_is_coded(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'The Russian embassy says it has "no information" about the drone and called the summons "premature".'
    assert "ACCUSE" in coded_types(rules_pipeline, text)
