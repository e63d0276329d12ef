"""Protests by groups described only by their cause (parley.events._civil_protesters): the people of the
country where they protest, not a body of no state; what such groups say stays theirs (NGO)."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_civil_protesters_rights_groups_vigil_in_a_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Human rights groups in Windhoek held a candlelit vigil outside the home affairs ministry."
    assert [actors for actors, _ in roles_of_type(pipeline, story, "PROTEST")] == [["NAM"]]


def test_civil_protesters_rights_groups_speaking_stay_ngo(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Rights groups urged Windhoek to stop the deportations."
    assert [actors for actors, _ in roles_of_type(pipeline, story, "REQUEST")] == [["NGO"]]


def test_civil_protesters_named_body_keeps_its_code(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Amnesty International protested outside the Namibian embassy in London."
    assert all(actors == ["NGO"] for actors, _ in roles_of_type(pipeline, story, "PROTEST"))
