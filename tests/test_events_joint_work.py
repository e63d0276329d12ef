"""Joint work of both sides' people (parley.events._joint_work): "police from both sides exchanged lists"
is each state's work with the other, whichever side the chain of mentions read first."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline

_STORY = "Ethiopia and Kenya traded charges over a cattle raid. Kenya closed the crossing and Ethiopia protested. "


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_joint_work_group_of_both_sides_acts_with_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "On Monday, police from both sides exchanged lists of wanted men."
    assert roles_of_type(pipeline, story, "COOPERATE") == [(["ETH", "KEN"], ["ETH", "KEN"])]


def test_joint_work_noun_act_of_engineers_from_both_armies(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "Engineers from both armies then began a joint survey of the border."
    assert roles_of_type(pipeline, story, "COOPERATE") == [(["ETH", "KEN"], ["ETH", "KEN"])]


def test_joint_work_other_acts_keep_their_roles(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a seizure by the joint group is no cooperation: its roles are left as found
    story = _STORY + "Police from both sides searched warehouses in Moyale, seizing 3 tonnes of contraband fuel."
    assert all(actors != recipients for actors, recipients in roles_of_type(pipeline, story, "COERCE"))
