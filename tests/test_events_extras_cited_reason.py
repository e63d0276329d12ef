"""A noun a party cites as the reason for its own act is no act of the story
(parley.events._extras_cited_reason.is_cited_reason): "banned imports, citing sanitary concerns" codes the
ban alone, for both coders; the same concern voiced by a party stays."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline

_CITED = "Ghana suspended imports of Togolese poultry on Monday, citing sanitary concerns."
_VOICED = "Ghana voiced concern over Togolese poultry imports on Monday."


def test_extras_cited_reason_is_no_act_for_the_rules(rules_pipeline: Pipeline) -> None:
    types = _types(rules_pipeline, _CITED)
    assert "ACCUSE" not in types
    assert "SANCTION" in types
    assert "ACCUSE" in _types(rules_pipeline, _VOICED)


def test_extras_cited_reason_is_no_act_for_the_learned_coder(pipeline: Pipeline) -> None:
    assert "ACCUSE" not in _types(pipeline, _CITED)
