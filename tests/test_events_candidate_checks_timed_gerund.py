"""An act a time preposition places ("nine days after boarding it") is done, not alleged
(parley.events._candidate_checks.is_alleged_act), on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._candidate_checks import is_alleged_act


def _alleged(pipeline: Any, text: str, word: str) -> bool:
    roles = role_finder(pipeline, text)
    return is_alleged_act(token_of(roles.ctx, word), roles.matcher)


def test_events_candidate_checks_timed_gerund_is_an_act_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russian border guards released the Norwegian trawler on Sunday, nine days after boarding it."
    assert not _alleged(pipeline, text, "boarding")


def test_events_candidate_checks_timed_gerund_keeps_accusations_and_passives(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _alleged(pipeline, "Vietnam accused a Chinese ship of ramming a fishing boat.", "ramming")
    text = "The sailor was handed over to Japanese police after being detained by military police."
    assert _alleged(pipeline, text, "detained")
