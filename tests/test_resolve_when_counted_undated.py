"""An act in a "came N days after ..." clause whose head names no day of its own: the day the
sentence takes from around it, less the count (``resolve._when_counted.shift_undated_head``);
the sentences are made up."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article

PUB = date(2021, 3, 17)  # a Wednesday


def _dates(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [(e.event, e.date) for e in doc.events]


def test_when_counted_shift_undated_head_counts_back_from_the_story_day(rules_pipeline: Pipeline) -> None:
    text = (
        "Sudan recalled its ambassador from Chad. The move came a day after the Chadian government expelled"
        " Sudanese diplomats from N'Djamena."
    )
    assert ("SANCTION", "2021-03-16") in _dates(rules_pipeline, text)


def test_when_counted_shift_undated_head_counts_back_from_the_day_before(rules_pipeline: Pipeline) -> None:
    text = (
        "Kenya closed its border with Somalia on Monday. The closure came two days after Somalia expelled"
        " the Kenyan ambassador from Mogadishu."
    )
    dates = _dates(rules_pipeline, text)
    assert ("SANCTION", "2021-03-13") in dates


def test_when_counted_shift_undated_head_leaves_a_dated_head(rules_pipeline: Pipeline) -> None:
    text = "Chad closed the border on Monday, a day after Sudan expelled the Chadian ambassador from Khartoum."
    assert ("SANCTION", "2021-03-14") in _dates(rules_pipeline, text)
