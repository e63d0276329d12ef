"""Releasing a pipeline: its loaded parts freed (with workers, once they hold their own), then refused."""

from __future__ import annotations

import weakref
from collections.abc import Iterator

import pytest

from parley import Pipeline, Settings
from parley.document import Article, Document
from parley.errors import ModelError
from parley.events import load_lexicon
from parley.parse import load_model

SENTENCES = [
    "North Korea accused the United States of hostile policy on Monday.",
    "Japan pledged $10 million in aid to Sudan on Friday.",
]


def _articles(count: int) -> Iterator[Article]:
    for n in range(count):
        yield Article(id=f"a{n}", text=SENTENCES[n % len(SENTENCES)])


def _plover(docs: list[Document]) -> list[tuple[str, list[dict[str, object]]]]:
    return [(d.id, [e.to_plover() for e in d.events]) for d in docs]


def test_pipeline_release_frees_the_parts_and_refuses_afterwards() -> None:
    pipeline = Pipeline(Settings(coder="rules"))
    mentions = weakref.ref(pipeline.components[0])  # made for this pipeline alone (the model is cached)
    pipeline.release()
    assert mentions() is None
    assert not hasattr(pipeline, "nlp") and not hasattr(pipeline, "components")
    assert load_model.cache_info().currsize == 0 and load_lexicon.cache_info().currsize == 0
    with pytest.raises(ModelError) as caught:
        pipeline.process(_articles(1))
    assert caught.value.code == "E204"
    with pytest.raises(ModelError):
        pipeline.parse("Japan pledged aid.")
    # a new pipeline loads its parts again and works
    assert sum(len(d.events) for d in Pipeline(Settings(coder="rules")).process(_articles(2))) > 0


def test_pipeline_release_with_workers_gives_the_same_documents() -> None:
    one = list(Pipeline(Settings(coder="rules")).process(_articles(6)))
    pipeline = Pipeline(Settings(coder="rules", workers=2, batch_size=2))
    stream = pipeline.process(_articles(6), release=True)
    assert not pipeline.released  # nothing is freed before the workers exist
    two = list(stream)
    assert pipeline.released and not hasattr(pipeline, "knowledge")
    assert _plover(two) == _plover(one) and sum(len(d.events) for d in two) > 0
