"""An infinitive complement the parser hangs as a clause of purpose still meets a row's ``xcomp=``."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types
from parley.events._late_infinitive import infinitive_complements


def test_events_late_infinitive_after_time_phrase(rules_pipeline: Any) -> None:
    text = "The Greek minister offered on Thursday to raise the cotton subsidy by eight per cent."
    verb = next(t for t in rules_pipeline.nlp(text) if t.text == "offered")
    assert [c.text for c in infinitive_complements(verb)] == ["raise"]
    assert "CONCEDE" in coded_types(rules_pipeline, text)


def test_events_late_infinitive_not_purpose_after_object(rules_pipeline: Any) -> None:
    """A clause of purpose after the verb's object is not what the verb governs."""
    verb = next(t for t in rules_pipeline.nlp("Kenya sent troops to guard the border.") if t.text == "sent")
    assert infinitive_complements(verb) == []


def test_events_late_infinitive_not_purpose_of_passive(rules_pipeline: Any) -> None:
    """A passive verb's object is its subject: the "to" clause after it tells a purpose."""
    text = "The plan was pushed by Seoul to bring Pyongyang back to the table."
    verb = next(t for t in rules_pipeline.nlp(text) if t.text == "pushed")
    assert infinitive_complements(verb) == []
