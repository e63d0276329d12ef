"""An undated past act told after a dated earlier act of its paragraph takes that act's day
(``resolve._narrated``); the sentences are made up."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article

PUB = date(2021, 5, 21)  # a Friday


def _dates(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [(e.event, e.date) for e in doc.events]


_LEDE = "Border talks end in Vienna\n\nThe foreign ministers of Austria and Hungary met in Vienna today.\n\n"


def test_narrated_past_act_takes_the_episodes_day(rules_pipeline: Pipeline) -> None:
    text = _LEDE + (
        "The quarrel started on April 10, when Hungarian police detained two Austrian farmers near the fence. "
        "Austria protested to Hungary and demanded their release."
    )
    dates = _dates(rules_pipeline, text)
    assert ("REQUEST", "2021-04-10") in dates


def test_narrated_present_act_keeps_the_storys_day(rules_pipeline: Pipeline) -> None:
    text = _LEDE + (
        "The quarrel started on April 10, when Hungarian police detained two Austrian farmers near the fence. "
        "Austria demands their release."
    )
    dates = _dates(rules_pipeline, text)
    assert ("REQUEST", "2021-05-21") in dates


def test_narrated_next_paragraph_keeps_the_storys_day(rules_pipeline: Pipeline) -> None:
    text = _LEDE + (
        "The quarrel started on April 10, when Hungarian police detained two Austrian farmers near the fence.\n\n"
        "Austria demanded their release."
    )
    dates = _dates(rules_pipeline, text)
    assert ("REQUEST", "2021-05-21") in dates
