"""Time phrases inside a quotation date no event and are not the story's opening day."""

from __future__ import annotations

from datetime import date

from _resolve_setup import event_day
from parley import Pipeline
from parley.document import Article
from parley.resolve._story_day import opening_day
from parley.resolve._when import time_phrases

PUB = date(2021, 5, 21)  # a Friday


def test_resolve_quoted_time_phrase_is_not_read(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp('"The vote will be held tonight," the speaker told the chamber on Wednesday.')
    phrases = [e.text for e in time_phrases(next(iter(sdoc.sents)))]
    assert "tonight" not in phrases
    assert any("Wednesday" in p for p in phrases)


def test_resolve_quoted_time_leaves_unquoted_phrases(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("The speaker told the chamber tonight that the vote was over.")
    assert [e.text for e in time_phrases(next(iter(sdoc.sents)))] == ["tonight"]


def test_resolve_quoted_time_does_not_date_the_request(rules_pipeline: Pipeline) -> None:
    text = 'Hungary urged Austria to open the border "not next month, but today".'
    assert event_day(rules_pipeline, text, "urged", PUB) != "2021-05-21"


def test_resolve_quoted_time_opening_day_passes_over_the_quotation(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp(
        '"Since noon today the border is closed," the Hungarian minister told reporters in Budapest on Wednesday.'
    )
    assert opening_day(sdoc, PUB) == date(2021, 5, 19)


# paragraphs with no act and no date, to push a later sentence past the story's opening
_FILLER = "".join(
    f"The {word} of the valley draws visitors from the capital, who stay in small guest houses.\n\n"
    for word in ("vineyards", "churches", "markets", "lakes", "castles", "forests", "caves", "spas")
)


def _dated_events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [(e.event, e.date) for e in doc.events]


def test_resolve_quoted_time_story_day_before_an_older_explicit_act(rules_pipeline: Pipeline) -> None:
    # the older act stands past the opening (``OPENING_CHARS``): background, not the story's day
    text = (
        "BUDAPEST - Hungary closed its border with Austria.\n\n"
        '"Since noon today the border is closed," the Hungarian minister told reporters on Wednesday.\n\n'
        "Hungary accused Austria of failing to guard the crossings.\n\n"
        + _FILLER
        + "The two ministers had met in Vienna on May 14 to discuss the refugees."
    )
    assert ("ACCUSE", "2021-05-19") in _dated_events(rules_pipeline, text)


def test_resolve_quoted_time_older_act_past_the_opening_is_background(rules_pipeline: Pipeline) -> None:
    text = (
        "Hungary closes border\n\n"
        "The crossings at the western frontier were quiet on Wednesday.\n\n"
        "Hungary accused Austria of failing to guard the crossings.\n\n"
        + _FILLER
        + "The two ministers had met in Vienna on May 14 to discuss the refugees."
    )
    assert ("ACCUSE", "2021-05-19") in _dated_events(rules_pipeline, text)
