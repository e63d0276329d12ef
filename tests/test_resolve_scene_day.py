"""A paragraph that opens by naming an earlier time, with no act of its own, dates its undated past
acts to that time (``resolve._scene_day``), unless the telling moves on or the time is only an edge;
the sentences are made up."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article
from parley.resolve._scene_day import _bare_participle

PUB = date(2021, 5, 21)  # a Friday

_LEDE = "Ferry row eases\n\nThe transport ministers of Norway and Sweden met in Oslo today.\n\n"


def _dates(pipeline: Pipeline, body: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=_LEDE + body, published=PUB)])))
    return [(e.event, e.date) for e in doc.events]


def test_scene_day_opening_month_dates_the_next_past_act(rules_pipeline: Pipeline) -> None:
    dates = _dates(rules_pipeline, "Heavy snow shut the pass in March. Norway accused Sweden of neglecting the road.")
    assert ("ACCUSE", "2021-03-01") in dates


def test_scene_day_opening_day_dates_the_next_past_act(rules_pipeline: Pipeline) -> None:
    dates = _dates(
        rules_pipeline, "Heavy snow closed the pass on March 3. Norway accused Sweden of neglecting the road."
    )
    assert ("ACCUSE", "2021-03-03") in dates


def test_scene_day_not_carried_into_the_next_paragraph(rules_pipeline: Pipeline) -> None:
    dates = _dates(
        rules_pipeline, "Heavy snow shut the pass in March.\n\nNorway accused Sweden of neglecting the road."
    )
    assert ("ACCUSE", "2021-05-21") in dates


def test_scene_day_present_act_keeps_the_storys_day(rules_pipeline: Pipeline) -> None:
    dates = _dates(rules_pipeline, "Heavy snow shut the pass in March. Norway accuses Sweden of neglecting the road.")
    assert ("ACCUSE", "2021-05-21") in dates


def test_scene_day_stops_at_later(rules_pipeline: Pipeline) -> None:
    body = "Heavy snow shut the pass in March. Norway later accused Sweden of neglecting the road."
    assert ("ACCUSE", "2021-05-21") in _dates(rules_pipeline, body)


def test_scene_day_stops_from_the_sentence_that_moves_on(rules_pipeline: Pipeline) -> None:
    body = "Heavy snow shut the pass in March. Norway protested to Sweden. Sweden afterwards accused Norway of delay."
    dates = _dates(rules_pipeline, body)
    assert ("ACCUSE", "2021-03-01") in dates and ("ACCUSE", "2021-05-21") in dates


def test_scene_day_stops_at_since_then(rules_pipeline: Pipeline) -> None:
    body = (
        "Heavy snow shut the pass in March. Since then Norway has accused Sweden of neglect. "
        "Norway protested to Sweden."
    )
    dates = _dates(rules_pipeline, body)
    assert dates.count(("ACCUSE", "2021-05-21")) == 2


def test_scene_day_stops_at_then(rules_pipeline: Pipeline) -> None:
    body = "Heavy snow shut the pass in March. Norway then accused Sweden of neglecting the road."
    assert ("ACCUSE", "2021-05-21") in _dates(rules_pipeline, body)


def test_scene_day_stops_at_eventually(rules_pipeline: Pipeline) -> None:
    body = "Heavy snow shut the pass in March. Norway eventually accused Sweden of neglecting the road."
    assert ("ACCUSE", "2021-05-21") in _dates(rules_pipeline, body)


def test_scene_day_until_is_no_scene(rules_pipeline: Pipeline) -> None:
    body = "Until March the pass stayed open. Norway accused Sweden of neglecting the road."
    assert ("ACCUSE", "2021-05-21") in _dates(rules_pipeline, body)


def test_scene_day_by_is_no_scene(rules_pipeline: Pipeline) -> None:
    body = "By March the pass was shut. Norway accused Sweden of neglecting the road."
    assert ("ACCUSE", "2021-05-21") in _dates(rules_pipeline, body)


def test_scene_day_dated_act_between_blocks_the_carry(rules_pipeline: Pipeline) -> None:
    body = "Heavy snow shut the pass in March. Norway accused Sweden of neglect on April 2. Norway protested to Sweden."
    dates = _dates(rules_pipeline, body)
    assert ("ACCUSE", "2021-03-01") not in dates
    assert dates.count(("ACCUSE", "2021-04-02")) == 2


def test_scene_day_bare_participle_root_still_past(rules_pipeline: Pipeline) -> None:
    opening = "A new bridge opened in March."
    root = next(iter(rules_pipeline.nlp(opening).sents)).root
    assert root.tag_ == "VBN" and _bare_participle(root)  # the tagger's participle, no auxiliary
    dates = _dates(rules_pipeline, opening + " Norway accused Sweden of neglecting the road.")
    assert ("ACCUSE", "2021-03-01") in dates


def test_scene_day_participle_with_auxiliary_is_not_bare(rules_pipeline: Pipeline) -> None:
    root = next(iter(rules_pipeline.nlp("The pass was shut in March.").sents)).root
    assert not _bare_participle(root)
