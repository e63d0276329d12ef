"""A standing act told in an aside is no act of the story (parley.events._background_since.is_background_since):
"Russia, which has restricted imports since 2014" describes Russia, for both coders; the same act in a main
clause, and a gap told with "not", stay."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline

_ASIDE = "Moldova exports most of its apples to Russia, which has restricted imports since 2014."
_MAIN = "Russia has restricted imports since 2014."


def test_events_background_since_is_no_act_for_the_rules(rules_pipeline: Pipeline) -> None:
    assert "SANCTION" not in _types(rules_pipeline, _ASIDE)
    assert "SANCTION" in _types(rules_pipeline, _MAIN)


def test_events_background_since_is_no_act_for_the_learned_coder(pipeline: Pipeline) -> None:
    assert "SANCTION" not in _types(pipeline, _ASIDE)
    assert "SANCTION" in _types(pipeline, _MAIN)


def test_events_background_since_leaves_told_acts(rules_pipeline: Pipeline) -> None:
    text = "Nairobi has asked the joint boundary survey team, which has not met since 2013, to reconvene."
    assert "REQUEST" in _types(rules_pipeline, text)
