"""An article that cleans to nothing gives no events and no exception."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley import Article
from parley._sent_starts import sentence_bounds


def test_sent_starts_empty_parse_has_no_sentences(nlp: Any) -> None:
    assert sentence_bounds(nlp("")) == []


def test_sent_starts_bounds_cover_every_sentence(nlp: Any) -> None:
    sdoc = nlp("The council met at noon. It adjourned an hour later.")
    bounds = sentence_bounds(sdoc)
    assert len(bounds) == 2
    assert bounds[0][0] == 0 and bounds[-1][1] == len(sdoc)
    assert bounds[0][1] == bounds[1][0]


def test_sent_starts_lone_caption_article_gives_no_events(rules_pipeline: Any, learned_pipeline: Any) -> None:
    article = Article(id="cap", text="Photo: Harbour cranes idle at dusk\n", published=date(2023, 2, 9))
    for pipeline in (rules_pipeline, learned_pipeline):
        (doc,) = list(pipeline.process([article]))
        assert doc.text == ""
        assert doc.events == []
        assert doc.warnings == []
