"""An answer told by the act that answers ("answered by moving a patrol vessel"): the act is the
event, the verb of answering no second one; an answer told for later stays a threat."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types
from parley.events._answer_means import answers_by_act


def test_events_answer_means_reads_the_by_gerund(parse: Any, words: Any) -> None:
    text = "Slovenia answered by moving a naval patrol vessel to the mouth of the bay."
    assert answers_by_act(parse(text, "answered"), words)
    assert not answers_by_act(parse("Slovenia answered the letter on Monday.", "answered"), words)


def test_events_answer_means_codes_only_the_answering_act(pipeline: Any) -> None:
    for text in (
        "Slovenia answered by moving a naval patrol vessel to the mouth of the bay.",
        "Sudan answered by putting its Eastern Command on maximum alert and flying two squadrons of attack "
        "helicopters to Gedaref.",
    ):
        types = coded_types(pipeline, text)
        assert "MOBILIZE" in types and "THREATEN" not in types, text


def test_events_answer_means_keeps_a_threatened_answer(pipeline: Any) -> None:
    for text in (
        "Kyrgyzstan said it would retaliate by barring Kazakh airlines from Manas.",
        "The Kyrgyz energy minister said Bishkek could respond by restricting water releases into Kazakh canals.",
    ):
        assert "THREATEN" in coded_types(pipeline, text), text
