"""A clause told as a habit or a summary of years (data/event_words.tsv habitual_adverb, span_noun,
span_modifier) is coded as no event by either coder; the same act told once is coded."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


def test_events_habitual_custom_is_no_event_for_the_rules(rules_pipeline: Pipeline) -> None:
    assert _types(rules_pipeline, "The US Fifth Fleet routinely sends warships through the Strait of Hormuz.") == []
    assert _types(rules_pipeline, "India's navy has increased its presence in the Indian Ocean in recent years.") == []


def test_events_habitual_single_act_is_still_coded_by_the_rules(rules_pipeline: Pipeline) -> None:
    assert _types(rules_pipeline, "The US Fifth Fleet sent two warships through the Strait of Hormuz on Monday.") == [
        "MOBILIZE"
    ]
