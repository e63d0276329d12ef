"""A verb whose object is denied by "no" ("offered no public explanation", "gave no details") tells an act
not done: no event at it, for either coder; the same verb with a plain object is still coded."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events
from parley.events._extras_denied_object import has_denied_object
from parley.events._lexicon import Trigger

_DENIED = "Kyrgyz officials have offered Washington no formal reason for the closure."
_TOLD = "Kyrgyz officials have offered Washington talks on the closure."


def test_events_extras_denied_object_reads_the_object(parse: Any) -> None:
    row = Trigger("offer", "VERB", "AGREE", None, "050", "", "")
    assert has_denied_object(parse("The ministry offered no explanation for the closure.", "offered"), row)
    assert not has_denied_object(parse("The ministry offered an explanation for the closure.", "offered"), row)
    assert not has_denied_object(parse("No country offered troops for the force.", "offered"), row)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_denied_object_codes_no_denied_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    assert "AGREE" in [e[0] for e in coded_events(pipeline, _TOLD)]
    assert "AGREE" not in [e[0] for e in coded_events(pipeline, _DENIED)]
