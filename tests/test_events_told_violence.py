"""A definite noun of violence with no participant of its own ("claimed the attack", "apologised for the
attack on its mission") points back at the violence the story tells: no new ASSAULT, for either coder's
rules; one that names its doer or victim ("the killing of 11 nationals by border guards") is still told."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types as _types
from parley.events._told_acts import is_told_violence
from parley.events._words import load_event_words
from parley.pipeline import Pipeline


def test_events_told_violence_definite_attack_is_no_new_assault(rules_pipeline: Pipeline) -> None:
    assert "ASSAULT" not in _types(rules_pipeline, "An al Qaeda-linked group claimed the attack.")
    apology = "Mali's prime minister apologised to Algeria for the attack on its mission."
    assert "ASSAULT" not in _types(rules_pipeline, apology)


def test_events_told_violence_reads_the_noun_phrase(rules_pipeline: Pipeline) -> None:
    words = load_event_words()

    def noun(text: str, lemma: str) -> Any:
        return next(t for t in rules_pipeline.nlp(text) if t.lemma_ == lemma)

    assert is_told_violence(noun("Uganda has shared information on the attacks with Congo.", "attack"), words)
    assert not is_told_violence(noun("Kenya condemned an attack on its border post.", "attack"), words)
    assert not is_told_violence(
        noun("The delegation raised the killing of 11 Bangladeshi nationals by BSF members.", "killing"), words
    )
