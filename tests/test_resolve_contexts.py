"""resolve/_contexts: the contexts an event's text speaks of, in keyword row order."""

from __future__ import annotations

from parley.resolve._contexts import ContextWords

_ROWS = {"tariff": "economic", "troops": "military", "peace talks": "diplomatic", "levy": "economic"}


def test_resolve_contexts_word_plural_and_phrase() -> None:
    words = ContextWords(_ROWS)
    text = "the peace talks stalled over new tariffs on grain"
    assert words.of(text) == ["economic", "diplomatic"]


def test_resolve_contexts_each_once_in_row_order() -> None:
    words = ContextWords(_ROWS)
    assert words.of("a levy and a tariff, then troops moved") == ["economic", "military"]


def test_resolve_contexts_no_part_words() -> None:
    words = ContextWords(_ROWS)
    assert words.of("the tariffing office and a troopship") == []
