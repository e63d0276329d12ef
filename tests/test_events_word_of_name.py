"""A word of a body's name is no act (parley.events._extras_names.is_word_of_name): "International Trade" in a
ministry's sign-off, "Joint Staff Office", "Humanitarian Aid and Relief Centre" name a body, for both coders;
a title-case headline's words and the acts the sentence tells stay."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline

_SIGN_OFF = (
    "Kenya and Uganda signed the accord on Monday.\nMinistry of Foreign Affairs and International Trade, Nairobi"
)
_CENTRE = (
    "The King Salman Humanitarian Aid and Relief Centre said refrigerated containers had been flown to Aden"
    " and would be distributed to hospitals."
)


def test_events_word_of_name_is_no_act_for_the_rules(rules_pipeline: Pipeline) -> None:
    assert _types(rules_pipeline, _SIGN_OFF) == ["SUPPORT"]
    assert "AID" not in _types(rules_pipeline, _CENTRE)


def test_events_word_of_name_is_no_act_for_the_learned_coder(pipeline: Pipeline) -> None:
    assert _types(pipeline, _SIGN_OFF) == ["SUPPORT"]
    assert "AID" not in _types(pipeline, _CENTRE)


def test_events_word_of_name_leaves_told_acts(rules_pipeline: Pipeline) -> None:
    text = "Japan's Joint Staff Office said it had sent a destroyer to monitor the Chinese ships."
    assert "MOBILIZE" in _types(rules_pipeline, text)
    assert "COOPERATE" in _types(rules_pipeline, "Kenya and Uganda agreed on Monday to trade intelligence.")
