"""An act told in a relative clause whose subject is the relative pronoun ("..., who thanked")
takes the time of the clause above when it has none of its own (``resolve._parse._link``); the
sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def test_when_relative_clause_act_takes_the_upper_clause_day(pipeline: Any) -> None:
    text = "The minister held talks on Tuesday with his Malian counterpart, who thanked France for its support."
    assert event_day(pipeline, text, "thanked", PUBLISHED) == "2024-05-07"


def test_when_relative_clause_act_keeps_its_own_day(pipeline: Any) -> None:
    text = "The minister held talks on Tuesday with the Malian envoy, who visited Paris on Monday."
    assert event_day(pipeline, text, "visited", PUBLISHED) == "2024-05-06"
