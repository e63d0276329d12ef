"""A closure told in a doerless past passive relative clause is the state of the noun, no act of the story
(parley.events._extras_closed_before.is_closed_before): "reopened the crossing, which had been closed for
ten days" codes the reopening alone, for both coders; the same closure in a main clause, with a doer named,
or still to come, stays."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline

_CLAUSE = "Niger reopened the Gaya crossing with Benin, which had been closed for ten days."
_MAIN = "Niger closed the Gaya crossing with Benin on Monday."


def test_extras_closed_before_is_no_act_for_the_rules(rules_pipeline: Pipeline) -> None:
    assert "COERCE" not in _types(rules_pipeline, _CLAUSE)
    assert "COERCE" in _types(rules_pipeline, _MAIN)


def test_extras_closed_before_is_no_act_for_the_learned_coder(pipeline: Pipeline) -> None:
    assert "COERCE" not in _types(pipeline, _CLAUSE)


def test_extras_closed_before_reads_a_suspended_service(rules_pipeline: Pipeline) -> None:
    text = "Kenya and Uganda agreed to resume the rail service, which was suspended by Nairobi in May."
    assert "SANCTION" in _types(rules_pipeline, text)
    text = "Kenya and Uganda agreed to resume the rail service, which was suspended in May."
    assert "SANCTION" not in _types(rules_pipeline, text)
