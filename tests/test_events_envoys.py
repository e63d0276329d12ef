"""Envoys and their posts (parley.events._envoys) on invented sentences."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.events._envoys import is_envoy_post


def test_events_envoys_place_after_an_envoy_is_the_post(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    sdoc = pipeline.nlp("Kenya recalled its ambassador to Burundi and its consul in Zwedru.")
    assert is_envoy_post(next(t for t in sdoc if t.text == "Burundi"), words)
    assert is_envoy_post(next(t for t in sdoc if t.text == "Zwedru"), words)


def test_events_envoys_place_of_an_act_is_no_post(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("Police arrested ten protesters in Nairobi.")
    assert not is_envoy_post(next(t for t in sdoc if t.text == "Nairobi"), pipeline.lexicon.words)


def test_events_envoys_unnamed_officials_an_envoy_meets_are_the_hosts(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's ambassador to Togo met customs officials in Lome on Monday."
    assert roles_of_type(pipeline, text, "CONSULT") == [(["GHA"], ["TGO"])]


def test_events_envoys_officials_of_a_named_state_are_not_the_hosts(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's ambassador to Togo met Nigerian officials on Monday."
    assert roles_of_type(pipeline, text, "CONSULT") == [(["GHA"], ["NGA"])]


def test_events_envoys_envoy_with_no_post_gives_no_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's ambassador met customs officials on Monday."
    assert roles_of_type(pipeline, text, "CONSULT") == [(["GHA"], [])]
