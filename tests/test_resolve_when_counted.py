"""An act in an "N days after/before ..." clause is dated from its head clause's day
(``resolve._when_counted``), and "N days earlier" counts back from the last day named
(``resolve._when``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2021, 3, 17)  # a Wednesday


def _day(pipeline: Any, text: str, trigger: str) -> str | None:
    return event_day(pipeline, text, trigger, PUBLISHED)


def test_when_counted_clause_after_counts_back_from_the_head(pipeline: Any) -> None:
    text = "Serbia deployed 400 gendarmes to Bujanovac on Sunday, a day after several thousand Albanians rallied there."
    assert _day(pipeline, text, "rallied") == "2021-03-13"
    assert _day(pipeline, text, "deployed") == "2021-03-14"


def test_when_counted_weeks_after_a_gerund(pipeline: Any) -> None:
    text = "A Libyan group released 12 Tunisian drivers on Friday, a week after seizing them near the border post."
    assert _day(pipeline, text, "seizing") == "2021-03-05"


def test_when_counted_clause_before_counts_on(pipeline: Any) -> None:
    text = "Kenya recalled its envoy on Monday, three days before Somalia expelled the Kenyan ambassador."
    assert _day(pipeline, text, "expelled") == "2021-03-18"


def test_when_counted_clause_with_its_own_day_keeps_it(pipeline: Any) -> None:
    text = "Bahrain released the fishermen on Wednesday, two weeks after its coast guard seized them on March 1."
    assert _day(pipeline, text, "seized") == "2021-03-01"


def test_when_counted_hours_after_keep_the_head_day(pipeline: Any) -> None:
    text = "A drone was shot down on Tuesday, hours after jets struck a depot near the border."
    assert _day(pipeline, text, "struck") == "2021-03-16"


def test_when_counted_days_earlier_count_back_from_the_last_day(pipeline: Any) -> None:
    text = "Indonesia reopened the crossing on Tuesday. The government had closed it three days earlier."
    assert _day(pipeline, text, "closed") == "2021-03-13"


def test_when_counted_count_on_the_bound_word(pipeline: Any) -> None:
    text = (
        "Sudan began a joint exercise on Tuesday, two days after a meeting of water ministers ended in Khartoum"
        " without agreement."
    )
    assert _day(pipeline, text, "meeting") == "2021-03-14"
