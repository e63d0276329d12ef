"""A relative clause with its own subject acts on the noun it describes: "the soldiers it stationed",
"a corvette that Caracas sent" tell a deployment (the parser tags that "that" as a preposition)."""

from __future__ import annotations

import pytest

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module", params=["rules", "learned"])
def pipeline(request, rules_pipeline: Pipeline, learned_pipeline: Pipeline) -> Pipeline:  # type: ignore[no-untyped-def]
    return rules_pipeline if request.param == "rules" else learned_pipeline


def test_events_relcl_gap_soldiers_it_stationed(pipeline: Pipeline) -> None:
    text = "Brazil has begun withdrawing most of the 1,500 soldiers it stationed along the border last month."
    assert "MOBILIZE" in _types(pipeline, text)


def test_events_relcl_gap_corvette_that_caracas_sent(pipeline: Pipeline) -> None:
    text = "A navy corvette that Caracas sent to the area at the weekend has since been pulled back."
    assert "MOBILIZE" in _types(pipeline, text)


def test_events_relcl_gap_not_when_pronoun_is_subject(pipeline: Pipeline) -> None:
    text = "Officials praised the soldiers who stationed themselves along the border."
    assert "MOBILIZE" not in _types(pipeline, text)
