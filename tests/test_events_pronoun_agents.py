"""A possessive "its" owning a passive's agent ("held by its coast guard") is the acting state's own, as
for a subject ("its coast guard held ..."): the force is not read where the act happened."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.events._pronoun_agents import names_doer
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_pronoun_agents_agent_owned_by_its_is_the_states(pipeline: Pipeline) -> None:
    text = "Turkey released 10 Greek sailors who had been held by its coast guard off Lesbos."
    assert roles_of_type(pipeline, text, "COERCE") == [(["TUR"], ["GRC"])]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The sailors had been held by its coast guard.", "guard", True),
        ("Its coast guard held the sailors.", "guard", True),
        ("The ministry summoned its ambassador.", "ambassador", False),
    ],
)
def test_events_pronoun_agents_doer_phrases(pipeline: Pipeline, text: str, word: str, expected: bool) -> None:
    token = next(t for t in pipeline.nlp(text) if t.text == word)
    assert names_doer(token) is expected
