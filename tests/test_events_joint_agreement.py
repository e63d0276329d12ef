"""An agreement whose subject names both sides stays an agreement beside its inner act ("Kenya and
Ethiopia agreed to suspend flights"); one side's "agreed to suspend flights" is the sanction alone.
(An agreed deployment is the agreement alone: see test_events_extras_agreed_moves.)"""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_joint_agreement_both_sides_agree(pipeline: Pipeline) -> None:
    text = "Kenya and Ethiopia agreed on Monday to suspend flights to Somalia."
    types = coded_types(pipeline, text)
    assert "AGREE" in types
    assert "SANCTION" in types


def test_events_joint_agreement_one_side_is_its_act_alone(pipeline: Pipeline) -> None:
    text = "Kenya agreed on Monday to suspend flights to Somalia."
    types = coded_types(pipeline, text)
    assert "AGREE" not in types
    assert "SANCTION" in types
