"""A crowd that gathers or camps in order to demand, denounce or voice something
protests (training gold PROTEST 16 of 16 for a verb of gathering with such a purpose); gathering for
another purpose stays no protest."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_gathered_to_demand_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protesters from a Haitian diaspora group gathered across from Parliament Hill in Ottawa"
        " to demand a tougher Canadian stance."
    )
    assert "PROTEST" in coded_types(pipeline, text)


def test_events_camped_to_demand_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tribal leaders in Mahra had camped on the Yemeni side of the border last month"
        " to demand that Oman reopen the crossing."
    )
    assert "PROTEST" in coded_types(pipeline, text)


def test_events_gathered_to_discuss_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Leaders from 14 Pacific states gathered in Suva to discuss fisheries."
    assert "PROTEST" not in coded_types(pipeline, text)
