"""A time phrase right after a noun's participle or relative clause dates that clause's act, not the
verb the parser hangs it on (``resolve._when_noun_clause``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def test_when_noun_clause_phrase_leaves_the_verb_its_own_day(pipeline: Any) -> None:
    text = "Traders ruined by the floods last month blocked the main road on Monday."
    assert event_day(pipeline, text, "blocked", PUBLISHED) == "2024-05-06"


def test_when_noun_clause_phrase_kept_when_the_verb_has_no_other(pipeline: Any) -> None:
    text = "The court sitting in Kigoma today sentenced six traders to prison."
    assert event_day(pipeline, text, "sentenced", PUBLISHED) == "2024-05-08"
