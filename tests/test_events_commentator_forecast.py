"""What commentators foresee (``events/_commentator_forecast.py``): an act analysts or experts say could
happen, or one they expect, is no event; a party's own "could", a commentator's account of a past act and
an act expected of a state by a state are left alone."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._commentator_forecast import is_commentator_forecast


def _forecast(pipeline: Any, text: str, word: str) -> bool:
    roles = role_finder(pipeline, text)
    return is_commentator_forecast(token_of(roles.ctx, word), roles.words)


def test_commentator_forecast_what_analysts_say_could_happen_is_no_act(pipeline: Any) -> None:
    assert _forecast(pipeline, "Analysts say Israel could respond within days.", "respond")


def test_commentator_forecast_what_experts_say_may_happen_is_no_act(pipeline: Any) -> None:
    assert _forecast(pipeline, "Military experts said the North may stage further provocations.", "stage")


def test_commentator_forecast_talks_analysts_expect_are_no_act(pipeline: Any) -> None:
    assert _forecast(pipeline, "Analysts expect further talks on defence spending next year.", "talks")


def test_commentator_forecast_a_partys_own_could_is_left_alone(pipeline: Any) -> None:
    assert not _forecast(pipeline, "The minister said the army could respond with force.", "respond")


def test_commentator_forecast_a_past_act_told_by_analysts_is_left_alone(pipeline: Any) -> None:
    assert not _forecast(pipeline, "Analysts said Israel attacked the convoy on Monday.", "attacked")


def test_commentator_forecast_what_a_state_expects_is_left_alone(pipeline: Any) -> None:
    assert not _forecast(pipeline, "Japan expects talks with China next month.", "talks")
