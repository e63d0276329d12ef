"""A verb of wanting whose bare infinitive is the wisher's own aim asks nothing of anyone: no
REQUEST, for either coder; a wish with an addressee or a content of its own still may be one."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types
from parley.events._own_desire import is_own_desire


def test_events_own_desire_reads_the_bare_infinitive(parse: Any, words: Any) -> None:
    text = "Moldova wants to end its dependence on Russian gas."
    assert is_own_desire(parse(text, "wants"), words)
    assert not is_own_desire(parse("The Bahamas wants Cuba to accept faster returns.", "wants"), words)
    assert not is_own_desire(parse("Belarus wants a visa facilitation deal with the EU.", "wants"), words)


def test_events_own_desire_codes_no_request(pipeline: Any) -> None:
    for text in (
        "Both Kazakhstan and Azerbaijan want to export oil without passing through Russia.",
        "Moldova wants to end its dependence on Russian gas.",
        "The visit comes as Egypt seeks to strengthen its ties with Kenya.",
    ):
        assert "REQUEST" not in coded_types(pipeline, text), text


def test_events_own_desire_keeps_a_wish_asked_of_another(pipeline: Any) -> None:
    assert "REQUEST" in coded_types(pipeline, "The Bahamas wants Cuba to accept faster returns.")
