"""A verb with its own "would" joined by "and" to a clause a verb of speech reports is reported with
it (events/_reported_conjunct.py), so "would" tells the future there as in the first clause."""

from __future__ import annotations

from typing import Any

from parley.events._modality import has_future_aux
from parley.events._reported_conjunct import reported_through_conjunct


def test_events_reported_conjunct_second_verb_with_would_is_reported(parse: Any, words: Any) -> None:
    verb = parse("Police said the six were being questioned and would be released.", "released")
    assert reported_through_conjunct(verb, words)
    assert has_future_aux(verb, words)


def test_events_reported_conjunct_first_clause_is_not_read_as_a_conjunct(parse: Any, words: Any) -> None:
    verb = parse("Ecuador said it would reopen its consulate.", "reopen")
    assert not reported_through_conjunct(verb, words)


def test_events_reported_conjunct_unreported_pair_is_not_future(parse: Any, words: Any) -> None:
    verb = parse("The men were questioned and would be released if they paid a fine.", "released")
    assert not reported_through_conjunct(verb, words)
    assert not has_future_aux(verb, words)
