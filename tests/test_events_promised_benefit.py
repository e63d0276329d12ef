"""A benefit promised to the other side (a release of water, payments, more patrols) is a concession
(the CONCEDE row of 'promise' with its obj= list); a promise of closer ties stays an agreement."""

from __future__ import annotations

import pytest

from _events_setup import row_type as _type_of
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_promised_benefit_is_a_concession(pipeline: Pipeline) -> None:
    for text in (
        "Spain promised an extra release from the Cedillo reservoir.",
        "The prime minister promised payments to the veterans.",
        "The coast guard promised more patrols near the islands.",
    ):
        assert _type_of(pipeline, text, "promised") == "CONCEDE", text


def test_events_promised_benefit_leaves_closer_ties_an_agreement(pipeline: Pipeline) -> None:
    assert _type_of(pipeline, "Yemen promised closer coordination with Riyadh.", "promised") == "AGREE"
