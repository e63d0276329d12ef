"""Judgements told by a denial (``parley.events._denied_predicate``): a thing a speaker says is "not
enough" is turned down, under both coders; a measure ("not enough to feed the camp") and an unspoken
remark stay out."""

from __future__ import annotations

import pytest

from _events_setup import coded_events
from parley.pipeline import Pipeline


def _chosen(coder: str, rules: Pipeline, learned: Pipeline) -> Pipeline:
    return rules if coder == "rules" else learned


@pytest.mark.parametrize("coder", ["rules", "learned"])
@pytest.mark.parametrize(
    "text",
    [
        "Ghana said Togo's offer was not enough.",
        'The Ghanaian minister said the pledge from Togo was "not enough", according to state radio.',
    ],
)
def test_denied_predicate_not_enough_rejects_what_is_judged(
    coder: str, text: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    found = coded_events(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert [e for e in found if e[0] == "REJECT"][:1] == [("REJECT", ["GHA"], ["TGO"])] or (
        "REJECT",
        ["GHA"],
        [],
    ) in found


@pytest.mark.parametrize("coder", ["rules", "learned"])
@pytest.mark.parametrize(
    "text",
    [
        "Ghana said Togo's grain was not enough to feed the camp.",
        "Ghana said Togo's offer was enough.",
        "It is a step forward, but it is not enough.",
    ],
)
def test_denied_predicate_measure_or_praise_is_no_rejection(
    coder: str, text: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    found = coded_events(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert "REJECT" not in [e[0] for e in found]


def test_denied_predicate_reads_the_copula_not(rules_pipeline: Pipeline) -> None:
    from parley.events._denied_predicate import is_denied_predicate

    doc = rules_pipeline.nlp("Ghana said the offer was not enough.")
    assert is_denied_predicate(next(t for t in doc if t.text == "enough"))
    doc = rules_pipeline.nlp("Ghana said the offer was enough.")
    assert not is_denied_predicate(next(t for t in doc if t.text == "enough"))
