"""The noun that opens a landform's name with "of" ("the Bay of Bengal", "the Horn of Africa") is no town of
that name: a force placed there keeps its own state (Bay is a Philippine town, Hoorn a Dutch one)."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.mentions._landmarks import opens_landform_of
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_mentions_landform_towns_force_in_a_bay_keeps_its_state(pipeline: Pipeline) -> None:
    text = "Myanmar returned 12 Bangladeshi fishermen who had been detained by its navy in the Bay of Bengal."
    assert roles_of_type(pipeline, text, "COERCE") == [(["MMR"], ["BGD"])]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Troops were deployed along the Horn of Africa coast.", "Horn", True),
        ("Fishermen from Bay were detained on Monday.", "Bay", False),
        ("The boats anchored in the bay of the port.", "bay", False),
    ],
)
def test_mentions_landform_towns_opening_noun(pipeline: Pipeline, text: str, word: str, expected: bool) -> None:
    token = next(t for t in pipeline.nlp(text) if t.text == word)
    assert opens_landform_of(token.doc[token.i : token.i + 1]) is expected
