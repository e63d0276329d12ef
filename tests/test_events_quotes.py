"""Where a quotation told over more than one sentence is attributed (parley.events._quotes)."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder
from parley.events._quotes import attribution_sentences, quote_spans


def _sentences_for(pipeline: Any, text: str, word: str) -> list[str]:
    sdoc = role_finder(pipeline, text).ctx.sdoc
    token = next(t for t in sdoc if t.text == word)
    return [s.text for s in attribution_sentences(sdoc, token.i)]


def test_events_quotes_span_within_one_sentence_has_no_other_attribution(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's minister said: \"We are ready.\" Uganda's army moved north."
    assert _sentences_for(pipeline, text, "We") == []


def test_events_quotes_span_over_two_sentences_is_attributed_where_it_closes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not accept this. Any attempt will be resisted," the minister said. Talks resume today.'
    found = _sentences_for(pipeline, text, "We")
    assert found[0].startswith("Any attempt")


def test_events_quotes_quote_opening_a_sentence_goes_on_from_the_one_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = '"The talks are over," the minister said. "We demand the release of our citizens."'
    assert _sentences_for(pipeline, text, "We") == ['"The talks are over," the minister said.']


def test_events_quotes_spans_pair_straight_and_curly_marks(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = role_finder(pipeline, 'He said \u201cno\u201d and she said "yes".').ctx.sdoc
    assert [sdoc[a : b + 1].text for a, b in quote_spans(sdoc)] == ["no", "yes"]
