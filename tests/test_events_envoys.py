"""Envoys and their posts (parley.events._envoys) on invented sentences."""

from __future__ import annotations

from parley.events._envoys import is_envoy_post


def test_events_envoys_place_after_an_envoy_is_the_post(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    sdoc = pipeline.nlp("Kenya recalled its ambassador to Burundi and its consul in Zwedru.")
    assert is_envoy_post(next(t for t in sdoc if t.text == "Burundi"), words)
    assert is_envoy_post(next(t for t in sdoc if t.text == "Zwedru"), words)


def test_events_envoys_place_of_an_act_is_no_post(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("Police arrested ten protesters in Nairobi.")
    assert not is_envoy_post(next(t for t in sdoc if t.text == "Nairobi"), pipeline.lexicon.words)
