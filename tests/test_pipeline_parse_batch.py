"""The parse batch: a setting, handed to the parser, the same in every worker."""

from __future__ import annotations

from typing import Any

import pytest

from parley import Pipeline, Settings
from parley.document import Article
from parley.errors import SettingsError


def test_pipeline_parse_batch_is_a_setting_with_the_memory_default() -> None:
    assert Settings().parse_batch == 16
    assert Settings(parse_batch=32).with_(workers=1).parse_batch == 32  # a worker's settings keep it


def test_pipeline_parse_batch_must_be_positive() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings(parse_batch=0)
    assert caught.value.code == "E606"


def test_pipeline_parse_batch_is_the_batch_handed_to_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline(Settings(parse_batch=3))
    seen: list[int] = []
    real = pipeline.nlp.pipe

    def pipe(texts: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["batch_size"])
        return real(texts, **kwargs)

    monkeypatch.setattr(pipeline.nlp, "pipe", pipe)
    docs = list(pipeline.process([Article(id="a", text="Japan pledged $10 million in aid to Sudan on Friday.")]))
    assert seen == [3]
    assert docs[0].events
