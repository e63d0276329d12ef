"""Place names the parser cuts into pieces ("Quang" of "Quang Ngai", "Foz" and a verb "do" of "Foz do
Iguaçu") are made whole again where the text spells a longer gazetteer name word for word."""

from __future__ import annotations

import pytest

from _events_setup import read_context
from parley.parse import doc_ents
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _places(pipeline: Pipeline, text: str) -> list[str]:
    ctx = read_context(pipeline, text)
    return [e.text for e in doc_ents(ctx.sdoc) if e.label_ in {"GPE", "LOC", "FAC"}]


def test_mentions_place_spans_fragment_grows_to_the_whole_name(pipeline: Pipeline) -> None:
    assert "Quang Ngai" in _places(pipeline, "Troops moved into Quang Ngai province on Monday.")
    assert "Boa Vista" in _places(pipeline, "Troops in Boa Vista fired on the crowd.")


def test_mentions_place_spans_small_joining_words_are_part_of_the_name(pipeline: Pipeline) -> None:
    assert "Foz do Iguaçu" in _places(pipeline, "Police arrested him in Foz do Iguaçu.")
    assert "An Giang" in _places(pipeline, "Fighting in An Giang killed two.")


def test_mentions_place_spans_no_swallowing_of_other_words(pipeline: Pipeline) -> None:
    # the words around a known place that spell no longer name stay outside it
    places = _places(pipeline, "He met New York Governor Andrew Cuomo in Washington on Monday.")
    assert "New York" in places and "Washington" in places
    assert not any("Governor" in p for p in places)


def test_mentions_place_spans_the_whole_name_gives_the_event_its_state(pipeline: Pipeline) -> None:
    ctx = read_context(pipeline, "Police arrested 20 protesters in An Giang on Monday.")
    verb = next(t for t in ctx.sdoc if t.text == "arrested")
    assert ctx.sentence_country(verb) == "VNM"
