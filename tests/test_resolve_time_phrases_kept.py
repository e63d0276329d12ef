"""A sentence's time phrases are read once and kept with the Doc (``resolve._when.time_phrases``):
every caller gets its own list, and new entities are read afresh. The sentences are made up."""

from __future__ import annotations

from typing import Any

from parley.parse import replace_ents
from parley.resolve._when import time_phrases


def test_resolve_time_phrases_kept_list_is_the_callers_own(pipeline: Any) -> None:
    sdoc = pipeline.nlp("The envoys met in Vienna on Tuesday and left that night.")
    sent = next(iter(sdoc.sents))
    first = time_phrases(sent)
    texts = [e.text for e in first]
    assert texts == ["Tuesday", "that night"]
    first_span = first[0]
    first.clear()
    again = time_phrases(sent)
    assert [e.text for e in again] == texts
    assert again[0] is first_span  # read once: the same phrase, not read again


def test_resolve_time_phrases_kept_read_afresh_after_new_entities(pipeline: Any) -> None:
    sdoc = pipeline.nlp("The envoys met in Vienna on Tuesday.")
    sent = next(iter(sdoc.sents))
    assert [e.text for e in time_phrases(sent)] == ["Tuesday"]
    replace_ents(sdoc, [e for e in sdoc.ents if e.label_ != "DATE"])
    assert time_phrases(sent) == []
