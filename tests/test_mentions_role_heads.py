"""Role words in the mentions stage: a force word before a role word ("an army spokesman", "rebel officials")
says whose the role is; the role word still gives the office."""

from __future__ import annotations

import pytest

from _mentions_setup import mention_finder
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army spokesman spoke.", "MIL"),
        ("The rebel spokesman spoke.", "REB"),
        ("The police spokeswoman spoke.", "COP"),
        ("The military officials spoke.", "MIL"),
    ],
)
def test_mentions_role_heads_force_before_role_word_wins(pipeline: Pipeline, text: str, expected: str) -> None:
    tokens = pipeline.nlp(text)
    assert mention_finder(pipeline).sector_of(tokens[1:3])[0] == expected


def test_mentions_role_heads_role_word_keeps_its_office(pipeline: Pipeline) -> None:
    tokens = pipeline.nlp("An army spokesman said.")
    assert mention_finder(pipeline).sector_of(tokens[1:3]) == ("MIL", "Spokesperson")


def test_mentions_role_heads_bare_role_word_keeps_its_own_sector(pipeline: Pipeline) -> None:
    tokens = pipeline.nlp("The spokesman spoke.")
    assert mention_finder(pipeline).sector_of(tokens[1:2]) == ("GOV", "Spokesperson")


def test_mentions_role_heads_civil_word_before_a_role_word_gives_no_sector(pipeline: Pipeline) -> None:
    # only a force says whose the role is here (the events stage reads "opposition officials" as the opposition's)
    tokens = pipeline.nlp("The opposition officials spoke.")
    assert mention_finder(pipeline).sector_of(tokens[1:3])[0] == "GOV"


def test_mentions_role_heads_other_heads_still_win_over_their_modifier(pipeline: Pipeline) -> None:
    # a head that is no role word keeps the later word's sector: "government troops" are troops
    tokens = pipeline.nlp("The government troops moved.")
    assert mention_finder(pipeline).sector_of(tokens[1:3])[0] == "MIL"
