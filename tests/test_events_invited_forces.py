"""Forces moved at another state's request or invitation come to help it (AID), not to show force
(MOBILIZE) nor to visit (CONSULT); a leader's visit at a counterpart's invitation stays a visit."""

from __future__ import annotations

import pytest

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module", params=["rules", "learned"])
def pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline, learned_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else learned_pipeline


def test_events_invited_forces_officers_arrived_at_invitation(pipeline: Pipeline) -> None:
    text = (
        "Twenty officers of the Fijian police arrived in Honiara on Sunday at the invitation of the Solomon Islands"
        " government."
    )
    types = _types(pipeline, text)
    assert "AID" in types
    assert "CONSULT" not in types


def test_events_invited_forces_flew_police_at_request(pipeline: Pipeline) -> None:
    text = "New Zealand flew 80 police officers to Nuku'alofa on Tuesday at the request of the Tongan government."
    types = _types(pipeline, text)
    assert "AID" in types
    assert "MOBILIZE" not in types


def test_events_invited_forces_leader_visit_stays_visit(pipeline: Pipeline) -> None:
    text = "Ghana's president visited Abuja on Sunday at the invitation of his Nigerian counterpart."
    types = _types(pipeline, text)
    assert "AID" not in types
