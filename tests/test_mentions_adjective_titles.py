"""A one-word title used as an adjective of a noun ("a general strike") names no holder, so it gives the
phrase no sector; the same word as a noun ("the general said", "a police general") keeps its rank."""

from __future__ import annotations

import pytest

from _mentions_setup import mention_finder
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _sector(pipeline: Pipeline, text: str, start: int, end: int) -> tuple[str | None, str | None]:
    return mention_finder(pipeline).sector_of(pipeline.nlp(text)[start:end])


def test_mentions_adjective_titles_general_strike_has_no_sector(pipeline: Pipeline) -> None:
    assert _sector(pipeline, "Nationalists in the city held a general strike last week.", 5, 8) == (None, None)


def test_mentions_adjective_titles_general_as_noun_keeps_rank(pipeline: Pipeline) -> None:
    assert _sector(pipeline, "The general said the troops would stay.", 0, 2) == ("MIL", "General")


def test_mentions_adjective_titles_compound_title_unchanged(pipeline: Pipeline) -> None:
    assert _sector(pipeline, "The attorney general said the case was closed.", 0, 3) == ("JUD", "Attorney General")


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        # the compound title is the longer match and is no adjective: it keeps its office
        ("The Secretary General said the talks would resume.", 0, 3, ("GOV", "Secretary General")),
        # the hyphenated and the union's "general secretary": the secretary's civil post, never a rank
        ("She was elected general-secretary of the party.", 3, 6, ("GOV", None)),
        ("The union general secretary called a strike.", 0, 4, ("GOV", None)),
    ],
)
def test_mentions_adjective_titles_secretary_general_edges_are_no_rank(
    pipeline: Pipeline, text: str, start: int, end: int, expected: tuple[str | None, str | None]
) -> None:
    assert _sector(pipeline, text, start, end) == expected
