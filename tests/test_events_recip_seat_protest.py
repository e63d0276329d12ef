"""A protest at a seat of government with no grievance read (parley.events._recip_seat_protest): aimed
at the protesters' own government, even when the crowd is named by whom it backs or mourns."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_recip_seat_protest_backers_march_on_the_palace(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Backers of the jailed mayor marched on the palace in Lima on Saturday."
    assert roles_of_type(pipeline, story, "PROTEST") == [(["PER"], ["PER"])]


def test_recip_seat_protest_relatives_outside_the_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Families of soldiers killed by bandits picketed the Defence Ministry in Abuja on Monday."
    assert roles_of_type(pipeline, story, "PROTEST") == [(["NGA"], ["NGA"])]


def test_recip_seat_protest_square_is_no_seat(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Backers of the jailed mayor marched across the main square in Lima on Saturday."
    assert all(recipients == [] for _, recipients in roles_of_type(pipeline, story, "PROTEST"))
