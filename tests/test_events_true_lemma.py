"""The lemma-fix table serves the future-head checks too: "hoped" (parsed "hop") is the wish word
"hope", so the act hoped for is still to come, for either coder; a word the parser gets right keeps
its own lemma."""

from __future__ import annotations

import pytest

from _events_setup import coded_types, read_context, token_of
from parley.events._lexicon import true_lemma

_HOPED = (
    "Kyrgyzstan's president said on Thursday he hoped to discuss the guards' case with his Uzbek"
    " counterpart at a regional summit in Almaty next month."
)


def test_true_lemma_hoped_is_hope(rules_pipeline: object) -> None:
    ctx = read_context(rules_pipeline, _HOPED)
    assert true_lemma(token_of(ctx, "hoped")) == "hope"
    assert true_lemma(token_of(ctx, "said")) == "say"


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_true_lemma_hoped_talks_are_to_come(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _HOPED)
    assert "CONSULT" not in types
