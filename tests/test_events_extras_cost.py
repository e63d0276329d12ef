"""A cost borne told with a verb of giving ("paid a steep price for its quarrel", "paid dearly for a
quiet handover") is no AID, for either coder; a payment made is still one."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events
from parley.events._extras_cost import tells_cost

_COSTS = (
    "Lesotho paid a steep price for its quarrel with South Africa.",
    "Austria has paid dearly for the long dispute.",
)
_PAID = "Austria has paid 2 million euros to Slovenia for the repair of the bridge."


def test_events_extras_cost_reads_the_object_and_adverb(parse: Any, words: Any) -> None:
    assert tells_cost(parse(_COSTS[0], "paid"), words)
    assert tells_cost(parse(_COSTS[1], "paid"), words)
    assert not tells_cost(parse(_PAID, "paid"), words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_cost_codes_no_aid(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text in _COSTS:
        assert "AID" not in [e[0] for e in coded_events(pipeline, text)], text
