"""Meetings of unnamed people of both sides (parley.events._unnamed_meeting): in a story of two states,
"local commanders meet" is both states' people meeting, not one state's alone."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline

_STORY = "Laos and Vietnam quarrelled over a new road. Vietnam closed the crossing and Laos protested. "


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_unnamed_meeting_commanders_meeting_are_both_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a checkpoint with no name: "the Nam Can checkpoint" names a Vietnamese town since place names cut by
    # the parser are joined (mentions/_place_spans), and a meeting on one side's soil has that side as host
    story = _STORY + "Since then, local commanders meet every Monday at the border checkpoint."
    assert (["LAO", "VNM"], []) in roles_of_type(pipeline, story, "CONSULT")


def test_unnamed_meeting_noun_between_unnamed_officers(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "On Friday, after a flag meeting between local commanders, Vietnam reopened the crossing."
    assert (["LAO", "VNM"], []) in roles_of_type(pipeline, story, "CONSULT")


def test_unnamed_meeting_named_group_keeps_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a group its own words place in one state stays that state's
    story = _STORY + "Vietnamese commanders met on Monday at the Nam Can checkpoint."
    assert all(actors == ["VNM"] for actors, _ in roles_of_type(pipeline, story, "CONSULT"))


def test_unnamed_meeting_with_someone_named_is_not_joint(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "Local commanders met the Lao defence minister on Monday."
    assert all(len(actors) == 1 for actors, _ in roles_of_type(pipeline, story, "CONSULT"))
