"""An act asked about in a "whether" clause is a question put, not an act told or threatened: no event,
for either coder; the same act told is still coded."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._extras_question import is_asked_about

_ASKED = (
    "A Kenyan reporter asked whether Nairobi would close the border if the raids continued.",
    "Uganda has yet to say whether it will pay for the damaged lorries.",
    "Journalists asked whether Hanoi would send more patrol boats if Beijing stalled.",
    "Officials did not say whether Ghana would agree to pay the fee.",
)


def test_events_extras_question_reads_the_clause(parse: Any) -> None:
    assert is_asked_about(parse(_ASKED[0], "close"))
    assert is_asked_about(parse(_ASKED[3], "pay"))  # an infinitive of the clause's verb
    assert not is_asked_about(parse(_ASKED[0], "asked"))
    assert not is_asked_about(parse("Kenya closed the border on Monday after the raids.", "closed"))


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_question_codes_no_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text in _ASKED:
        assert coded_types(pipeline, text) == [], text


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_question_keeps_a_told_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    assert "COERCE" in coded_types(pipeline, "Kenya closed the border on Monday after the raids, officials said.")
