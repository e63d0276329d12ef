"""How far back a same-day phrase ("within hours") looks for its day (``resolve._same_day_reach``, read
by ``resolve._when._after_earlier_day`` and ``resolve._resolver._reachable``); the sentences are made up."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article
from parley.resolve._same_day_reach import beyond_reach

PUB = date(2021, 5, 21)  # a Friday

_OPENING = "Ecuador expelled two Peruvian diplomats on Friday.\n\n"
_OLD_DAY = "The row goes back to a fishing accord that Lima broke on 3 March 2009.\n\n"
_LAST = "Chile recalled its ambassador from Quito within hours."


def _dates(pipeline: Pipeline, text: str) -> list[str | None]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [e.date for e in doc.events if e.start == text.index(_LAST)]


def test_resolve_same_day_reach_acts_between_return_to_story_day(rules_pipeline: Pipeline) -> None:
    middle = "Peru condemned the expulsion, and Bolivia urged both sides to talk.\n\n"
    assert _dates(rules_pipeline, _OPENING + _OLD_DAY + middle + _LAST) == ["2021-05-21"]


def test_resolve_same_day_reach_comment_between_keeps_named_day(rules_pipeline: Pipeline) -> None:
    middle = "Few here expect it to end soon.\n\n"
    assert _dates(rules_pipeline, _OPENING + _OLD_DAY + middle + _LAST) == ["2009-03-03"]


def test_resolve_same_day_reach_next_paragraph_keeps_named_day(rules_pipeline: Pipeline) -> None:
    assert _dates(rules_pipeline, _OPENING + _OLD_DAY + _LAST) == ["2009-03-03"]


def test_resolve_same_day_reach_needs_an_act_in_a_paragraph_between() -> None:
    text = "A.\n\nB.\n\nC."
    assert beyond_reach(text, 1, text.index("C"), [text.index("B")])
    assert not beyond_reach(text, 1, text.index("C"), [])
    assert not beyond_reach(text, 1, text.index("C"), [text.index("C")])
    assert not beyond_reach("A.\n\nC.", 1, 4, [0])
