"""A journey told in a relative clause or a restrictive participle only says who or what its noun is:
no CONSULT, for either coder; a journey told as the story's act is still a visit."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._extras_journey import describes_by_journey

_DESCRIBED = (
    "Police questioned three Malian traders who arrived in Dakar last month.",
    "Niamey asked Algiers to reopen the road for lorries heading to the refugee camps.",
    "Ghana thanked the Togolese engineers who had travelled to Accra to repair the grid.",
)


def test_events_extras_journey_reads_the_clause(parse: Any, words: Any) -> None:
    assert describes_by_journey(parse(_DESCRIBED[0], "arrived"), words)
    assert describes_by_journey(parse(_DESCRIBED[1], "heading"), words)
    told = "The Chinese foreign minister arrived in Nairobi on Monday for talks."
    assert not describes_by_journey(parse(told, "arrived"), words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_journey_codes_no_visit(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text in _DESCRIBED:
        assert "CONSULT" not in coded_types(pipeline, text), text


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_journey_keeps_a_told_visit(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    text = "The Chinese foreign minister arrived in Nairobi on Monday for talks with President Ruto."
    assert "CONSULT" in coded_types(pipeline, text)
