"""A threat under a negation: made by a denied restraint, denied by any other "not"."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._learned import learned_candidate
from parley.events._negated_threat import restraint_denied
from parley.events._prediction import Prediction
from parley.events._verdict import rule_verdict


def _learned_threat(pipeline: Any, text: str, word: str, modality: str) -> Any:
    roles = role_finder(pipeline, text)
    token = token_of(roles.ctx, word)
    matcher = pipeline.components[2].matcher
    pred = Prediction(token, "THREATEN", modality, 0.9, 0.05, rules=rule_verdict(token, matcher))
    return learned_candidate(pred, matcher, roles)


def test_events_negated_threat_denied_restraint_makes_the_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text, word in (
        ("Mali said its army would not hesitate to strike the rebels.", "strike"),
        ("Kenya will not tolerate incursions by Somalia.", "tolerate"),
        ("Seoul said the attack would not go unanswered.", "go"),
    ):
        roles = role_finder(pipeline, text)
        assert restraint_denied(token_of(roles.ctx, word), pipeline.components[2].matcher.words), text


def test_events_negated_threat_other_negation_denies_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Riyadh has not threatened to retaliate against Iran."
    roles = role_finder(pipeline, text)
    assert not restraint_denied(token_of(roles.ctx, "retaliate"), pipeline.components[2].matcher.words)
    # the model reads a threat told as done, or as denied: neither is one
    assert _learned_threat(pipeline, text, "threatened", "asserted") is None
    assert _learned_threat(pipeline, text, "threatened", "negated") is None


def test_events_negated_threat_model_keeps_a_denied_restraint(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _learned_threat(pipeline, "Mali said its army would not hesitate to strike Niger.", "hesitate", "negated")
    assert cand is not None and cand.type == "THREATEN"


def test_events_negated_threat_refusal_over_a_condition_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said it would not take part in the talks unless Somalia withdrew its troops."
    assert _learned_threat(pipeline, text, "take", "negated") is not None
