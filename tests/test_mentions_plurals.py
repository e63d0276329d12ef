"""Plural title and group words: "navies" and "fishermen" imply the sector their singular does."""

from __future__ import annotations

import pytest

from _mentions_setup import mention_finder
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The two countries sent their navies to the strait.", "navies", ("MIL", None)),
        ("Local fishermen protested the ban.", "fishermen", ("CVL", "Fisherman")),
        ("The defence ministers met in Hanoi.", "defence ministers", ("MIL", "Defence Minister")),
        ("Both foreign ministries issued statements.", "foreign ministries", ("GOV", None)),
    ],
)
def test_mentions_plurals_imply_the_singular_sector(
    pipeline: Pipeline, text: str, word: str, expected: tuple[str, str | None]
) -> None:
    tokens = pipeline.nlp(text)
    start = text.index(word)
    span = tokens.char_span(start, start + len(word))
    assert mention_finder(pipeline).sector_of(span) == expected
