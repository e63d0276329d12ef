"""Where "within hours" or "the same evening" counts from (``resolve._resolver._count_start`` and
``resolve._when._after_earlier_day``); the sentences are made up."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article

PUB = date(2021, 5, 21)  # a Friday


def _dated(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [(e.event, e.date, e.date_precision) for e in doc.events]


def test_count_start_week_back_is_no_anchor(rules_pipeline: Pipeline) -> None:
    text = (
        "Inspectors said on Friday that a mine found off the coast last week was laid by Moldovan divers.\n\n"
        "Moldova rejected the report within hours."
    )
    assert ("REJECT", "2021-05-21", "day") in _dated(rules_pipeline, text)


def test_count_start_month_anchor_keeps_the_month(rules_pipeline: Pipeline) -> None:
    text = (
        "In March Belgian police detained six Dutch anglers on the river. The anglers were released the same evening."
    )
    dated = _dated(rules_pipeline, text)
    assert ("RETREAT", "2021-03-01", "month") in dated
