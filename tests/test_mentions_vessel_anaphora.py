"""A ship told again by its common noun ("the vessel") keeps the flag the story gave it first."""

from __future__ import annotations

from datetime import date

import pytest

from _events_setup import roles_of_type
from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _vessels(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2019, 6, 1))]))
    return [(m.text, m.entity.code) for m in doc.actor_mentions if m.kind == "vessel"]


def test_mentions_vessel_anaphora_the_noun_keeps_the_flag_told_before(pipeline: Pipeline) -> None:
    text = (
        "Finland said a Russian research vessel had entered its waters near the Aland Islands on Monday.\n\n"
        "The vessel's captain at first refused to answer radio calls."
    )
    assert _vessels(pipeline, text) == [("vessel", "RUS")]
    assert roles_of_type(pipeline, text, "REJECT") == [(["RUS"], ["FIN"])]


def test_mentions_vessel_anaphora_another_noun_or_no_flag_gives_nobody(pipeline: Pipeline) -> None:
    other_noun = "Finland said a Russian research vessel had entered its waters.\n\nThe trawler left on Tuesday."
    no_flag = "Finland said a research vessel had entered its waters.\n\nThe vessel left on Tuesday."
    indefinite = "Finland said a Russian research vessel had entered its waters.\n\nA vessel left on Tuesday."
    assert _vessels(pipeline, other_noun) == []
    assert _vessels(pipeline, no_flag) == []
    assert _vessels(pipeline, indefinite) == []


def test_mentions_vessel_anaphora_ship_nouns_read_from_the_parse_columns(pipeline: Pipeline) -> None:
    from parley.knowledge import resolve_words
    from parley.mentions._vessel_anaphora import _vessel_nouns

    text = (
        "A Chinese trawler and two Vessels met the Japanese patrol boat. The trawler's crew waved at the boats.\n\n"
        "The vessel left; the Trawler Company said the trawlers would return."
    )
    sdoc = pipeline.parse(text)
    ships = resolve_words("vessel")
    # the same words, in the same order, as the test of each token of the parse
    expected = [t.i for t in sdoc if t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in ships]
    assert [t.i for t in _vessel_nouns(sdoc)] == expected
    assert expected  # the text has ship nouns to find
    assert _vessel_nouns(pipeline.parse("")) == []
