"""Which of two nested triggers is the event (parley.events._nested_acts), on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._lexicon import Trigger
from parley.events._nested_acts import decides_inner_act, is_content_of_outer
from parley.events._typing import TriggerMatcher


def _word(pipeline: Any, text: str, word: str) -> tuple[Any, Trigger, TriggerMatcher]:
    """The token ``word`` of ``text``, its lexicon row and the matcher that found it."""
    roles = role_finder(pipeline, text)
    token = token_of(roles.ctx, word)
    trig = roles.matcher.match(token)
    assert trig is not None
    return token, trig, roles.matcher


def test_nested_acts_agreed_reopening_is_the_agreements_content(pipeline) -> None:  # type: ignore[no-untyped-def]
    token, trig, matcher = _word(pipeline, "The two leaders agreed to reopen their embassies.", "reopen")
    assert is_content_of_outer(token, trig, matcher)


def test_nested_acts_main_verb_is_no_content(pipeline) -> None:  # type: ignore[no-untyped-def]
    token, trig, matcher = _word(pipeline, "Peru expelled two Bolivian diplomats on Monday.", "expelled")
    assert not is_content_of_outer(token, trig, matcher)


def test_nested_acts_decided_act_of_force_stays_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya agreed to recall its ambassador from Mogadishu."
    token, trig, matcher = _word(pipeline, text, "recall")
    assert not is_content_of_outer(token, trig, matcher)
    agreed, agreed_trig, agreed_matcher = _word(pipeline, text, "agreed")
    assert decides_inner_act(agreed, agreed_trig, agreed_matcher)


def test_nested_acts_demand_pressed_at_a_summons_stays_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bucharest summoned the Moldovan ambassador to demand an explanation."
    token, trig, matcher = _word(pipeline, text, "demand")
    assert not is_content_of_outer(token, trig, matcher)


def test_nested_acts_agreement_to_meet_is_no_decided_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    token, trig, matcher = _word(pipeline, "Kenya agreed to meet the Somali delegation.", "agreed")
    assert not decides_inner_act(token, trig, matcher)
