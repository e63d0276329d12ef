"""The speaker named after the quotation he speaks (parley.events._trailing_speaker), on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder
from parley.events._roles import RoleFinder
from parley.events._trailing_speaker import quotation_before


def _last(reader: RoleFinder, word: str) -> Any:
    return [t for t in reader.ctx.sdoc if t.text == word][-1]


def _codes_of(reader: RoleFinder, word: str) -> list[str]:
    return sorted(e.code for e in reader.np_entities(_last(reader, word)))


def _opening(pipeline: Any, text: str, word: str) -> str | None:
    reader = role_finder(pipeline, text)
    found = quotation_before(_last(reader, word), reader.ctx.quotes, reader.ctx.sent_start)
    return None if found is None else found.text


def test_events_trailing_speaker_finds_the_quotation_the_pronoun_closes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Kenya\'s minister spoke on Monday. "We reject the demand," she said.'
    assert _opening(pipeline, text, "she") == "We"


def test_events_trailing_speaker_finds_a_quotation_over_two_sentences(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Kenya\'s minister spoke on Monday. "This is our land. We reject the demand," she said.'
    assert _opening(pipeline, text, "she") == "This"


def test_events_trailing_speaker_ignores_a_pronoun_opening_its_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Kenya\'s minister spoke on Monday. "We are ready." She said the talks would go on.'
    assert _opening(pipeline, text, "She") is None


def test_events_trailing_speaker_ignores_words_before_the_pronoun(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Kenya\'s minister spoke on Monday. "We are ready," the army said, and she agreed.'
    assert _opening(pipeline, text, "she") is None


def test_events_trailing_speaker_is_the_office_holder_before_the_quotation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Pakistan\'s prime minister addressed parliament. "We reject the demand of the United States," he said.'
    reader = role_finder(pipeline, text)
    assert _codes_of(reader, "he") == ["PAK"]
    assert _codes_of(reader, "We") == ["PAK"]
