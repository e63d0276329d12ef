"""An act told inside a claim its speaker denies ("rejected claims that its soldiers moved boundary
markers") is not told as done: the denial is coded (REJECT), the claimed act not, for either coder."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._denied_claim import is_denied_claim

_DENIED = (
    ("Malaysia rejected claims that its soldiers moved boundary markers.", "COERCE"),
    ("Pakistan denied allegations that its troops shelled Indian villages.", "ASSAULT"),
    (
        "A Pakistani spokesman denied Indian newspaper reports that the two armies had begun withdrawing troops "
        "from forward posts.",
        "RETREAT",
    ),
    ("The spokesperson rebuffed media reports that Pakistani troops had violated the ceasefire.", "ASSAULT"),
)


def test_events_denied_claim_reads_the_claim_clause(parse: Any, words: Any) -> None:
    assert is_denied_claim(parse("Malaysia rejected claims that its soldiers moved boundary markers.", "moved"), words)
    text = "The ministry dismissed as baseless reports that its army attacked the fishermen."
    assert is_denied_claim(parse(text, "attacked"), words)
    # a claim that is not denied, and a denial followed by the speaker's own act, still tell the act
    assert not is_denied_claim(parse("India cited reports that Pakistani troops shelled villages.", "shelled"), words)
    text = "Moscow dismissed the claim that the ship had entered Finnish waters and charged Helsinki with spying."
    assert not is_denied_claim(parse(text, "charged"), words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_denied_claim_codes_the_denial_alone(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text, inner in _DENIED:
        types = coded_types(pipeline, text)
        assert inner not in types, text
        assert "REJECT" in types, text
