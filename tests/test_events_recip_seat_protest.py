"""A protest at a seat of government with no grievance read (parley.events._recip_seat_protest): aimed
at the protesters' own government, even when the crowd is named by whom it backs or mourns."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_recip_seat_protest_backers_march_to_the_palace(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Thousands of Ortega supporters marched towards the presidential palace in Managua on Sunday."
    assert roles_of_type(pipeline, story, "PROTEST") == [(["NIC"], ["NIC"])]


def test_recip_seat_protest_relatives_outside_the_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Relatives of conscripts killed near Bakhmut rallied outside the Defence Ministry in Kiev on Thursday."
    assert roles_of_type(pipeline, story, "PROTEST") == [(["UKR"], ["UKR"])]


def test_recip_seat_protest_square_is_no_seat(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Thousands of Ortega supporters marched across the main square in Managua on Sunday."
    assert all(recipients == [] for _, recipients in roles_of_type(pipeline, story, "PROTEST"))
