"""The table of told-back checks (parley.events._told_back): each row reads trigger nouns of its own
type only, on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._candidate_checks import CHECKS
from parley.events._lexicon import Trigger
from parley.events._told_back import TOLD_BACK, ToldBack


def _row(name: str) -> ToldBack:
    return next(row for row in TOLD_BACK if row.name == name)


def _noun(type_: str) -> Trigger:
    return Trigger("talk", "NOUN", type_, None, "040", "", "")


def _never_told(type_: str) -> bool:
    return False


def test_events_told_back_rows_are_checks_of_the_chain() -> None:
    names = [check.name for check in CHECKS]
    at = names.index(TOLD_BACK[0].name)
    assert names[at : at + len(TOLD_BACK)] == [row.name for row in TOLD_BACK]


def test_events_told_back_meeting_setting_reads_its_type_and_no_later_act(rules_pipeline: Any) -> None:
    roles = role_finder(rules_pipeline, "Two admirals sat at the talks.")
    talks, words = token_of(roles.ctx, "talks"), roles.words
    setting = _row("meeting_setting")
    assert setting.drops(talks, _noun("CONSULT"), False, words, _never_told)
    assert not setting.drops(talks, _noun("CONSULT"), True, words, _never_told)  # a meeting still to come
    assert not setting.drops(talks, _noun("AGREE"), False, words, _never_told)


def test_events_told_back_told_before_needs_the_type_told(rules_pipeline: Any) -> None:
    roles = role_finder(rules_pipeline, "The ministry confirmed the talks on Tuesday.")
    talks, words = token_of(roles.ctx, "talks"), roles.words
    told_before = _row("told_before")
    assert told_before.drops(talks, _noun("CONSULT"), False, words, lambda type_: type_ == "CONSULT")
    assert not told_before.drops(talks, _noun("CONSULT"), False, words, _never_told)
