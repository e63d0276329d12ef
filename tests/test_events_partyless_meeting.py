"""Meetings that name no party (parley.events._partyless_meeting): in a story of one clear pair of
states, "the crossing was reopened after talks at the border post" is the two states meeting each other."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline

_STORY = "Laos and Vietnam quarrelled over a new road. Vietnam closed the crossing and Laos protested. "


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _participants(roles: list[tuple[list[str], list[str]]]) -> list[set[str]]:
    return [set(actors) | set(recipients) for actors, recipients in roles]


def test_partyless_meeting_session_is_the_story_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "The road was approved on Friday at a session of the joint border commission in Vinh."
    assert {"LAO", "VNM"} in _participants(roles_of_type(pipeline, story, "CONSULT"))


def test_partyless_meeting_first_named_side_acts(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "The crossing was reopened on Friday after talks at the border post."
    assert (["LAO"], ["VNM"]) in roles_of_type(pipeline, story, "CONSULT")


def test_partyless_meeting_no_pair_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Laos opened a new road on Monday. The road was approved at a session of the provincial council."
    assert roles_of_type(pipeline, story, "CONSULT") == []


def test_partyless_meeting_backdrop_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "Traders may cross on foot while talks continue."
    assert roles_of_type(pipeline, story, "CONSULT") == []


def test_partyless_meeting_told_through_its_end(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = _STORY + "The protocol was finalised at the close of a two-day meeting of border officials in Vinh."
    assert {"LAO", "VNM"} in _participants(roles_of_type(pipeline, story, "CONSULT"))
