"""A clause told as a habit or a summary of years (data/event_words.tsv habitual_adverb, span_noun,
span_modifier) is coded as no event by either coder; the same act told once is coded."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types as _types
from parley.events._told_acts import is_answered_offer
from parley.events._words import load_event_words
from parley.pipeline import Pipeline


def test_events_habitual_custom_is_no_event_for_the_rules(rules_pipeline: Pipeline) -> None:
    assert _types(rules_pipeline, "The US Fifth Fleet routinely sends warships through the Strait of Hormuz.") == []
    assert _types(rules_pipeline, "India's navy has increased its presence in the Indian Ocean in recent years.") == []


def test_events_habitual_single_act_is_still_coded_by_the_rules(rules_pipeline: Pipeline) -> None:
    assert _types(rules_pipeline, "The US Fifth Fleet sent two warships through the Strait of Hormuz on Monday.") == [
        "MOBILIZE"
    ]


def test_events_habitual_answered_definite_offer_is_no_new_offer(rules_pipeline: Pipeline) -> None:
    assert "AGREE" not in _types(rules_pipeline, "Mali's government did not respond to the Algerian mediation offers.")
    assert "AGREE" not in _types(rules_pipeline, "Minsk has yet to answer the Polish invitation.")


def test_events_habitual_answered_indefinite_offer_is_still_told(rules_pipeline: Pipeline) -> None:
    words = load_event_words()

    def offer(text: str) -> Any:
        return next(t for t in rules_pipeline.nlp(text) if t.lemma_ == "offer")

    assert is_answered_offer(offer("Riyadh has not responded to the offer."), words)
    assert not is_answered_offer(offer("Jordan rejected a Syrian offer of a joint investigation."), words)
    assert not is_answered_offer(offer("Belgrade should take up the OSCE mission's offer to mediate."), words)
