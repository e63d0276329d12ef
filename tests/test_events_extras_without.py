"""An act the object of "without" is left undone ("without consulting the schools", "without firing a
shot"): no event of its own, for either coder; the act the clause tells is still coded."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events
from parley.events._extras_without import is_left_undone

_UNDONE = (
    ("Ghana's ministry issued the order in June without consulting the Togolese embassy.", "CONSULT"),
    ("The Kenyan ambassador left the Ugandan ministry without speaking to reporters.", "CONSULT"),
    ("Vietnamese and Chinese ships left the shoal after nine days without firing a shot.", "ASSAULT"),
)


def test_events_extras_without_reads_the_object(parse: Any, words: Any) -> None:
    assert is_left_undone(parse(_UNDONE[0][0], "consulting"), words)
    assert is_left_undone(parse(_UNDONE[2][0], "firing"), words)
    joined = "Fiji signed the pact without consulting or informing Tonga."
    assert is_left_undone(parse(joined, "informing"), words)
    assert not is_left_undone(parse("Ghana consulted the Togolese embassy in June.", "consulted"), words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_without_codes_no_undone_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text, type_ in _UNDONE:
        assert type_ not in [e[0] for e in coded_events(pipeline, text)], text


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_without_keeps_a_told_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    told = "The Kenyan ambassador met Ugandan officials in Kampala on Monday to discuss the border."
    assert "CONSULT" in [e[0] for e in coded_events(pipeline, told)]
