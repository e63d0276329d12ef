"""Named groups and bodies of the knowledge files, coded by the conventions: a militant group that
acts across borders is IMG, an organ of the African Union is IGO, a coalition a state leads is that state."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_codes
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    return mention_codes(pipeline, text, phrase, date(2012, 5, 3))


def test_mentions_named_groups_shabaab_acts_across_borders(pipeline: Pipeline) -> None:
    text = "Al-Shabaab fighters attacked a police post in Mandera, Kenya, on Tuesday."
    assert _codes(pipeline, text, "Al-Shabaab") == ["IMG"]


def test_mentions_named_groups_boko_haram_acts_across_borders(pipeline: Pipeline) -> None:
    # the group and its Islamic State offshoot raid Niger, Chad and Cameroon as well as Nigeria
    text = "Boko Haram fighters attacked a Chadian army post near Lake Chad on Tuesday."
    assert _codes(pipeline, text, "Boko Haram") == ["IMG"]


def test_mentions_named_groups_shabaab_leader_has_the_group_code(pipeline: Pipeline) -> None:
    text = "Ahmed Abdi Godane called for attacks on Kenyan towns."
    assert _codes(pipeline, text, "Ahmed Abdi Godane") == ["IMG"]


def test_mentions_named_groups_au_peace_and_security_council_is_no_un_organ(pipeline: Pipeline) -> None:
    text = "The AU's Peace and Security Council warned Sudan's generals on Tuesday."
    assert _codes(pipeline, text, "Peace and Security Council") == ["IGO"]
    assert _codes(pipeline, "The Security Council met on Monday.", "Security Council") == ["UNO"]


def test_mentions_named_groups_saudi_led_coalition_is_saudi(pipeline: Pipeline) -> None:
    text = "The Saudi-led coalition struck Houthi positions near Hodeidah."
    assert _codes(pipeline, text, "Saudi-led coalition") == ["SAU"]


def test_mentions_named_groups_alias_with_article_opens_a_sentence(pipeline: Pipeline) -> None:
    # the alias "the Commonwealth" is written "The Commonwealth" at the start of a sentence
    text = "The Commonwealth suspended Nauru from its councils on Monday."
    assert _codes(pipeline, text, "The Commonwealth") == ["IGO"]


def test_mentions_named_groups_allied_forces_are_the_alliance(pipeline: Pipeline) -> None:
    # capitalised "Allied" with a force noun names the alliance's forces, not an unnamed army of the story
    text = "Allied aircraft were scrambled twice last month to shadow Russian bombers over the Baltic."
    assert _codes(pipeline, text, "Allied aircraft") == ["IGO"]


def test_mentions_named_groups_allied_democratic_forces_stay_a_rebel_group(pipeline: Pipeline) -> None:
    text = "The Allied Democratic Forces attacked a village near Beni on Sunday."
    assert _codes(pipeline, text, "Allied Democratic Forces") == ["COD"]
